import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { SITES } from '../../src/sites/index';
import { SITE_IDS } from '../../src/shared/site-ids';

const SITE_FILES = ['index.ts', 'detect.ts', 'selectors.ts', 'read-settings.ts', 'read-posts.ts', 'catalogue.ts'];
const folders = readdirSync('src/sites', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'common').map((d) => d.name);
const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { content_scripts: Array<{ matches: string[]; js: string[] }>; host_permissions: string[] };

describe('sites: one folder each, the same files, one list', () => {
  it('every folder is listed in src/sites/index.ts and in SITE_IDS, and nothing else is', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual([...folders].sort());
    expect([...SITE_IDS].sort()).toEqual([...folders].sort());
  });

  it.each(folders)('%s has every file of a site', (id) => {
    const files = readdirSync(`src/sites/${id}`);
    for (const file of SITE_FILES) expect(files, `src/sites/${id}/${file} — add it, even if small`).toContain(file);
  });

  it('host permissions are exactly the sites\' hosts', () => {
    const origins = SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`)).sort();
    expect([...manifest.host_permissions].sort()).toEqual(origins);
  });

  it.each(SITES.map((s) => [s.id, s] as const))('%s has one content-script entry, matching exactly its hosts', (id, site) => {
    const blocks = manifest.content_scripts.filter((c) => c.js.includes(`src/content/entries/${id}.ts`));
    expect(blocks).toHaveLength(1);
    expect([...blocks[0]!.matches].sort()).toEqual(site.hosts.map((h) => `https://${h}/*`).sort());
    expect(readFileSync(`src/content/entries/${id}.ts`, 'utf8')).toContain(`sites/${id}/index`);
  });

  it('no content-script entry without a site', () => {
    expect(manifest.content_scripts.length).toBe(SITES.length);
    expect(readdirSync('src/content/entries').sort()).toEqual(SITES.map((s) => `${s.id}.ts`).sort());
  });
});

describe.each(SITES.map((s) => [s.id, s] as const))('catalogue of %s', (id, site) => {
  it('has settings', () => expect(site.catalogue.length).toBeGreaterThan(0));

  it.each(site.catalogue.map((e) => [e.id, e] as const))('%s is complete', (_id, entry) => {
    expect(entry.id).toMatch(new RegExp(`^${id}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const key of [entry.whyKey, entry.stepKey, entry.pathKey]) expect(en, `missing en message ${key}`).toHaveProperty(key);
    const url = new URL(entry.url);
    expect(site.hosts).toContain(url.hostname);
    expect(site.detect(url), `deep link ${entry.url} must open page ${entry.page}`).toBe(entry.page);
    expect(entry.labels.some((l) => l.lang === 'en' && l.source !== 'translation')).toBe(true);
    if (entry.control === 'switch' || entry.control === 'checkbox') expect(typeof entry.safeWhenOn).toBe('boolean');
    else {
      expect(entry.choices?.some((c) => c.verdict === 'safe')).toBe(true);
      expect(entry.choices?.some((c) => c.verdict === 'risky')).toBe(true);
    }
  });

  it('ids are unique and priorities order the guided path', () => {
    const ids = site.catalogue.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const groups = [...site.catalogue].sort((a, b) => a.priority - b.priority).map((e) => e.group);
    const rank = { audience: 0, tagging: 1, discovery: 2 } as const;
    expect(groups.map((g) => rank[g])).toEqual([...groups.map((g) => rank[g])].sort((a, b) => a - b));
  });
});
