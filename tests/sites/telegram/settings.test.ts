import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import telegram from '../../../src/sites/telegram/index';
import { CATALOGUE } from '../../../src/sites/telegram/catalogue';
import { splitExceptions } from '../../../src/sites/telegram/read-settings';
import { CHAT_REGIONS, SETTINGS_COLUMN } from '../../../src/sites/telegram/selectors';
import type { SettingReading } from '../../../src/shared/readings';

const DIR = 'tests/fixtures/telegram';
const PAGE = 'settings:privacy';
function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DIR, name), 'utf8'), 'text/html');
}
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
/** id -> "safe" | "risky" | "unknown:<why>"; a setting with no reading is absent. */
function summary(readings: SettingReading[]): Record<string, string> {
  return Object.fromEntries(readings.map((r) => [r.id, r.status === 'unknown' ? `unknown:${r.why}` : r.status]));
}
function read(doc: Document): Record<string, string> {
  return summary(telegram.readSettings(doc, PAGE));
}

const ALL = ['profile-photo', 'bio', 'birthday', 'phone-number', 'forwards', 'groups', 'phone-find'];
const each = (ids: readonly string[], v: string) => Object.fromEntries(ids.map((id) => [`telegram.${id}`, v]));
/** The four questions the WebA list screen shows with a readable (long) title. */
const LIST = ['profile-photo', 'phone-number', 'forwards', 'groups'];
const NO_MS_ZH = ['bio', 'birthday'];

const FIXTURES: Array<[string, Record<string, string>]> = [
  // WebK-style question screens, every question at once (the demo page).
  ['settings-privacy.en.risky.html', each(ALL, 'risky')],
  ['settings-privacy.en.safe.html', each(ALL, 'safe')],
  // WebA list screen: bio/birthday rows carry only "Bio"/"Date of Birth", find-by-number is not on
  // it: those get NO reading (not on screen), never an unknown that would say "couldn't read".
  ['settings-privacy.en.risky.list.html', each(LIST, 'risky')],
  ['settings-privacy.en.safe.list.html', each(LIST, 'safe')],
  // Malay (Telegram's own pack): bio and birthday wording unknown -> unverified-language while the panel is open.
  ['settings-privacy.ms.risky.html', { ...each(LIST, 'risky'), ...each(NO_MS_ZH, 'unknown:unverified-language') }],
  ['settings-privacy.ms.safe.html', { ...each(LIST, 'safe'), ...each(NO_MS_ZH, 'unknown:unverified-language') }],
  // Chinese (community pack): find-by-number wording unknown too.
  ['settings-privacy.zh.risky.html', { ...each(LIST, 'risky'), ...each([...NO_MS_ZH, 'phone-find'], 'unknown:unverified-language') }],
  ['settings-privacy.zh.safe.html', { ...each(LIST, 'safe'), ...each([...NO_MS_ZH, 'phone-find'], 'unknown:unverified-language') }],
  // No Telegram Tamil wording at all: everything unknown, never a guess.
  ['settings-privacy.ta.risky.html', each(ALL, 'unknown:unverified-language')],
  // The same panels with the chat list kept in the same column (WebK behind the tab, WebA mounted
  // behind Settings), full of chats named like the questions: the same readings (see below).
  ['settings-privacy.en.risky.chats.html', each(ALL, 'risky')],
  ['settings-privacy.en.safe.chats.html', each(ALL, 'safe')],
  ['settings-privacy.en.risky.list.chats.html', each(LIST, 'risky')],
  ['settings-privacy.en.safe.list.chats.html', each(LIST, 'safe')],
  // Settings closed, only the decoy chat list: nothing is on screen, nothing is claimed.
  ['settings-privacy.en.closed.chats.html', {}],
];

describe('Telegram settings fixtures', () => {
  test('every fixture file is in the table', () => {
    const files = readdirSync(DIR).filter((f) => /^settings-.*\.html$/.test(f)).sort();
    expect(files).toEqual(FIXTURES.map(([f]) => f).sort());
  });

  test.each(FIXTURES)('%s', (name, expected) => {
    expect(read(load(name))).toEqual(expected);
  });

  test.each([
    ['settings-privacy.en.risky.list.html', 'telegram.phone-number', 'Everybody -2'],
    ['settings-privacy.en.safe.list.html', 'telegram.profile-photo', 'My Contacts -1'],
    ['settings-privacy.ms.safe.html', 'telegram.groups', 'Kenalan Saya -3'],
    ['settings-privacy.zh.risky.html', 'telegram.forwards', '所有人'],
    ['settings-privacy.en.safe.html', 'telegram.phone-find', 'My Contacts'],
  ])('%s: %s shows "%s"', (name, id, value) => {
    expect(telegram.readSettings(load(name), PAGE).find((r) => r.id === id)?.value).toBe(value);
  });

  test('CHAT_REGIONS: as CHAT_REGIONS_ says, on every fixture', () => {
    for (const [name] of FIXTURES) {
      const want = !name.endsWith('.chats.html') ? 0 : /\.(list|closed)\.chats\.html$/.test(name) ? 2 : 8;
      expect(load(name).querySelectorAll(CHAT_REGIONS.join(',')).length, name).toBe(want);
    }
  });

  test('SETTINGS_COLUMN: exactly one on every fixture', () => {
    for (const [name] of FIXTURES) expect(load(name).querySelectorAll(SETTINGS_COLUMN.join(',')).length, name).toBe(1);
  });

  test('the guide can point at every setting read on the demo page, inside the settings column', () => {
    const doc = load('settings-privacy.en.risky.html');
    const column = doc.querySelector(SETTINGS_COLUMN.join(','))!;
    for (const e of CATALOGUE) {
      const control = telegram.locateControl?.(doc, e) ?? null;
      expect(control, e.id).not.toBeNull();
      expect(column.contains(control), e.id).toBe(true);
    }
  });

  test('on the list screen the guide points at the row of the question', () => {
    const doc = load('settings-privacy.en.risky.list.html');
    const entry = CATALOGUE.find((e) => e.id === 'telegram.groups')!;
    const row = telegram.locateControl?.(doc, entry) ?? null;
    expect(row?.getAttribute('role')).toBe('button');
    expect(row?.textContent).toContain('Who can add me to group chats?');
  });
});

describe('Telegram: nothing on screen, nothing claimed', () => {
  test.each([
    ['a chat open, no settings', '<html lang="en"><body><div id="LeftColumn"><div role="button">Kelas 4 Bestari</div></div><div id="MiddleColumn"><div>See you at 3pm</div></div></body></html>'],
    ['the settings menu (no privacy panel)', '<html lang="ms"><body><div id="column-left"><div class="row"><div>Privasi dan Sekuriti</div></div></div></body></html>'],
    ['a page without either client column', '<html lang="en"><body><div><span>Who can see my phone number?</span><span>Nobody</span></div></body></html>'],
  ])('%s: no readings at all', (_what, html) => {
    expect(telegram.readSettings(parse(html), PAGE)).toEqual([]);
  });

  test('another page kind reads nothing', () => {
    expect(telegram.readSettings(load('settings-privacy.en.safe.html'), 'feed')).toEqual([]);
  });

  test('a Tamil page reads unverified-language even with no panel open (the popup explains switching language)', () => {
    const got = read(parse('<html lang="ta"><body><div id="column-left"></div></body></html>'));
    expect(got).toEqual(each(ALL, 'unknown:unverified-language'));
  });
});

/** A fixture with the shown settings column swapped for `change(column)`. */
function edited(name: string, change: (doc: Document) => void): Document {
  const doc = load(name);
  change(doc);
  return doc;
}

describe('Telegram decoys are never read', () => {
  test.each([
    // The conversation column holds a message quoting the profile photo question with the
    // opposite value: removing the real row must leave NO reading, not the message's value.
    ['settings-privacy.en.safe.list.html', 'telegram.profile-photo'],
    ['settings-privacy.en.risky.list.html', 'telegram.profile-photo'],
    ['settings-privacy.ms.safe.html', 'telegram.profile-photo'],
  ])('%s without the real %s row: no reading (the chat message is not read)', (name, id) => {
    const entry = CATALOGUE.find((e) => e.id === id)!;
    const doc = edited(name, (d) => {
      const title = Array.from(d.querySelectorAll('#LeftColumn span')).find((s) => entry.labels.some((l) => l.text === s.textContent));
      title!.closest('[role="button"]')!.remove();
    });
    expect(read(doc)[id]).toBeUndefined();
  });

  test.each(['settings-privacy.en.safe.html', 'settings-privacy.en.risky.html', 'settings-privacy.zh.safe.html'])(
    '%s: a poll in the chat with the groups question and options is not read, and does not disturb the real one',
    (name) => {
      const doc = load(name);
      const truth = read(doc)['telegram.groups'];
      doc.querySelector('.poll-title')!.textContent = 'Who can add me to group chats?';
      expect(read(doc)['telegram.groups']).toBe(truth);
      // Without the real section, only the poll is left: no reading.
      const real = Array.from(doc.querySelectorAll('#column-left span')).find((s) => /group chats|群组/.test(s.textContent ?? ''));
      real!.closest('.sidebar-left-section-container')!.remove();
      expect(read(doc)['telegram.groups']).toBeUndefined();
    },
  );

  test.each(['settings-privacy.en.safe.html', 'settings-privacy.en.risky.html'])(
    '%s without the shown profile photo section: the hidden stale copy (opposite value) is not read',
    (name) => {
      const doc = load(name);
      const shown = Array.from(doc.querySelectorAll('#column-left .sidebar-left-section-container:not([aria-hidden])')).find((s) =>
        (s.textContent ?? '').includes('Who can see my profile photos?'),
      );
      shown!.remove();
      expect(read(doc)['telegram.profile-photo']).toBeUndefined();
    },
  );

  test('a question shown with its radios gone reads not-found, never a guess', () => {
    const doc = load('settings-privacy.en.safe.html');
    const section = Array.from(doc.querySelectorAll('#column-left .sidebar-left-section-content')).find((s) => (s.textContent ?? '').includes('Who can see my phone number?'))!;
    section.querySelector('form')!.remove();
    expect(read(doc)['telegram.phone-number']).toBe('unknown:not-found');
  });

  test('no radio checked reads unrecognised-value', () => {
    const doc = load('settings-privacy.en.safe.html');
    const section = Array.from(doc.querySelectorAll('#column-left .sidebar-left-section-content')).find((s) => (s.textContent ?? '').includes('Who can see my bio'))!;
    for (const r of Array.from(section.querySelectorAll('input'))) {
      r.removeAttribute('checked');
      (r as HTMLInputElement).checked = false;
    }
    expect(read(doc)['telegram.bio']).toBe('unknown:unrecognised-value');
  });

  test('list row and question screen both shown and disagreeing (WebK keeps the list behind): conflict', () => {
    const doc = load('settings-privacy.en.safe.html');
    const list = load('settings-privacy.en.risky.list.html').querySelector('#LeftColumn .settings-content')!;
    doc.querySelector('#column-left .scrollable')!.append(doc.importNode(list, true));
    const got = read(doc);
    expect(got['telegram.phone-number']).toBe('unknown:conflict');
    expect(got['telegram.groups']).toBe('unknown:conflict');
    expect(got['telegram.bio']).toBe('safe'); // not on the list screen: only its own screen counts
  });

  test('list row and question screen both shown and agreeing: read', () => {
    const doc = load('settings-privacy.en.safe.html');
    const list = load('settings-privacy.en.safe.list.html').querySelector('#LeftColumn .settings-content')!;
    doc.querySelector('#column-left .scrollable')!.append(doc.importNode(list, true));
    expect(read(doc)).toEqual(each(ALL, 'safe'));
  });
});

describe('Telegram: the chat list in the settings column is never read', () => {
  const CHAT = CHAT_REGIONS.join(',');
  const PAIRS = [
    ['settings-privacy.en.risky.chats.html', 'settings-privacy.en.risky.html'],
    ['settings-privacy.en.safe.chats.html', 'settings-privacy.en.safe.html'],
    ['settings-privacy.en.risky.list.chats.html', 'settings-privacy.en.risky.list.html'],
    ['settings-privacy.en.safe.list.chats.html', 'settings-privacy.en.safe.list.html'],
  ] as const;

  test.each(PAIRS)('%s reads exactly as %s (values too)', (chats, plain) => {
    expect(telegram.readSettings(load(chats), PAGE)).toEqual(telegram.readSettings(load(plain), PAGE));
  });

  test.each(PAIRS)('%s: the guide points at the real control, never into the chat list', (chats) => {
    const doc = load(chats);
    for (const r of telegram.readSettings(doc, PAGE)) {
      const control = telegram.locateControl?.(doc, CATALOGUE.find((e) => e.id === r.id)!) ?? null;
      expect(control, r.id).not.toBeNull();
      expect(control!.closest(CHAT), r.id).toBeNull();
      expect(control!.querySelector(CHAT), r.id).toBeNull();
    }
  });

  /** The decoy fixtures with the privacy panel taken away: only the chat list is left. */
  const CLOSED: Array<[string, () => Document]> = [
    ['WebA, Settings closed (fixture)', () => load('settings-privacy.en.closed.chats.html')],
    ['WebA, the Settings slide removed', () => edited('settings-privacy.en.risky.list.chats.html', (d) => d.querySelector('.settings-container')!.parentElement!.remove())],
    ['WebK, the privacy tab removed (risky)', () => edited('settings-privacy.en.risky.chats.html', (d) => d.querySelector('.privacy-tab')!.remove())],
    ['WebK, the privacy tab removed (safe)', () => edited('settings-privacy.en.safe.chats.html', (d) => d.querySelector('.privacy-tab')!.remove())],
  ];

  test.each(CLOSED)('%s: no reading at all', (_what, doc) => {
    const d = doc();
    expect(telegram.readSettings(d, PAGE)).toEqual([]);
    for (const e of CATALOGUE) expect(telegram.locateControl?.(d, e) ?? null, e.id).toBeNull();
  });

  test.each(CLOSED)('%s, with the chat list moved to the top of the column (WebA mid-transition): no reading', (_what, doc) => {
    const d = doc();
    const column = d.querySelector(SETTINGS_COLUMN.join(','))!;
    for (const chat of Array.from(column.querySelectorAll(CHAT))) column.prepend(chat);
    expect(telegram.readSettings(d, PAGE)).toEqual([]);
  });

  test('a chat region whose rows lose their peer ids is still never read (the region ids hold)', () => {
    const doc = edited('settings-privacy.en.risky.chats.html', (d) => {
      d.querySelector('.privacy-tab')!.remove();
      for (const a of Array.from(d.querySelectorAll('a[data-peer-id]'))) a.removeAttribute('data-peer-id');
    });
    expect(telegram.readSettings(doc, PAGE)).toEqual([]);
  });

  test.each(['settings-privacy.en.risky.chats.html', 'settings-privacy.en.safe.chats.html'])(
    '%s: radios in the chat list under a question (a poll preview) are not read by the engine, nor make the real one ambiguous',
    (name) => {
      const doc = load(name);
      const truth = telegram.readSettings(doc, PAGE);
      const poll = parse(
        '<div><div>Who can add me to group chats?</div><form><label><input type="radio" name="p1" value="0">Everybody</label><label><input type="radio" name="p1" value="1">My Contacts</label><label><input type="radio" name="p1" value="2" checked>Nobody</label></form></div>',
      ).body.firstElementChild!;
      doc.querySelector('#chatlist-container a[data-peer-id]')!.append(doc.importNode(poll, true));
      expect(telegram.readSettings(doc, PAGE)).toEqual(truth);
    },
  );

  test.each(['settings-privacy.en.risky.list.html', 'settings-privacy.en.risky.list.chats.html', 'settings-privacy.en.risky.chats.html'])(
    '%s: a radio group around the whole page, its radios in the conversation (a poll), is not any setting\'s control',
    (name) => {
      const doc = load(name);
      const truth = telegram.readSettings(doc, PAGE);
      const top = doc.querySelector('#Main, #main-columns')!;
      const group = doc.createElement('div');
      group.setAttribute('role', 'radiogroup');
      group.append(...Array.from(top.childNodes));
      top.append(group);
      const poll = parse(
        '<form><label><input type="radio" name="p2" value="0">Everybody</label><label><input type="radio" name="p2" value="2" checked>Nobody</label></form>',
      ).body.firstElementChild!;
      doc.querySelector('#MiddleColumn, #column-center')!.append(doc.importNode(poll, true));
      expect(telegram.readSettings(doc, PAGE)).toEqual(truth);
    },
  );

  test('a radio group in the panel named (aria-labelledby) by a chat\'s text is not named by it', () => {
    const doc = load('settings-privacy.en.risky.chats.html');
    const truth = telegram.readSettings(doc, PAGE);
    const extra = parse(
      '<div><fieldset aria-labelledby="decoy-bio"><label><input type="radio" name="p3" value="0">Everybody</label><label><input type="radio" name="p3" value="2" checked>Nobody</label></fieldset></div>',
    ).body.firstElementChild!;
    doc.querySelector('.privacy-tab .scrollable')!.append(doc.importNode(extra, true));
    const name = doc.createElement('span');
    name.id = 'decoy-bio';
    name.textContent = 'Who can see my bio?';
    doc.querySelector('#chatlist-container .row-subtitle')!.append(name);
    expect(telegram.readSettings(doc, PAGE)).toEqual(truth);
  });

  test('a value element holding a chat region is not a value', () => {
    const doc = parse(
      '<html lang="en"><body><div id="column-left"><div><span>Who can see my phone number?</span><div id="search-container"><a href="#1" data-peer-id="1">Nobody</a></div></div></div></body></html>',
    );
    expect(read(doc)['telegram.phone-number']).not.toBe('safe');
  });
});

describe('Telegram list rows', () => {
  function rowDoc(value: string, lang = 'en', title = 'Who can see my profile photos?'): Document {
    return parse(
      `<html lang="${lang}"><body><div id="LeftColumn"><div class="settings-item"><div class="ListItem"><div role="button" tabindex="0"><div class="multiline-item"><span class="title">${title}</span><span class="subtitle">${value}</span></div></div></div></div></div></body></html>`,
    );
  }

  test.each([
    ['Everybody ', 'risky'],
    ['Everybody -2', 'risky'],
    ['Everybody (-2)', 'risky'],
    ['My Contacts ', 'safe'],
    ['My Contacts -1', 'safe'],
    ['Nobody (-1)', 'safe'],
    ['  nobody  ', 'safe'],
    // Exceptions that ADD people or whole groups: Jaga cannot see who, so never safe.
    ['My Contacts +3', 'unknown:unrecognised-value'],
    ['Nobody (+1)', 'unknown:unrecognised-value'],
    ['My Contacts -1 and +2', 'unknown:unrecognised-value'],
    ['My Contacts (-1, +2)', 'unknown:unrecognised-value'],
    // Loading, premium-only and unknown values.
    ['Loading...', 'unknown:unrecognised-value'],
    ['Contacts & Premium', 'unknown:unrecognised-value'],
    ['Everybody except Ali', 'unknown:unrecognised-value'],
    ['Nobody 2', 'unknown:unrecognised-value'],
    ['', 'unknown:unrecognised-value'],
  ])('"%s" -> %s', (value, expected) => {
    expect(read(rowDoc(value))['telegram.profile-photo']).toBe(expected);
  });

  test.each([
    ['ms', 'Siapa boleh lihat foto profil saya?', 'Tiada siapa', 'safe'],
    ['ms', 'Siapa boleh lihat foto profil saya?', 'Semua orang -1 dan +2', 'risky'],
    ['ms', 'Siapa boleh lihat foto profil saya?', 'Kenalan Saya -1 dan +2', 'unknown:unrecognised-value'],
    ['zh-CN', '谁可以看到我的头像？', '我的联系人 -1和+2', 'unknown:unrecognised-value'],
    ['zh-CN', '谁可以看到我的头像？', '不允许任何人 ', 'safe'],
    // English values on a Malay page (WebK's macOS-pack Malay values are unknown): not matched.
    ['ms', 'Siapa boleh lihat foto profil saya?', 'Nobody', 'unknown:unrecognised-value'],
    // Traditional Chinese is not the community zh-CN pack: unverified.
    ['zh-TW', '誰可以看到我的個人資料照片？', '所有人', 'unknown:unverified-language'],
  ])('%s "%s" = "%s" -> %s', (lang, title, value, expected) => {
    expect(read(rowDoc(value, lang, title))['telegram.profile-photo']).toBe(expected);
  });

  test.each([
    ['Everybody -2', 'Everybody', false],
    ['My Contacts (-1, +2)', 'My Contacts', true],
    ['Kenalan Saya -1 dan +2', 'Kenalan Saya', true],
    ['我的联系人 -1和+2', '我的联系人', true],
    ['Nobody', 'Nobody', false],
    ['-2', '-2', false],
  ])('splitExceptions("%s") -> base "%s", adds %s', (raw, base, adds) => {
    expect(splitExceptions(raw)).toEqual({ base, adds });
  });
});

describe('Telegram catalogue data', () => {
  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: refs, radio choices, i18n keys in every locale', (id, e) => {
    for (const w of [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)]) {
      expect(w.ref.length, `${id} ${w.text}`).toBeGreaterThan(0);
      expect(w.source, `${id} ${w.text}: no machine translation`).not.toBe('translation');
    }
    expect(e.control).toBe('radio-group');
    expect(e.url).toBe('https://web.telegram.org/k/');
    // The guided walk picks the first safe English wording: it must be on every radio group.
    expect(e.choices?.find((c) => c.verdict === 'safe')?.wordings.find((w) => w.lang === 'en')?.text).toBe('My Contacts');
    const name = id.replace(/^telegram\./, '').replace(/-/g, '_');
    expect([e.whyKey, e.stepKey, e.pathKey]).toEqual([`telegram_setting_${name}_why`, `telegram_setting_${name}_step`, `telegram_setting_${name}_path`]);
    for (const locale of ['en', 'ms', 'zh_CN', 'ta']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const key of [e.whyKey, e.stepKey, e.pathKey, 'popup_language_switch_telegram', 'page_fix_telegram']) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
  });

  test('Chinese wordings come from the community pack and say so (observed, never platform)', () => {
    for (const w of CATALOGUE.flatMap((e) => [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)]).filter((x) => x.lang === 'zh')) {
      expect(w.source).toBe('observed');
      expect(w.ref).toContain('community pack');
    }
  });

  test('no Tamil wording (Telegram has no Tamil pack)', () => {
    expect(CATALOGUE.flatMap((e) => e.labels).some((w) => w.lang === 'ta')).toBe(false);
  });
});

describe('Telegram posts', () => {
  test('chats are never read: the post root matches nothing', () => {
    const doc = load('settings-privacy.en.risky.html');
    expect(doc.querySelectorAll(telegram.posts.rootSelector).length).toBe(0);
    expect(telegram.posts.read(doc.body, { lang: 'en', accountAudience: 'public' })).toBeNull();
  });
});
