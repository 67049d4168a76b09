import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import youtube from '../../../src/sites/youtube/index';
import { CATALOGUE } from '../../../src/sites/youtube/catalogue';
import { TOGGLE_BUTTON } from '../../../src/sites/youtube/selectors';
import type { SettingReading } from '../../../src/shared/readings';

const DIR = 'tests/fixtures/youtube';
const ID = 'youtube.subscriptions-private';
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
function read(name: string, doc = load(name)): string | undefined {
  return summary(youtube.readSettings(doc, pageOf(name)))[ID];
}

const FIXTURES: Array<[string, string]> = [
  ['settings-account-privacy.en.safe.html', 'safe'],
  ['settings-account-privacy.en.risky.html', 'risky'],
  ['settings-account-privacy.en.safe.redesign.html', 'safe'],
  ['settings-account-privacy.en.risky.redesign.html', 'risky'],
  // The Malay (and Chinese, Tamil) wording of this web-only setting is not known.
  ['settings-account-privacy.ms.safe.html', 'unknown:unverified-language'],
];

describe('YouTube settings fixtures', () => {
  test('every fixture file is in the table', () => {
    const files = readdirSync(DIR).filter((f) => /^settings-.*\.html$/.test(f)).sort();
    expect(files).toEqual(FIXTURES.map(([f]) => f).sort());
  });

  test.each(FIXTURES)('%s -> %s', (name, expected) => {
    expect(read(name)).toBe(expected);
  });

  test('one reading per catalogue setting on the page, none elsewhere', () => {
    expect(youtube.readSettings(load('settings-account-privacy.en.safe.html'), 'settings:account-privacy').map((r) => r.id)).toEqual([ID]);
    expect(youtube.readSettings(load('settings-account-privacy.en.safe.html'), 'studio-content')).toEqual([]);
  });

  test('selector expectations hold on the fixtures', () => {
    expect(load('settings-account-privacy.en.safe.html').querySelectorAll(TOGGLE_BUTTON[0]).length).toBe(4);
    expect(load('settings-account-privacy.en.safe.redesign.html').querySelectorAll(TOGGLE_BUTTON[0]).length).toBe(1);
  });
});

describe('YouTube toggle buttons (aria-pressed), decoys and clashes', () => {
  function shownToggle(doc: Document): Element {
    const rows = Array.from(doc.querySelectorAll('ytd-browse ytd-settings-switch-renderer'));
    const row = rows.find((r) => r.textContent?.includes('Keep all my subscriptions private'));
    expect(row).toBeDefined();
    return row!.querySelector('tp-yt-paper-toggle-button')!;
  }

  test.each(['settings-account-privacy.en.safe.html', 'settings-account-privacy.en.risky.html'])(
    '%s without the shown toggle: not-found (the playlists toggle, the hidden copy and the video are not read)',
    (name) => {
      const doc = load(name);
      shownToggle(doc).remove();
      expect(read(name, doc)).toBe('unknown:not-found');
    },
  );

  test('a `checked` toggle that is not pressed is a conflict', () => {
    const name = 'settings-account-privacy.en.risky.html';
    const doc = load(name);
    shownToggle(doc).setAttribute('checked', '');
    expect(read(name, doc)).toBe('unknown:conflict');
  });

  test('aria-pressed "mixed" is not a value', () => {
    const name = 'settings-account-privacy.en.safe.html';
    const doc = load(name);
    shownToggle(doc).setAttribute('aria-pressed', 'mixed');
    expect(read(name, doc)).toBe('unknown:unrecognised-value');
  });

  test('two toggles in the row are ambiguous', () => {
    const name = 'settings-account-privacy.en.safe.html';
    const doc = load(name);
    const toggle = shownToggle(doc);
    toggle.after(toggle.cloneNode(true));
    expect(read(name, doc)).toBe('unknown:ambiguous');
  });

  test('a disabled copy (aria-disabled) is not read', () => {
    const name = 'settings-account-privacy.en.safe.html';
    const doc = load(name);
    shownToggle(doc).setAttribute('aria-disabled', 'true');
    expect(read(name, doc)).toBe('unknown:not-found');
  });

  test.each(['zh-CN', 'ta', 'ms-MY'])('the English fixture served as lang=%s reads unverified-language', (lang) => {
    const name = 'settings-account-privacy.en.safe.html';
    const doc = load(name);
    doc.documentElement.setAttribute('lang', lang);
    expect(read(name, doc)).toBe('unknown:unverified-language');
  });
});

describe('YouTube catalogue data', () => {
  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: refs and i18n keys in every locale', (id, e) => {
    for (const w of e.labels) expect(w.ref.length, `${id} ${w.text}`).toBeGreaterThan(0);
    const name = id.replace(/^youtube\./, '').replace(/-/g, '_');
    expect([e.whyKey, e.stepKey, e.pathKey]).toEqual([`youtube_setting_${name}_why`, `youtube_setting_${name}_step`, `youtube_setting_${name}_path`]);
    for (const locale of ['en', 'ms', 'zh_CN', 'ta']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const key of [e.whyKey, e.stepKey, e.pathKey]) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
  });
});
