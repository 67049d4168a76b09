import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import wa from '../../../src/sites/whatsapp/index';
import { CATALOGUE } from '../../../src/sites/whatsapp/catalogue';
import { locateControl, parseRowValue } from '../../../src/sites/whatsapp/read-settings';
import { CHAT_REGIONS, PRIVACY_ROW, RADIO, RADIO_GROUP } from '../../../src/sites/whatsapp/selectors';
import type { SettingReading } from '../../../src/shared/readings';

const DIR = 'tests/fixtures/whatsapp';
const PAGE = 'settings:privacy';
function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DIR, name), 'utf8'), 'text/html');
}
/** id -> "safe" | "risky" | "unknown:<why>" */
function summary(readings: SettingReading[]): Record<string, string> {
  return Object.fromEntries(readings.map((r) => [r.id, r.status === 'unknown' ? `unknown:${r.why}` : r.status]));
}
function read(doc: Document): Record<string, string> {
  return summary(wa.readSettings(doc, PAGE));
}
const entry = (id: string) => CATALOGUE.find((e) => e.id === id)!;
const ALL = (v: string) => Object.fromEntries(CATALOGUE.map((e) => [e.id, v]));
/** The drawer (header + body) whose header title is `title`. */
function drawer(doc: Document, title: string): Element {
  const h1 = Array.from(doc.querySelectorAll('header h1')).find((h) => h.textContent === title)!;
  return h1.closest('header')!.parentElement!;
}
/** Drawer title -> the setting it holds. */
const DRAWER_OF: Record<string, string> = {
  'Profile picture': 'whatsapp.profile-photo',
  'Status privacy': 'whatsapp.status',
  About: 'whatsapp.about',
  'Last seen and online': 'whatsapp.last-seen',
  Groups: 'whatsapp.groups',
};

/** Every fixture and what it must read. */
const FIXTURES: Array<[string, Record<string, string>]> = [
  // Demo page. WhatsApp has no risky Status audience: the demo's Status drawer adds an "Everyone" option (see the fixture note).
  ['settings-privacy.en.risky.html', ALL('risky')],
  ['settings-privacy.en.safe.html', ALL('safe')],
  // As WhatsApp renders it: nameless icon radios. Last seen Nobody + online Everyone is risky.
  ['settings-privacy.en.risky.bundle.html', { ...ALL('risky'), 'whatsapp.status': 'safe' }],
  ['settings-privacy.en.safe.bundle.html', ALL('safe')],
  // The Privacy list, no drawer open: values read from the rows.
  ['settings-privacy.en.risky.list.html', { ...ALL('risky'), 'whatsapp.about': 'safe', 'whatsapp.status': 'safe' }],
  ['settings-privacy.en.safe.list.html', ALL('safe')],
];

describe('WhatsApp settings fixtures', () => {
  test('every fixture file is in the table', () => {
    const files = readdirSync(DIR).filter((f) => /^settings-.*\.html$/.test(f)).sort();
    expect(files).toEqual(FIXTURES.map(([f]) => f).sort());
  });

  test.each(FIXTURES)('%s', (name, expected) => {
    expect(read(load(name))).toEqual(expected);
  });

  test.each([
    ['settings-privacy.en.risky.html', 'whatsapp.profile-photo', 'Everyone'],
    ['settings-privacy.en.safe.html', 'whatsapp.status', 'My contacts except...'], // not its "2 contacts excluded" line
    ['settings-privacy.en.risky.bundle.html', 'whatsapp.last-seen', 'Everyone'], // the online group's value
    ['settings-privacy.en.safe.bundle.html', 'whatsapp.groups', 'My contacts except...'],
    ['settings-privacy.en.risky.list.html', 'whatsapp.last-seen', 'Nobody, Everyone'],
    ['settings-privacy.en.safe.list.html', 'whatsapp.about', '1 contact excluded'],
  ])('%s: %s value "%s"', (name, id, value) => {
    expect(wa.readSettings(load(name), PAGE).find((r) => r.id === id)?.value).toBe(value);
  });
});

describe('WhatsApp: only what is on screen is read', () => {
  test.each(['settings-privacy.en.risky.html', 'settings-privacy.en.safe.bundle.html', 'settings-privacy.en.risky.list.html'])(
    '%s with no drawer and no list (chatting): no readings at all',
    (name) => {
      const doc = load(name);
      for (const h of Array.from(doc.querySelectorAll('header h1'))) h.closest('header')!.parentElement!.remove();
      expect(doc.querySelectorAll('[role="row"]').length).toBeGreaterThan(0); // the chat list (decoys) stays
      expect(wa.readSettings(doc, PAGE)).toEqual([]);
    },
  );

  test.each(
    (['settings-privacy.en.risky.html', 'settings-privacy.en.safe.bundle.html'] as const).flatMap((name) =>
      Object.entries(DRAWER_OF).map(([title, id]) => [name, title, id] as const),
    ),
  )('%s with only the "%s" drawer open: only %s is read, as before', (name, title, id) => {
    const doc = load(name);
    for (const other of Object.keys(DRAWER_OF).filter((t) => t !== title)) drawer(doc, other).remove();
    expect(read(doc)).toEqual({ [id]: read(load(name))[id] });
  });

  test('the Privacy list with too few rows (a stray "Groups" button) is not the Privacy list', () => {
    const doc = load('settings-privacy.en.risky.list.html');
    const rows = Array.from(doc.querySelectorAll('[role="button"][data-tab]')).filter((r) => !['Groups', 'Blocked contacts'].includes(r.querySelector('[dir="auto"] > div')?.textContent ?? ''));
    for (const r of rows) r.remove();
    expect(wa.readSettings(doc, PAGE)).toEqual([]);
  });
});

describe('WhatsApp decoys are never read', () => {
  test('chats named like settings, with values as last messages, are never read', () => {
    // Only the chat list: "Profile picture — Nobody", "About — My contacts", "Groups — …Nobody…".
    const doc = load('settings-privacy.en.safe.list.html');
    drawer(doc, 'Privacy').remove();
    expect(doc.querySelector('#pane-side')?.textContent).toContain('Profile picture');
    expect(wa.readSettings(doc, PAGE)).toEqual([]);
    // Even with a fourth decoy chat, enough rows for a "list": still nothing, chats are not settings.
    const grid = doc.querySelector('#pane-side [role="grid"]')!;
    grid.append(grid.firstElementChild!.cloneNode(true));
    grid.lastElementChild!.querySelector('span[title]')!.textContent = 'Last seen and online';
    expect(wa.readSettings(doc, PAGE)).toEqual([]);
  });

  test('a hidden stale copy of a drawer with the opposite value is not read', () => {
    const doc = load('settings-privacy.en.risky.bundle.html');
    const profile = drawer(doc, 'Profile picture');
    const copy = load('settings-privacy.en.safe.bundle.html');
    const stale = drawer(copy, 'Profile picture');
    stale.setAttribute('aria-hidden', 'true');
    profile.after(doc.importNode(stale, true));
    expect(read(doc)['whatsapp.profile-photo']).toBe('risky');
    profile.remove(); // only the hidden safe copy is left: not on screen, so no reading
    expect(read(doc)['whatsapp.profile-photo']).toBeUndefined();
  });

  test('two shown drawers for the same setting -> ambiguous', () => {
    const doc = load('settings-privacy.en.safe.html');
    const about = drawer(doc, 'About');
    about.after(about.cloneNode(true));
    expect(read(doc)['whatsapp.about']).toBe('unknown:ambiguous');
  });
});

describe('WhatsApp clashing and missing signals', () => {
  test.each(['settings-privacy.en.safe.html', 'settings-privacy.en.safe.bundle.html'])('%s: two checked radios in a group -> conflict', (name) => {
    const doc = load(name);
    const radios = drawer(doc, 'Profile picture').querySelectorAll('[role="radio"]');
    radios[0]!.setAttribute('aria-checked', 'true');
    expect(read(doc)['whatsapp.profile-photo']).toBe('unknown:conflict');
  });

  test('a native radio whose aria-checked disagrees with checked -> conflict', () => {
    const doc = load('settings-privacy.en.safe.bundle.html');
    const radio = drawer(doc, 'About').querySelector('[role="radio"][aria-checked="true"]')!;
    const input = doc.createElement('input');
    input.type = 'radio';
    input.setAttribute('aria-checked', 'true');
    input.checked = false;
    radio.replaceWith(input);
    expect(read(doc)['whatsapp.about']).toBe('unknown:conflict');
  });

  test('a nameless radio whose option holds two radios is not named by a neighbour', () => {
    const doc = load('settings-privacy.en.safe.bundle.html');
    const group = drawer(doc, 'Groups').querySelector('[role="radiogroup"]')!;
    // Move every radio into one wrapper: the checked radio's text could be any option's.
    const box = doc.createElement('div');
    for (const r of Array.from(group.querySelectorAll('[role="radio"]'))) box.append(r);
    group.prepend(box);
    expect(read(doc)['whatsapp.groups']).toBe('unknown:unrecognised-value');
  });

  test('last seen: the online group missing -> not-found, never safe from last seen alone', () => {
    const doc = load('settings-privacy.en.safe.bundle.html');
    drawer(doc, 'Last seen and online').querySelector('[role="radiogroup"][aria-label^="Who can see when"]')!.remove();
    expect(read(doc)['whatsapp.last-seen']).toBe('unknown:not-found');
  });

  test('last seen: online "Everyone" makes it risky even when last seen is Nobody', () => {
    const doc = load('settings-privacy.en.safe.html');
    const online = drawer(doc, 'Last seen and online').querySelector('[role="radiogroup"][aria-label^="Who can see when"]')!;
    const [everyone, same] = Array.from(online.querySelectorAll('[role="radio"]'));
    everyone!.setAttribute('aria-checked', 'true');
    same!.setAttribute('aria-checked', 'false');
    expect(read(doc)['whatsapp.last-seen']).toBe('risky');
  });

  test('Status with nothing chosen (WhatsApp has no risky status value to show) reads unknown, never safe', () => {
    const doc = load('settings-privacy.en.risky.html');
    drawer(doc, 'Status privacy').querySelector('[role="radio"][aria-checked="true"]')!.setAttribute('aria-checked', 'false');
    expect(read(doc)['whatsapp.status']).toBe('unknown:unrecognised-value');
  });

  test('Groups has no "Nobody": a group showing it is unrecognised, not safe', () => {
    const doc = load('settings-privacy.en.safe.html');
    const checked = drawer(doc, 'Groups').querySelector('[role="radio"][aria-checked="true"] span:last-child')!;
    checked.textContent = 'Nobody';
    expect(read(doc)['whatsapp.groups']).toBe('unknown:unrecognised-value');
  });

  test('drawer and list row disagreeing -> conflict', () => {
    const doc = load('settings-privacy.en.safe.list.html');
    const panel = drawer(load('settings-privacy.en.risky.bundle.html'), 'Profile picture');
    doc.body.append(doc.importNode(panel, true));
    expect(read(doc)['whatsapp.profile-photo']).toBe('unknown:conflict');
  });

  test('drawer and list row agreeing -> read', () => {
    const doc = load('settings-privacy.en.risky.list.html');
    doc.body.append(doc.importNode(drawer(load('settings-privacy.en.risky.bundle.html'), 'Groups'), true));
    expect(read(doc)['whatsapp.groups']).toBe('risky');
  });
});

describe('WhatsApp list values', () => {
  test.each([
    ['whatsapp.last-seen', 'Nobody', 'safe'],
    ['whatsapp.last-seen', 'Nobody, Everyone', 'risky'],
    ['whatsapp.last-seen', 'My contacts, Everyone', 'risky'],
    ['whatsapp.last-seen', '3 contacts excluded, Everyone', 'risky'],
    ['whatsapp.last-seen', 'Everyone', 'risky'],
    ['whatsapp.last-seen', 'Nobody, Sometimes', 'unknown:unrecognised-value'],
    ['whatsapp.profile-photo', '1 contact excluded', 'safe'],
    ['whatsapp.profile-photo', '12 contacts excluded', 'safe'],
    ['whatsapp.profile-photo', 'Nobody, Everyone', 'unknown:unrecognised-value'], // only last seen lists two
    ['whatsapp.profile-photo', '12 contacts included', 'unknown:unrecognised-value'], // only Status has "included"
    ['whatsapp.profile-photo', 'Public', 'unknown:unrecognised-value'],
    ['whatsapp.status', '4 contacts included', 'safe'],
    ['whatsapp.status', 'My contacts', 'safe'],
    ['whatsapp.groups', 'Everyone', 'risky'],
    ['whatsapp.groups', 'Nobody', 'unknown:unrecognised-value'],
    ['whatsapp.about', '  my CONTACTS ', 'safe'],
    ['whatsapp.about', 'Every\u200Bone', 'risky'], // zero-width space does not hide the value
  ])('%s "%s" -> %s', (id, raw, expected) => {
    expect(summary([parseRowValue(entry(id), raw, 'en')])[id]).toBe(expected);
  });

  test('counts are English wording: not matched on another page language', () => {
    expect(parseRowValue(entry('whatsapp.about'), '1 contact excluded', 'ms').status).toBe('unknown');
  });
});

describe('WhatsApp unverified languages', () => {
  test.each([
    ['settings-privacy.en.safe.html', 'ms'],
    ['settings-privacy.en.safe.list.html', 'zh-CN'],
    ['settings-privacy.en.risky.bundle.html', 'ta'],
    ['settings-privacy.en.safe.html', 'id'],
  ])('%s served as lang=%s: every setting unverified-language', (name, lang) => {
    const doc = load(name);
    doc.documentElement.setAttribute('lang', lang);
    expect(read(doc)).toEqual(ALL('unknown:unverified-language'));
  });

  test('…even with no panel open (so the popup can explain how to switch WhatsApp to English)', () => {
    const doc = load('settings-privacy.en.safe.list.html');
    drawer(doc, 'Privacy').remove();
    doc.documentElement.setAttribute('lang', 'ms');
    expect(read(doc)).toEqual(ALL('unknown:unverified-language'));
  });
});

describe('WhatsApp guide target (locateControl)', () => {
  test.each(CATALOGUE.map((e) => [e.id] as const))('risky demo: %s points at its radio group', (id) => {
    const doc = load('settings-privacy.en.risky.html');
    const control = locateControl(doc, entry(id));
    expect(control?.getAttribute('role')).toBe('radiogroup');
  });

  test('last seen safe but online Everyone: points at the online group', () => {
    const doc = load('settings-privacy.en.risky.bundle.html');
    expect(locateControl(doc, entry('whatsapp.last-seen'))?.getAttribute('aria-label')).toBe("Who can see when I'm online");
  });

  test.each(CATALOGUE.map((e) => [e.id] as const))('Privacy list: %s points at its row', (id) => {
    const doc = load('settings-privacy.en.risky.list.html');
    const control = locateControl(doc, entry(id));
    expect(control?.getAttribute('role')).toBe('button');
    expect(control?.textContent).toContain(entry(id).labels[0]!.text);
  });

  test('a page language without verified wording: nothing to point at', () => {
    const doc = load('settings-privacy.en.risky.html');
    doc.documentElement.setAttribute('lang', 'ms');
    expect(locateControl(doc, entry('whatsapp.about'))).toBeNull();
  });
});

describe('WhatsApp selector expectations (X_ notes in selectors.ts)', () => {
  const panelFixtures = FIXTURES.map(([f]) => f).filter((f) => !f.includes('.list.'));
  const listFixtures = FIXTURES.map(([f]) => f).filter((f) => f.includes('.list.'));
  test.each(panelFixtures)('%s: 6 radio groups, 2–4 radios each, no privacy rows with values', (name) => {
    const groups = Array.from(load(name).querySelectorAll(RADIO_GROUP.join(',')));
    expect(groups.length).toBe(6);
    for (const g of groups) expect([2, 3, 4]).toContain(g.querySelectorAll(RADIO.join(',')).length);
  });
  test.each(listFixtures)('%s: no radio groups; a row per setting', (name) => {
    const doc = load(name);
    expect(doc.querySelectorAll(RADIO_GROUP.join(',')).length).toBe(0);
    const rows = Array.from(doc.querySelectorAll(PRIVACY_ROW.join(','))).filter((r) => r.closest(CHAT_REGIONS.join(',')) === null);
    for (const e of CATALOGUE) expect(rows.filter((r) => r.querySelector('[dir="auto"] > div')?.textContent === e.labels[0]!.text).length, e.id).toBe(1);
  });
  test.each([...panelFixtures, ...listFixtures])('%s: one chat list with decoy chats', (name) => {
    const doc = load(name);
    expect(doc.querySelectorAll('#pane-side').length).toBe(1);
    expect(doc.querySelectorAll('#pane-side [role="row"]').length).toBe(3);
  });
});

describe('WhatsApp catalogue data', () => {
  const messages = Object.fromEntries(
    ['en', 'ms', 'zh_CN', 'ta'].map((l) => [l, JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string; description?: string }>]),
  );
  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: refs, i18n keys, English platform label, no unverified languages', (id, e) => {
    for (const w of [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)]) expect(w.ref.length, `${id} ${w.text}`).toBeGreaterThan(0);
    const name = id.replace(/^whatsapp\./, '').replace(/-/g, '_');
    expect([e.whyKey, e.stepKey, e.pathKey]).toEqual([`whatsapp_setting_${name}_why`, `whatsapp_setting_${name}_step`, `whatsapp_setting_${name}_path`]);
    for (const locale of ['en', 'ms', 'zh_CN', 'ta']) for (const key of [e.whyKey, e.stepKey, e.pathKey]) expect(messages[locale]![key]?.message, `${locale} ${key}`).toBeTruthy();
    for (const key of [e.whyKey, e.stepKey, e.pathKey]) expect(messages.en![key]?.description, key).toBeTruthy();
    expect(e.labels[0]).toMatchObject({ lang: 'en', source: 'platform' });
    // WhatsApp's Malay, Chinese and Tamil strings were not found: none may be invented.
    for (const w of [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)]) expect(w.lang, `${id} ${w.text}`).toBe('en');
    expect(e.url).toBe('https://web.whatsapp.com/');
  });

  test.each(['popup_language_switch_whatsapp', 'page_fix_whatsapp'])('%s exists in every locale', (key) => {
    for (const locale of ['en', 'ms', 'zh_CN', 'ta']) expect(messages[locale]![key]?.message, `${locale} ${key}`).toBeTruthy();
  });

  test('the path keys say how to open the panel (Settings → Privacy → the setting)', () => {
    for (const e of CATALOGUE) expect(messages.en![e.pathKey]!.message).toMatch(new RegExp(`Settings.*→ Privacy → ${e.labels[0]!.text}$`));
  });
});
