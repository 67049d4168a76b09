import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { SettingReading } from '../../../src/shared/readings';
import { locateSettingControl } from '../../../src/sites/common/read-control';
import { matchKeys } from '../../../src/sites/common/labels';
import { PAGES } from '../../../src/sites/facebook/detect';
import facebook from '../../../src/sites/facebook/index';
import { AUDIENCE_BUTTON, SETTINGS_MAIN } from '../../../src/sites/facebook/selectors';

const DIR = 'tests/fixtures/facebook';
const load = (file: string): Document =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${file}`, 'utf8'), 'text/html');
/** settings-<slug>.<lang>.<state>.html -> settings:<slug with _> */
const pageOf = (file: string): string => `settings:${file.split('.')[0]!.replace(/^settings-/, '').replace(/-/g, '_')}`;

type Expect = readonly [status: SettingReading['status'], value?: string];
const S = (value?: string): Expect => ['safe', value];
const R = (value?: string): Expect => ['risky', value];

/** What each English fixture must read: every setting of the page, in both states. */
const EXPECTED: Record<string, Record<string, Expect>> = {
  'settings-posts.en.safe.html': { 'facebook.future-posts-audience': S('Friends') },
  'settings-posts.en.risky.html': { 'facebook.future-posts-audience': R('Public') },
  'settings-posts.en.redesigned.html': { 'facebook.future-posts-audience': S('Friends except: Ali Rahman') },

  'settings-stories.en.safe.html': { 'facebook.stories-audience': S('Friends') },
  'settings-stories.en.risky.html': { 'facebook.stories-audience': R('Public') },
  'settings-stories.en.redesigned.html': { 'facebook.stories-audience': R('Public') },

  'settings-profile-and-tagging.en.safe.html': {
    'facebook.share-to-story': S('off'),
    'facebook.tagged-posts-visibility': S('Only me'),
    'facebook.tag-audience-expansion': S('Only me'),
    'facebook.review-tagged-posts': S('on'),
    'facebook.review-tags': S('on'),
  },
  'settings-profile-and-tagging.en.risky.html': {
    'facebook.share-to-story': R('on'),
    'facebook.tagged-posts-visibility': R('Friends of friends'),
    'facebook.tag-audience-expansion': R('Friends'),
    'facebook.review-tagged-posts': R('off'),
    'facebook.review-tags': R('off'),
  },
  'settings-profile-and-tagging.en.redesigned.html': {
    'facebook.share-to-story': S('off'),
    'facebook.tagged-posts-visibility': S('Only me'),
    'facebook.tag-audience-expansion': R('Friends'),
    'facebook.review-tagged-posts': S('on'),
    'facebook.review-tags': R('off'),
  },

  'settings-how-people-find-and-contact-you.en.safe.html': {
    'facebook.friends-list-visibility': S('Only me'),
    'facebook.search-engine-link': S('off'),
    'facebook.lookup-email': S('Friends'),
    'facebook.lookup-phone': S('Only me'),
  },
  'settings-how-people-find-and-contact-you.en.risky.html': {
    'facebook.friends-list-visibility': R('Public'),
    'facebook.search-engine-link': R('on'),
    'facebook.lookup-email': R('Everyone'),
    'facebook.lookup-phone': R('Friends of friends'),
  },
  'settings-how-people-find-and-contact-you.en.redesigned.html': {
    'facebook.friends-list-visibility': R('Friends'), // Friends is not "Only me": the friends list stays visible
    'facebook.search-engine-link': S('off'),
    'facebook.lookup-email': S('Only me'),
    'facebook.lookup-phone': R('Everyone'),
  },

  'settings-followers-and-public-content.en.safe.html': { 'facebook.who-can-follow': S('Friends') },
  'settings-followers-and-public-content.en.risky.html': { 'facebook.who-can-follow': R('Public') },
  'settings-followers-and-public-content.en.redesigned.html': { 'facebook.who-can-follow': S('Friends') },
};

/** Pages in a language without verified Facebook wording: every setting must read unknown. */
const UNVERIFIED = ['settings-posts.ms.risky.html', 'settings-posts.zh.risky.html'];

const REQUIRED = [
  'facebook.future-posts-audience',
  'facebook.tagged-posts-visibility',
  'facebook.review-tagged-posts',
  'facebook.review-tags',
  'facebook.search-engine-link',
  'facebook.friends-list-visibility',
  'facebook.who-can-follow',
];

const ROWS = Object.entries(EXPECTED).flatMap(([file, byId]) =>
  Object.entries(byId).map(([id, [status, value]]) => [file, id, status, value] as const),
);

describe('facebook settings fixtures', () => {
  test('every settings fixture on disk is in a table here', () => {
    const files = readdirSync(DIR).filter((f) => /^settings-.*\.html$/.test(f));
    expect(files.sort()).toEqual([...Object.keys(EXPECTED), ...UNVERIFIED].sort());
  });

  test.each(Object.keys(EXPECTED))('%s: one reading per setting of its page, nothing unknown', (file) => {
    const readings = facebook.readSettings(load(file), pageOf(file));
    const onPage = facebook.catalogue.filter((e) => e.page === pageOf(file)).map((e) => e.id);
    expect(readings.map((r) => r.id)).toEqual(onPage);
    expect(Object.keys(EXPECTED[file]!).sort()).toEqual([...onPage].sort());
    expect(readings.filter((r) => r.status === 'unknown')).toEqual([]);
  });

  test.each(ROWS)('%s: %s reads %s (%s)', (file, id, status, value) => {
    const reading = facebook.readSettings(load(file), pageOf(file)).find((r) => r.id === id);
    expect(reading).toEqual({ id, status, value });
  });

  test('every safe fixture has a risky twin, and both states are covered for every required id', () => {
    for (const file of Object.keys(EXPECTED).filter((f) => f.endsWith('.safe.html'))) {
      expect(EXPECTED[file.replace('.safe.', '.risky.')], file).toBeDefined();
    }
    for (const id of REQUIRED) {
      const states = new Set(ROWS.filter(([, rid]) => rid === id).map(([, , status]) => status));
      expect([...states].sort(), id).toEqual(['risky', 'safe']);
    }
  });

  test.each(UNVERIFIED)('%s: every setting reads unknown / unverified-language', (file) => {
    const readings = facebook.readSettings(load(file), pageOf(file));
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(r).toEqual({ id: r.id, status: 'unknown', value: null, why: 'unverified-language' });
  });

  test.each(Object.keys(EXPECTED))('%s: the guide points at a control in the settings, never at a decoy', (file) => {
    const doc = load(file);
    for (const entry of facebook.catalogue.filter((e) => e.page === pageOf(file))) {
      const control = locateSettingControl(doc, entry, facebook.catalogue);
      expect(control, entry.id).not.toBeNull();
      expect(control!.closest('[role="article"], article, [role="dialog"], [aria-disabled="true"]'), entry.id).toBeNull();
      expect(control!.closest('[role="main"], main'), entry.id).not.toBeNull();
    }
  });

  test.each(Object.keys(EXPECTED).filter((f) => !f.includes('redesigned')))('%s: selector expectations', (file) => {
    const doc = load(file);
    // SETTINGS_MAIN_: exactly one on every classic settings fixture.
    expect(doc.querySelectorAll(SETTINGS_MAIN.join(',')).length).toBe(1);
    // AUDIENCE_BUTTON_: at least one per audience setting on the page (plus decoys).
    const audience = facebook.catalogue.filter((e) => e.page === pageOf(file) && e.control === 'privacy-button').length;
    expect(doc.querySelectorAll(AUDIENCE_BUTTON.join(',')).length).toBeGreaterThanOrEqual(audience);
  });
});

describe('facebook catalogue', () => {
  const cat = facebook.catalogue;
  const settingsPages = new Set(PAGES.map((p) => p.kind).filter((k) => k.startsWith('settings:')));
  const messages = Object.fromEntries(
    ['en', 'ms', 'zh_CN', 'ta'].map((l) => [l, JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string; description?: string }>]),
  );

  test('has every required id, ids are unique and well-formed, priorities unique', () => {
    const ids = cat.map((e) => e.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^facebook\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(cat.map((e) => e.priority)).size).toBe(cat.length);
  });

  test.each(cat.map((e) => [e.id, e] as const))('%s is complete', (_id, e) => {
    expect(settingsPages.has(e.page), `${e.page} is a page kind detect() knows`).toBe(true);
    expect(e.url.startsWith('https://www.facebook.com/settings/?tab=')).toBe(true);
    expect(matchKeys(e.labels, 'en').length, 'an English label Jaga may match').toBeGreaterThan(0);
    for (const w of e.labels) expect(w.ref.length).toBeGreaterThan(0);
    if (e.control === 'switch' || e.control === 'checkbox') {
      expect(typeof e.safeWhenOn).toBe('boolean');
      expect(e.choices).toBeUndefined();
    } else {
      const verdicts = new Set((e.choices ?? []).map((c) => c.verdict));
      expect([...verdicts].sort()).toEqual(['risky', 'safe']);
      // Public is never safe, and "Friends of friends" is not maximum privacy.
      for (const c of e.choices ?? []) {
        const en = c.wordings.filter((x) => x.lang === 'en').map((x) => x.text);
        if (en.includes('Public') || en.includes('Friends of friends') || en.includes('Everyone')) expect(c.verdict).toBe('risky');
      }
    }
    for (const key of [e.whyKey, e.stepKey, e.pathKey]) {
      expect(key.startsWith('facebook_setting_')).toBe(true);
      for (const [locale, m] of Object.entries(messages)) expect(m[key]?.message, `${locale} ${key}`).toBeTruthy();
      expect(messages.en![key]?.description, `en ${key} description`).toBeTruthy();
    }
  });

  test('no Malay or Tamil wording is a match key yet (none is verified)', () => {
    for (const e of cat) {
      expect(matchKeys(e.labels, 'ms')).toEqual([]);
      expect(matchKeys(e.labels, 'ta')).toEqual([]);
      expect(matchKeys(e.labels, 'zh')).toEqual([]);
    }
  });
});
