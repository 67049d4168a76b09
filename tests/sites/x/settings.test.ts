import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import x from '../../../src/sites/x/index';
import { CATALOGUE } from '../../../src/sites/x/catalogue';
import { readTaggingRow } from '../../../src/sites/x/read-settings';
import { ROW_VALUE, TAGGING_RADIO, TAGGING_ROW } from '../../../src/sites/x/selectors';
import type { SettingReading } from '../../../src/shared/readings';

const DIR = 'tests/fixtures/x';
function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DIR, name), 'utf8'), 'text/html');
}
/**
 * settings-<slug>.<lang>.<state>[.redesign].html -> the catalogue page kind whose slug it is (the
 * page kind without "settings:", "_" written "-"), as the mutation harness maps them.
 */
function pageOf(name: string): string {
  const slug = name.split('.')[0]!.replace(/^settings-/, '');
  const page = CATALOGUE.map((e) => e.page).find((p) => p.replace(/^settings:/, '').replace(/[_:/.]+/g, '-') === slug);
  if (page === undefined) throw new Error(`${name}: no catalogue page for slug ${slug}`);
  return page;
}
/** id -> "safe" | "risky" | "unknown:<why>" */
function summary(readings: SettingReading[]): Record<string, string> {
  return Object.fromEntries(readings.map((r) => [r.id, r.status === 'unknown' ? `unknown:${r.why}` : r.status]));
}
function read(name: string, doc = load(name)): Record<string, string> {
  return summary(x.readSettings(doc, pageOf(name)));
}

const ALL = (v: string) => ({ 'x.protect-posts': v, 'x.photo-tagging': v });
/** Every fixture and what it must read. English, and X's verified Malay, Chinese and Tamil. */
const FIXTURES: Array<[string, Record<string, string>]> = [
  ...(['en', 'ms', 'zh', 'ta'] as const).flatMap((lang): Array<[string, Record<string, string>]> => [
    [`settings-audience-and-tagging.${lang}.safe.html`, ALL('safe')],
    [`settings-audience-and-tagging.${lang}.risky.html`, ALL('risky')],
    [`settings-tagging.${lang}.safe.html`, { 'x.photo-tagging': 'safe' }],
    [`settings-tagging.${lang}.risky.html`, { 'x.photo-tagging': 'risky' }],
    [`settings-location.${lang}.safe.html`, { 'x.post-location': 'safe' }],
    [`settings-location.${lang}.risky.html`, { 'x.post-location': 'risky' }],
  ]),
  ['settings-audience-and-tagging.en.safe.redesign.html', ALL('safe')],
  ['settings-audience-and-tagging.en.risky.redesign.html', ALL('risky')],
  ['settings-contacts.en.safe.html', { 'x.discoverability-email': 'safe', 'x.discoverability-phone': 'safe' }],
  ['settings-contacts.en.risky.html', { 'x.discoverability-email': 'risky', 'x.discoverability-phone': 'risky' }],
  // X's Malay wording of the discoverability rows is not known: never a guess.
  ['settings-contacts.ms.safe.html', { 'x.discoverability-email': 'unknown:unverified-language', 'x.discoverability-phone': 'unknown:unverified-language' }],
];

describe('X settings fixtures', () => {
  test('every fixture file is in the table', () => {
    const files = readdirSync(DIR).filter((f) => /^settings-.*\.html$/.test(f)).sort();
    expect(files).toEqual(FIXTURES.map(([f]) => f).sort());
  });

  test.each(FIXTURES)('%s', (name, expected) => {
    expect(read(name)).toEqual(expected);
  });

  test.each(
    CATALOGUE.flatMap((e) => (['safe', 'risky'] as const).map((s) => [e.id, s, `settings-${e.page.replace(/^settings:/, '').replace(/_/g, '-')}.en.${s}.html`] as const)),
  )('%s has an English %s fixture (%s)', (_id, _state, file) => {
    expect(FIXTURES.some(([f]) => f === file)).toBe(true);
  });

  test.each([
    ['settings-tagging.en.risky.html', 'Anyone can tag you'],
    ['settings-tagging.ms.risky.html', 'Hanya orang yang anda ikuti boleh teg anda.'],
    ['settings-audience-and-tagging.zh.risky.html', '任何人都能圈出你'],
    ['settings-audience-and-tagging.ta.safe.html', 'ஆஃப்'],
  ])('%s names the photo tagging value "%s"', (name, value) => {
    expect(x.readSettings(load(name), pageOf(name)).find((r) => r.id === 'x.photo-tagging')?.value).toBe(value);
  });
});

/** Remove the element the parent actually sees; whatever is left (decoys) must not be read. */
function withoutShown(name: string, selector: string): Document {
  const doc = load(name);
  const shown = doc.querySelector(`section[role="region"] ${selector}`);
  expect(shown, `${selector} in ${name}`).not.toBeNull();
  shown!.remove();
  return doc;
}

describe('X decoys are never read', () => {
  test.each([
    // The checkbox row the parent sees is gone: the hidden stale copy, the opposite-state
    // "Protect your videos" row and the post quoting the label must not stand in for it.
    ['settings-audience-and-tagging.en.safe.html', 'label', 'x.protect-posts', 'unknown:not-found'],
    ['settings-audience-and-tagging.zh.risky.html', 'label', 'x.protect-posts', 'unknown:not-found'],
    // Location: the disabled copy (aria-disabled) with the opposite state is all that is left.
    ['settings-location.en.safe.html', 'label:not([aria-disabled])', 'x.post-location', 'unknown:not-found'],
    ['settings-location.ta.risky.html', 'label:not([aria-disabled])', 'x.post-location', 'unknown:not-found'],
    ['settings-tagging.en.risky.html', 'label', 'x.photo-tagging', 'unknown:not-found'],
  ])('%s without the shown %s: %s reads %s', (name, selector, id, expected) => {
    expect(summary(x.readSettings(withoutShown(name, selector), pageOf(name)))[id]).toBe(expected);
  });

  test.each(['settings-audience-and-tagging.en.safe.html', 'settings-audience-and-tagging.ms.risky.html'])(
    '%s without the shown Photo tagging row: not-found (the hidden copy with the opposite value is not read)',
    (name) => {
      const doc = withoutShown(name, '[data-testid="pivot"][href="/settings/tagging"]');
      expect(summary(x.readSettings(doc, pageOf(name)))['x.photo-tagging']).toBe('unknown:not-found');
    },
  );

  test('a shown row without its value (description gone) is unrecognised, never a guess', () => {
    const name = 'settings-audience-and-tagging.en.risky.html';
    const doc = withoutShown(name, '[data-testid="pivot-description"]');
    expect(summary(x.readSettings(doc, pageOf(name)))['x.photo-tagging']).toBe('unknown:unrecognised-value');
  });

  test('ROW_VALUE and TAGGING_RADIO expectations hold on the fixtures', () => {
    for (const [name] of FIXTURES.filter(([f]) => f.startsWith('settings-audience-and-tagging'))) {
      const row = Array.from(load(name).querySelectorAll(TAGGING_ROW.join(','))).find((r) => r.closest('[hidden]') === null)!;
      expect(row.querySelectorAll(ROW_VALUE.join(',')).length, name).toBe(name.includes('redesign') ? 0 : 1);
    }
    for (const [name] of FIXTURES.filter(([f]) => f.startsWith('settings-tagging'))) {
      const radios = Array.from(load(name).querySelectorAll(TAGGING_RADIO.join(',')));
      expect(radios.length, name).toBe(name.includes('risky') ? 2 : 0);
      expect(radios.filter((r) => (r as HTMLInputElement).checked).length, name).toBe(name.includes('risky') ? 1 : 0);
    }
  });

  test('TAGGING_ROW: exactly one shown row on every current audience fixture, one more in the hidden copy', () => {
    for (const [name] of FIXTURES.filter(([f]) => f.startsWith('settings-audience-and-tagging') && !f.includes('redesign'))) {
      const rows = Array.from(load(name).querySelectorAll(TAGGING_ROW.join(',')));
      expect(rows.length, name).toBe(2);
      expect(rows.filter((r) => r.closest('[hidden]') === null).length, name).toBe(1);
    }
  });
});

describe('X photo tagging row (audience page)', () => {
  function rowDoc(value: string, lang = 'en', extraRow = false): Document {
    const row = `<a href="/settings/tagging" role="tab" data-testid="pivot"><div><span>Photo tagging</span></div><div data-testid="pivot-description"><span>${value}</span></div></a>`;
    return new DOMParser().parseFromString(
      `<html lang="${lang}"><body><section>${row}${extraRow ? row : ''}</section></body></html>`,
      'text/html',
    );
  }

  test.each([
    ['Off', 'safe'],
    ['Anyone can tag you', 'risky'],
    // Not maximum privacy: people the parent follows can still tag photos of the family.
    ['Only people you follow can tag you', 'risky'],
    ['  only PEOPLE you follow can tag you. ', 'risky'],
    ['Everyone', 'unknown:unrecognised-value'],
    ['Off for now', 'unknown:unrecognised-value'],
  ])('"%s" -> %s', (value, expected) => {
    expect(summary([readTaggingRow(rowDoc(value))])['x.photo-tagging']).toBe(expected);
  });

  test('two shown rows -> ambiguous', () => {
    expect(readTaggingRow(rowDoc('Off', 'en', true)).why).toBe('ambiguous');
  });

  test('a row inside a post is not read', () => {
    const doc = rowDoc('Off');
    const article = doc.createElement('article');
    doc.querySelector('section')!.replaceWith(article);
    article.append(...Array.from(rowDoc('Off').querySelectorAll('a')));
    expect(readTaggingRow(doc).why).toBe('not-found');
  });

  test('a row whose label is not "Photo tagging" in the page language is not read', () => {
    expect(readTaggingRow(rowDoc('Matikan', 'ms')).why).toBe('not-found');
  });

  test('a page language without verified wording: unverified-language', () => {
    expect(readTaggingRow(rowDoc('Off', 'id')).why).toBe('unverified-language');
  });

  test('English wording on a Malay page is not matched (the value must be in the page language)', () => {
    const doc = rowDoc('Off', 'ms');
    doc.querySelector('span')!.textContent = 'Pengetagan foto';
    expect(summary([readTaggingRow(doc)])['x.photo-tagging']).toBe('unknown:unrecognised-value');
  });
});

describe('X unverified languages and clashing signals', () => {
  test.each([
    ['settings-audience-and-tagging.en.safe.html', 'id'],
    ['settings-location.en.risky.html', 'zh-TW'],
    ['settings-tagging.en.safe.html', 'ja'],
  ])('%s served as lang=%s reads unverified-language for every setting', (name, lang) => {
    const doc = load(name);
    doc.documentElement.setAttribute('lang', lang);
    const got = x.readSettings(doc, pageOf(name));
    expect(got.length).toBeGreaterThan(0);
    for (const r of got) expect(`${r.id}:${r.status}:${r.why}`).toBe(`${r.id}:unknown:unverified-language`);
  });

  test.each(['settings-audience-and-tagging.en.safe.html', 'settings-audience-and-tagging.ta.safe.html'])(
    '%s: a ticked checkbox whose aria-checked says false is a conflict, never safe',
    (name) => {
      const doc = load(name);
      doc.querySelector('section[role="region"] input[type="checkbox"]')!.setAttribute('aria-checked', 'false');
      expect(summary(x.readSettings(doc, pageOf(name)))['x.protect-posts']).toBe('unknown:conflict');
    },
  );

  test('the location screen title repeats the checkbox label and is not mistaken for a second control', () => {
    const doc = load('settings-location.en.safe.html');
    const texts = Array.from(doc.querySelectorAll('section[role="region"] span'))
      .filter((s) => s.textContent === 'Add location information to your posts');
    expect(texts.length).toBe(3); // the h2 title, the checkbox label, and the disabled copy's label
    expect(read('settings-location.en.safe.html')).toEqual({ 'x.post-location': 'safe' });
  });
});

describe('X catalogue data', () => {
  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: refs, i18n keys, verified ms/zh/ta where the bundle has them', (id, e) => {
    for (const w of [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)]) expect(w.ref.length, `${id} ${w.text}`).toBeGreaterThan(0);
    const name = id.replace(/^x\./, '').replace(/-/g, '_');
    expect([e.whyKey, e.stepKey, e.pathKey]).toEqual([`x_setting_${name}_why`, `x_setting_${name}_step`, `x_setting_${name}_path`]);
    for (const locale of ['en', 'ms', 'zh_CN', 'ta']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const key of [e.whyKey, e.stepKey, e.pathKey]) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
    if (!id.startsWith('x.discoverability')) {
      for (const lang of ['en', 'ms', 'zh', 'ta']) expect(e.labels.some((w) => w.lang === lang && w.source === 'platform'), `${id} ${lang}`).toBe(true);
    }
  });
});
