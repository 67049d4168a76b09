import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const baseManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const CONTENT_ENTRIES = (baseManifest.content_scripts as Array<{ js: string[] }>).flatMap((c) => c.js);

/**
 * Jaga never renders HTML (eslint forbids dangerouslySetInnerHTML in src/), but Preact still ships the
 * branch that assigns `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, which AMO's linter flags
 * (web-ext lint: UNSAFE_VAR_ASSIGNMENT). Take the sink out of the bundle: the assignment becomes a
 * textContent write, so even a prop smuggled in by a dependency renders as text. The build fails if
 * Preact's code changes shape, so the patch can never silently stop applying.
 */
function noHtmlSink(): Plugin {
  return {
    name: 'jaga:no-html-sink',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:mjs|module\.js)$/.test(id)) return null;
      let found = 0;
      const out = code.replace(/([\w$]+)\.innerHTML=([\w$]+)\.__html/g, (_all, dom: string, html: string) => {
        found++;
        return `${dom}.textContent=${html}.__html`;
      });
      if (found !== 1) this.error(`expected 1 innerHTML sink in ${id}, found ${found}: update jaga:no-html-sink for this Preact`);
      return { code: out, map: null };
    },
  };
}

/**
 * The pages and the background import the _locales tables to translate at run time; they need each
 * entry's `message` only. Drop the translators' `description`s from the bundled copies (English's are
 * half its size, and the popup loads English before its first render). The _locales files the browser
 * reads (copied from public/) keep them.
 */
function messagesWithoutDescriptions(): Plugin {
  return {
    name: 'jaga:messages-without-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]public[\\/]_locales[\\/][A-Za-z_]+[\\/]messages\.json$/.test(id)) return null;
      const table = JSON.parse(code) as Record<string, { message: string }>;
      const out = Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, { message: entry.message }]));
      return { code: JSON.stringify(out), map: null };
    },
  };
}

/**
 * The popup's first-render modules shared with other entries (see `codeSplitting` below). Not the other
 * languages' tables, the full catalogues, report-schema or locale-tables: those load later or elsewhere.
 */
const PAGES_CORE = new RegExp([
  String.raw`[\\/]node_modules[\\/](?:preact|zod)[\\/]`,
  String.raw`[\\/]src[\\/]ui[\\/][\w-]+\.ts$`,
  String.raw`[\\/]src[\\/]shared[\\/](?:storage|messages|locales|i18n|limits|site-ids|audience|readings)\.ts$`,
  String.raw`[\\/]src[\\/]sites[\\/]catalogue-outline\.ts$`,
  String.raw`[\\/]public[\\/]_locales[\\/]en[\\/]messages\.json$`,
].join('|'));

/** Firefox's add-on id; stable forever once published. */
export const GECKO_ID = 'jaga@jaga-extension.org';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const manifest: Record<string, unknown> = { ...baseManifest, version: pkg.version };
  if (browser === 'firefox') {
    // Firefox MV3 runs the background as an event page (scripts), not a service worker.
    manifest.background = { scripts: ['src/background/index.ts'], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      noHtmlSink(),
      messagesWithoutDescriptions(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // Self-contained IIFE content scripts, one per platform: no loader and no
        // web_accessible_resources (pages cannot probe for the extension's files), and each page loads
        // only its own platform's readers.
        contentScripts: { standaloneFiles: CONTENT_ENTRIES },
      }),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Vite's modulepreload polyfill fetch()es <link rel=modulepreload> targets. Chrome and Firefox
      // (142+) preload natively, and the bundle must hold no fetch at all (tests/trust/dist).
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: { report: 'src/report/index.html' },
        output: {
          // Chunking: everything the popup's first render needs beside its own screens — Preact, the
          // pages' shared code (src/ui), zod and the stored-state schemas, the catalogues' outline, the
          // English table — is one chunk, so the popup waits for two scripts, not three (its script
          // starts 15–25 ms sooner on this project's busy 2-core machine). The cost: the service worker
          // shares the zod/shared part, so it also loads Preact's and src/ui's code, unused (~22 KB).
          codeSplitting: { groups: [{ name: 'pages-core', test: PAGES_CORE }] },
        },
      },
    },
    // No dev server is used for the extension; the demo serves its own pages.
    server: { strictPort: true },
  };
});
