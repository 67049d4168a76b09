/**
 * Trust: zero network, statically. Every file Jaga ships (dist/ for Chrome, dist-firefox/ for Firefox)
 * is read and must contain no network API (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon…)
 * and no http(s) URL except:
 *  - XML namespace names in Preact (identifiers passed to createElementNS, never loaded);
 *  - the supported platforms' own https URLs (deep links the popup opens with tabs.create, the bases the
 *    readers resolve a post's relative link against, the detectors' example URLs, selector strings) —
 *    only on the hosts the manifest already grants, so they name pages the parent visits anyway;
 *  - documentation links shown as text, each listed below with its file.
 * The runtime counterpart is tests/e2e/network.e2e.ts.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIRS = ['dist', 'dist-firefox'] as const;
for (const dir of DIRS) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/ is missing: run \`npm run build\` first. These checks read the built extension; \`npm test\` runs them (npm run test:dist) right after the build.`);
  }
}

/** A file's name without the content hash Vite adds (`assets/base-CiZ3yTvS.js` → `assets/base.js`). */
export const stableName = (file: string) => file.replace(/-[A-Za-z0-9_-]{8}(\.(?:js|css))$/, '$1');

function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const TEXT = /\.(js|mjs|html|css|json|txt|svg|map)$/;
const BINARY = /\.(png)$/;

/** Network APIs and ways to run remote code. None may appear anywhere in what ships. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['WebTransport', /WebTransport/],
  ['RTCPeerConnection', /RTCPeerConnection/],
  ['importScripts', /importScripts/],
];

/** XML namespace names: Preact's createElementNS for <svg>, <math> and foreignObject content. Never fetched. */
const NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xlink']);

/**
 * Documentation links shown to the parent as text (help pages, the project's site). Each one with the
 * file it ships in and why. None today: add `{ url, file, why }` here when one is added to the UI.
 */
const DOC_LINKS: ReadonlyArray<{ url: string; file: string; why: string }> = [];

const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as { host_permissions: string[]; content_security_policy?: { extension_pages?: string } };
/** The hosts the manifest grants (`https://www.facebook.com/*` → `www.facebook.com`). */
const PLATFORM_HOSTS = new Set(manifest.host_permissions.map((p) => new URL(p.replace(/\*$/, '')).hostname));

interface Found {
  dir: string;
  file: string;
  url: string;
}

function urlsIn(dir: string): Found[] {
  const out: Found[] = [];
  for (const file of filesOf(dir).filter((f) => TEXT.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    // Up to the first character that cannot be part of a URL literal in JS, HTML, CSS or JSON.
    for (const m of text.matchAll(/https?:\/\/[^\s"'`<>()\\,{}|^]*/g)) out.push({ dir, file, url: m[0] });
  }
  return out;
}

type Verdict = { ok: true; why: string } | { ok: false; why: string };

function judge(f: Found): Verdict {
  if (NAMESPACES.has(f.url)) return { ok: true, why: 'XML namespace name (Preact createElementNS), never loaded' };
  const doc = DOC_LINKS.find((d) => d.url === f.url && d.file === stableName(f.file));
  if (doc) return { ok: true, why: `documentation link shown as text: ${doc.why}` };
  let url: URL;
  try {
    url = new URL(f.url);
  } catch {
    return { ok: false, why: 'not even a URL' };
  }
  if (url.protocol === 'https:' && PLATFORM_HOSTS.has(url.hostname)) {
    return { ok: true, why: 'a supported platform\'s own page (deep link opened with tabs.create, link base, detector example or selector)' };
  }
  return { ok: false, why: `not a namespace, not a listed documentation link, not an https page on a host the manifest grants (${[...PLATFORM_HOSTS].join(', ')})` };
}

describe.each(DIRS)('trust: %s makes no network requests (static)', (dir) => {
  const files = filesOf(dir);

  it('ships only text files and PNG icons (nothing opaque to this scan)', () => {
    expect(files.filter((f) => !TEXT.test(f) && !BINARY.test(f))).toEqual([]);
  });

  it.each(FORBIDDEN)('contains no %s', (name, pattern) => {
    const hits = files
      .filter((f) => TEXT.test(f))
      .flatMap((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        const m = pattern.exec(text);
        return m ? [`${dir}/${f}: …${text.slice(Math.max(0, m.index - 120), m.index + 60)}…`] : [];
      });
    expect(hits, `${name} in the shipped code:\n${hits.join('\n')}`).toEqual([]);
  });

  it('contains no URL but namespaces, listed documentation links and the platforms\' own https pages', () => {
    const found = urlsIn(dir);
    const bad = found.map((f) => ({ ...f, verdict: judge(f) })).filter((f) => !f.verdict.ok);
    expect(bad.map((b) => `${b.dir}/${b.file}: ${b.url} — ${b.verdict.why}`)).toEqual([]);
    // The inventory, for a reviewer: which kinds of URL ship in which file.
    const byFile = new Map<string, Set<string>>();
    for (const f of found) {
      const key = stableName(f.file);
      const kind = NAMESPACES.has(f.url) ? 'namespace' : new URL(f.url).hostname;
      byFile.set(key, (byFile.get(key) ?? new Set()).add(kind));
    }
    console.log(`[trust] ${dir}: ${found.length} URL literals (${new Set(found.map((f) => f.url)).size} distinct), all allowed:\n${[...byFile].map(([file, kinds]) => `  ${file}: ${[...kinds].sort().join(', ')}`).join('\n')}`);
  });

  it('PNG icons carry no URL in their metadata', () => {
    for (const f of files.filter((x) => BINARY.test(x))) expect(readFileSync(join(dir, f)).toString('latin1')).not.toMatch(/https?:\/\//);
  });

  it('the pages load nothing but their own files (no remote <script>, <link>, <img>, @import or url())', () => {
    for (const f of files.filter((x) => /\.(html|css)$/.test(x))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
      expect(text, f).not.toMatch(/@import\s+(?:url\()?["']?(?:https?:)?\/\//i);
      expect(text, f).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    }
  });

  it('the built manifest keeps the extension pages\' CSP: nothing beyond \'self\', no connections', () => {
    const built = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as typeof manifest & { content_scripts: Array<{ js: string[] }> };
    const csp = built.content_security_policy?.extension_pages ?? '';
    const sources = csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
    expect(sources.every((s) => ["'self'", "'none'", 'data:'].includes(s)), csp).toBe(true);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(built.host_permissions).toEqual(manifest.host_permissions);
    for (const cs of built.content_scripts) for (const js of cs.js) expect(existsSync(join(dir, js)), js).toBe(true);
  });
});

describe('trust: the allow-lists are not stale', () => {
  it('every listed documentation link still ships in the file named', () => {
    const all = DIRS.flatMap(urlsIn);
    for (const d of DOC_LINKS) expect(all.some((f) => f.url === d.url && stableName(f.file) === d.file), `${d.url} in ${d.file}`).toBe(true);
  });
});
