/**
 * Mutation harness: every settings fixture of every site, mutated thousands of times (one mutation
 * at a time, then several at a time), re-read after each. A reading may become `unknown`; it must
 * never become MORE private than the truth (the unmutated reading):
 *   - never `safe` where the truth is `risky` or `unknown`;
 *   - never `safe` read from any control other than the true one (or a copy of it) — in particular
 *     never `safe` from a page where the true control was removed.
 *
 * Fixtures are found by name: tests/fixtures/<site>/settings-<slug>.<lang>.<state>.html, where
 * <slug> is the page kind without "settings:" and with "_" written "-" (settings:profile_and_tagging
 * -> settings-profile-and-tagging.en.safe.html). PAGE_OVERRIDES maps a fixture that cannot follow
 * the convention.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { SettingReading } from '../../../src/shared/readings';
import { locateSettingControl } from '../../../src/sites/common/read-control';
import type { CatalogueEntry, SiteDefinition } from '../../../src/sites/types';
import { MUTATION_KINDS, mutate, rng, type Applied } from './mutate';

const FIXTURES = 'tests/fixtures';
/** Each site's definition, loaded only when one of its fixtures is mutated. */
const SITE_MODULES = import.meta.glob<{ default: SiteDefinition }>('../../../src/sites/*/index.ts');
/** `<folder>/<file>` -> page kind, for fixtures whose name cannot follow the convention. */
const PAGE_OVERRIDES: Record<string, string> = {};
/**
 * Fixture folders that are not a site folder -> the site whose pages they hold. `hostile/` holds
 * hand-written hostile Facebook pages (tests/trust); a page of another site there needs its own
 * folder, or a row here.
 */
const FOLDER_SITE: Record<string, string> = { hostile: 'facebook' };

/** Per fixture: single-mutation trials, then trials of 2–10 mutations at once until ≥ MUTATIONS. */
const SINGLE_TRIALS = 150;
const MUTATIONS = 1_000;
const MULTI_MAX = 10;
/** Re-parse the fixture this often, and check that undo restored it exactly. */
const REPARSE_EVERY = 64;

export interface Fixture {
  site: string;
  file: string;
}

function discover(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(`${FIXTURES}/${d.name}`)
        .filter((f) => /^settings-.*\.html$/.test(f))
        .map((file) => ({ site: d.name, file })),
    )
    .sort((a, b) => `${a.site}/${a.file}`.localeCompare(`${b.site}/${b.file}`));
}

const slugOf = (page: string): string => page.replace(/^settings:/, '').replace(/[_:/.]+/g, '-');

function pageFor(site: SiteDefinition, fx: Fixture): string | undefined {
  const override = PAGE_OVERRIDES[`${fx.site}/${fx.file}`];
  if (override !== undefined) return override;
  const slug = slugOf(fx.file.replace(/^settings-/, '').split('.')[0] ?? '');
  return [...new Set(site.catalogue.map((e) => e.page))].find((p) => slugOf(p) === slug);
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The page as a string that ignores attribute order (undo re-adds an attribute at the end). */
function canonical(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = Array.from(el.attributes).map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
  const checked = el.tagName === 'INPUT' ? ` .checked=${(el as HTMLInputElement).checked}` : '';
  return `<${el.tagName} ${attrs}${checked}>${Array.from(el.childNodes).map(canonical).join('')}</${el.tagName}>`;
}

interface Counts {
  mutations: number;
  trials: number;
  readings: number;
  unchanged: number;
  becameUnknown: number;
  lessPrivate: number;
  otherChange: number;
  wrong: number;
}

interface Truth {
  entry: CatalogueEntry;
  reading: SettingReading;
  control: Element | null;
  /** For radio groups: the radios the true control holds (a group's box may be re-wrapped, its radios may not be swapped). */
  radios: Element[];
}

const RADIO_SEL = '[role="radio"], input[type="radio"], [role="menuitemradio"]';
const radiosOf = (el: Element | null): Element[] => (el === null ? [] : el.matches(RADIO_SEL) ? [el] : [...el.querySelectorAll(RADIO_SEL)]);
/** The control the site's reader reads (its own locator where it has one, else the shared engine's). */
const locate = (site: SiteDefinition, d: Document, entry: CatalogueEntry) => site.locateControl?.(d, entry) ?? locateSettingControl(d, entry, site.catalogue);

/** Every fixture folder that holds settings pages: each must be in one shard (tests/sites/mutation/*.test.ts). */
export const FIXTURE_FOLDERS = [...new Set(discover().map((f) => f.site))];

/**
 * Register the harness for these fixture folders. It runs in shards, one test file each, so that
 * every shard gets a fresh worker: thousands of parsed pages per shard, not per run.
 */
export interface Shard {
  folders: readonly string[];
  /** Only the fixture files whose name matches (a folder too heavy for one worker is split). */
  files?: RegExp;
}

export const selectFixtures = (shard: Shard): Fixture[] =>
  discover().filter((f) => shard.folders.includes(f.site) && (shard.files === undefined || shard.files.test(f.file)));

export function mutationSuite(shard: Shard): void {
  const folders = shard.folders;
  const FIXTURE_LIST = selectFixtures(shard);

  describe(`settings mutation harness: ${folders.join(', ')}`, () => {
  test('found settings fixtures to mutate', () => {
    expect(FIXTURE_LIST.length).toBeGreaterThan(0);
  });

  const total: Counts = { mutations: 0, trials: 0, readings: 0, unchanged: 0, becameUnknown: 0, lessPrivate: 0, otherChange: 0, wrong: 0 };
  const failures: string[] = [];

  test.each(FIXTURE_LIST.map((f) => [`${f.site}/${f.file}`, f] as const))('%s', async (_name, fx) => {
    const siteId = FOLDER_SITE[fx.site] ?? fx.site;
    const load = SITE_MODULES[`../../../src/sites/${siteId}/index.ts`];
    expect(load, `tests/fixtures/${fx.site}: no src/sites/${siteId}/index.ts; map the folder in FOLDER_SITE`).toBeDefined();
    if (load === undefined) return;
    const site = (await load()).default;
    const page = pageFor(site, fx);
    expect(
      page,
      `${fx.site}/${fx.file}: no catalogue page kind matches; name it settings-<page kind without "settings:", "_" as "-">.<lang>.<state>.html or add it to PAGE_OVERRIDES`,
    ).toBeDefined();
    if (page === undefined) return;

    const html = readFileSync(`${FIXTURES}/${fx.site}/${fx.file}`, 'utf8');
    const labels = site.catalogue.flatMap((e) => e.labels.map((w) => w.text));
    const seed = [...`${fx.site}/${fx.file}`].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
    const r = rng(seed);
    const counts: Counts = { mutations: 0, trials: 0, readings: 0, unchanged: 0, becameUnknown: 0, lessPrivate: 0, otherChange: 0, wrong: 0 };

    let doc = parse(html);
    let pristine = canonical(doc.documentElement);
    let truth = truthOf(doc);

    function truthOf(d: Document): Truth[] {
      return site.readSettings(d, page!).map((reading) => {
        const entry = site.catalogue.find((e) => e.id === reading.id)!;
        const control = reading.status === 'unknown' ? null : locate(site, d, entry);
        return { entry, reading, control, radios: entry.control === 'radio-group' ? radiosOf(control) : [] };
      });
    }

    for (let t = 0; t < SINGLE_TRIALS || counts.mutations < MUTATIONS; t += 1) {
      if (t > 0 && t % REPARSE_EVERY === 0) {
        expect(canonical(doc.documentElement), `${fx.file}: undo did not restore the page`).toBe(pristine);
        doc = parse(html);
        pristine = canonical(doc.documentElement);
        truth = truthOf(doc);
      }
      const n = t < SINGLE_TRIALS ? 1 : 2 + Math.floor(r() * (MULTI_MAX - 1));
      const applied: Applied[] = [];
      for (let i = 0; i < n; i += 1) {
        const kind = MUTATION_KINDS[Math.floor(r() * MUTATION_KINDS.length)]!;
        const a = mutate(doc, kind, r, labels);
        if (a !== null) applied.push(a);
      }
      if (applied.length === 0) continue;
      counts.trials += 1;
      counts.mutations += applied.length;

      const copies = new Map<Element, Element>();
      for (const a of applied) if (a.clone) copies.set(a.clone.clone, copies.get(a.clone.of) ?? a.clone.of);
      const after = site.readSettings(doc, page);
      for (const tr of truth) {
        const got = after.find((x) => x.id === tr.reading.id);
        counts.readings += 1;
        const verdict = judge(tr, got, doc, copies, site);
        counts[verdict.outcome] += 1;
        if (verdict.outcome === 'wrong' && failures.length < 50) {
          failures.push(`${fx.site}/${fx.file} trial ${t}: ${tr.reading.id} truth ${tr.reading.status} read ${JSON.stringify(got)} (${verdict.reason}) after ${applied.map((a) => (a.detail ? `${a.kind} ${a.detail}` : a.kind)).join('; ')}`);
        }
      }
      for (const a of applied.reverse()) a.undo();
    }

    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += counts[k];
    console.log(
      `[mutation] ${fx.site}/${fx.file}: ${counts.mutations} mutations in ${counts.trials} trials, ${counts.readings} readings: ` +
        `${counts.unchanged} unchanged, ${counts.becameUnknown} became unknown, ${counts.lessPrivate} less private, ` +
        `${counts.otherChange} other change, ${counts.wrong} WRONG`,
    );
    for (const f of failures.filter((x) => x.startsWith(`${fx.site}/${fx.file} `))) console.log(`[mutation] WRONG ${f}`);
    expect(counts.mutations).toBeGreaterThanOrEqual(MUTATIONS);
    expect(failures.filter((f) => f.startsWith(`${fx.site}/${fx.file} `)), 'readings more private than the truth').toEqual([]);
  }, 600_000); // the slowest fixtures need minutes on a loaded 2-core machine

  test('totals', () => {
    console.log(
      `[mutation] TOTAL over ${FIXTURE_LIST.length} fixtures: ${total.mutations} mutations tried in ${total.trials} trials; ` +
        `${total.readings} readings: ${total.unchanged} unchanged, ${total.becameUnknown} became unknown, ` +
        `${total.lessPrivate} less private, ${total.otherChange} other change, ${total.wrong} wrong`,
    );
    expect(total.wrong).toBe(0);
  });
});
}

type Outcome = 'unchanged' | 'becameUnknown' | 'lessPrivate' | 'otherChange' | 'wrong';

const PANEL_SITES = new Set(['threads', 'whatsapp', 'telegram']);

function judge(
  tr: Truth,
  got: SettingReading | undefined,
  doc: Document,
  copies: Map<Element, Element>,
  site: SiteDefinition,
): { outcome: Outcome; reason?: string } {
  // In-app panels (Threads' Mentions chooser, WhatsApp's and Telegram's privacy panels) report only
  // the settings on screen: a setting whose panel a mutation removed gets no reading, and keeps its
  // last stored one. Every other site reports every setting of the page, so silence is a bug there.
  if (got === undefined) {
    return PANEL_SITES.has(tr.entry.id.split('.')[0]!) ? { outcome: 'becameUnknown' } : { outcome: 'wrong', reason: 'no reading at all' };
  }
  const truth = tr.reading;
  if (got.status === 'unknown') return { outcome: truth.status === 'unknown' && got.why === truth.why ? 'unchanged' : 'becameUnknown' };
  if (got.status === 'safe') {
    if (truth.status !== 'safe') return { outcome: 'wrong', reason: `safe where the truth is ${truth.status}` };
    if (tr.control !== null) {
      const read = locate(site, doc, tr.entry);
      const origin = read === null ? null : (copies.get(read) ?? read);
      const sameRadios = tr.radios.length > 0 && radiosOf(read).length > 0 && radiosOf(read).every((r) => tr.radios.includes(copies.get(r) ?? r));
      if (origin !== tr.control && !sameRadios) {
        return { outcome: 'wrong', reason: doc.contains(tr.control) ? 'safe from another control' : 'safe although the true control was removed' };
      }
    }
  }
  if (got.status === truth.status && got.value === truth.value) return { outcome: 'unchanged' };
  if (got.status === 'risky' && truth.status === 'safe') return { outcome: 'lessPrivate' };
  return { outcome: 'otherChange' };
}
