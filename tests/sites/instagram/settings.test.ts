import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import instagram from '../../../src/sites/instagram/index';
import { CATALOGUE } from '../../../src/sites/instagram/catalogue';
import { SETTING_RADIOGROUP, SETTING_SWITCH } from '../../../src/sites/instagram/selectors';
import type { SettingReading } from '../../../src/shared/readings';

const DIR = 'tests/fixtures/instagram';
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
  return summary(instagram.readSettings(doc, pageOf(name)));
}

const TAGS = (v: string) => ({ 'instagram.tags-allowed-from': v, 'instagram.tag-approval': v });
const FIXTURES: Array<[string, Record<string, string>]> = [
  ['settings-account-privacy.en.safe.html', { 'instagram.private-account': 'safe' }],
  ['settings-account-privacy.en.risky.html', { 'instagram.private-account': 'risky' }],
  ['settings-account-privacy.en.safe.redesign.html', { 'instagram.private-account': 'safe' }],
  ['settings-account-privacy.en.risky.redesign.html', { 'instagram.private-account': 'risky' }],
  // No Malay Instagram wording is known: the page says "Akaun peribadi", Jaga does not guess.
  ['settings-account-privacy.ms.safe.html', { 'instagram.private-account': 'unknown:unverified-language' }],
  ['settings-how-others-can-interact-with-you.en.safe.html', TAGS('safe')],
  ['settings-how-others-can-interact-with-you.en.risky.html', TAGS('risky')],
];

describe('Instagram settings fixtures', () => {
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
    ['settings-how-others-can-interact-with-you.en.safe.html', 'Allow tags from people you follow'],
    ['settings-how-others-can-interact-with-you.en.risky.html', 'Allow tags from everyone'],
  ])('%s shows the tags value "%s"', (name, value) => {
    expect(instagram.readSettings(load(name), pageOf(name)).find((r) => r.id === 'instagram.tags-allowed-from')?.value).toBe(value);
  });

  test('selector expectations hold on the fixtures', () => {
    expect(load('settings-account-privacy.en.safe.html').querySelectorAll(SETTING_SWITCH[0]).length).toBe(4);
    expect(load('settings-how-others-can-interact-with-you.en.safe.html').querySelectorAll(SETTING_SWITCH[0]).length).toBe(3);
    expect(load('settings-how-others-can-interact-with-you.en.safe.html').querySelectorAll(SETTING_RADIOGROUP[0]).length).toBe(2);
  });
});

describe('Instagram decoys are never read', () => {
  /** The control the parent sees, in role=main, not a disabled copy. */
  function withoutShown(name: string, selector: string): Document {
    const doc = load(name);
    const shown = doc.querySelector(`main ${selector}`);
    expect(shown, `${selector} in ${name}`).not.toBeNull();
    shown!.remove();
    return doc;
  }

  test.each([
    // Left: a disabled copy (opposite state), a hidden stale copy (opposite state) and a switch
    // named "Private account" inside a suggested post.
    ['settings-account-privacy.en.safe.html', 'input[role="switch"]:not([aria-disabled])', 'instagram.private-account'],
    ['settings-account-privacy.en.risky.html', 'input[role="switch"]:not([aria-disabled])', 'instagram.private-account'],
    ['settings-account-privacy.en.safe.redesign.html', '[role="switch"]', 'instagram.private-account'],
    ['settings-how-others-can-interact-with-you.en.safe.html', 'input[aria-label="Manually approve tags"]', 'instagram.tag-approval'],
  ])('%s without the shown control: %s reads not-found', (name, selector, id) => {
    expect(read(name, withoutShown(name, selector))[id]).toBe('unknown:not-found');
  });

  test('the @mentions group (opposite stance, "everyone" options) is never read as the tags value', () => {
    const name = 'settings-how-others-can-interact-with-you.en.safe.html';
    const doc = withoutShown(name, '[role="radiogroup"][aria-labelledby="who-tag"]');
    expect(read(name, doc)['instagram.tags-allowed-from']).toMatch(/^unknown:/);
  });

  test('a radio group with two checked options is a conflict', () => {
    const name = 'settings-how-others-can-interact-with-you.en.safe.html';
    const doc = load(name);
    for (const r of Array.from(doc.querySelectorAll('input[name="tags"]'))) (r as HTMLInputElement).checked = true;
    expect(read(name, doc)['instagram.tags-allowed-from']).toBe('unknown:conflict');
  });

  test('a switch whose aria-checked disagrees with its checked state is a conflict, never safe', () => {
    const name = 'settings-account-privacy.en.safe.html';
    const doc = load(name);
    doc.querySelector('main input[role="switch"]:not([aria-disabled])')!.setAttribute('aria-checked', 'false');
    expect(read(name, doc)['instagram.private-account']).toBe('unknown:conflict');
  });
});

describe('Instagram languages', () => {
  test.each(['ms', 'zh-CN', 'ta', 'zh-TW', 'id'])('the English fixtures served as lang=%s read unverified-language', (lang) => {
    for (const name of ['settings-account-privacy.en.safe.html', 'settings-how-others-can-interact-with-you.en.safe.html']) {
      const doc = load(name);
      doc.documentElement.setAttribute('lang', lang);
      for (const v of Object.values(read(name, doc))) expect(v, `${name} as ${lang}`).toBe('unknown:unverified-language');
    }
  });
});

describe('Instagram catalogue data', () => {
  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: refs and i18n keys in every locale', (id, e) => {
    for (const w of [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)]) expect(w.ref.length, `${id} ${w.text}`).toBeGreaterThan(0);
    const name = id.replace(/^instagram\./, '').replace(/-/g, '_');
    expect([e.whyKey, e.stepKey, e.pathKey]).toEqual([`instagram_setting_${name}_why`, `instagram_setting_${name}_step`, `instagram_setting_${name}_path`]);
    for (const locale of ['en', 'ms', 'zh_CN', 'ta']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const key of [e.whyKey, e.stepKey, e.pathKey]) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
    // Nothing but English is verified for Instagram (localized-strings.md): no other language may be matchable.
    expect(e.labels.filter((w) => w.lang !== 'en' && w.source !== 'translation')).toEqual([]);
  });
});
