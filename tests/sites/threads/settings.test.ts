import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import threads from '../../../src/sites/threads/index';
import { CATALOGUE } from '../../../src/sites/threads/catalogue';
import { chooserShown } from '../../../src/sites/threads/read-settings';
import { CHOOSER_DIALOG, CHOOSER_OPTION, SETTING_SWITCH } from '../../../src/sites/threads/selectors';
import { locateSettingControl } from '../../../src/sites/common/read-control';
import type { SettingReading } from '../../../src/shared/readings';

const DIR = 'tests/fixtures/threads';
const PAGE = 'settings:privacy';
const PRIVATE = 'threads.private-profile';
const MENTIONS = 'threads.mentions';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DIR, name), 'utf8'), 'text/html');
}
/** id -> "safe" | "risky" | "unknown:<why>"; a setting left out is absent. */
function summary(readings: SettingReading[]): Record<string, string> {
  return Object.fromEntries(readings.map((r) => [r.id, r.status === 'unknown' ? `unknown:${r.why}` : r.status]));
}
function read(doc: Document): Record<string, string> {
  return summary(threads.readSettings(doc, PAGE));
}
/** The fixture with the chooser's checked radio moved to the one named `text`. */
function choose(doc: Document, text: string): Document {
  for (const label of Array.from(doc.querySelectorAll('[role="radiogroup"] label'))) {
    const radio = label.querySelector('input[type="radio"]') as HTMLInputElement;
    const on = label.textContent?.trim() === text;
    radio.checked = on;
    radio.setAttribute('aria-checked', String(on));
  }
  return doc;
}

const FIXTURES: Array<[string, Record<string, string>]> = [
  ['settings-privacy.en.risky.html', { [PRIVATE]: 'risky', [MENTIONS]: 'risky' }],
  ['settings-privacy.en.safe.html', { [PRIVATE]: 'safe', [MENTIONS]: 'safe' }],
  // The Mentions chooser is closed: its reading is left out (the last one stands), not unknown.
  ['settings-privacy.en.risky.closed.html', { [PRIVATE]: 'risky' }],
  // No Malay Threads wording is known: the page says "Profil peribadi", Jaga does not guess.
  ['settings-privacy.ms.safe.html', { [PRIVATE]: 'unknown:unverified-language', [MENTIONS]: 'unknown:unverified-language' }],
];

describe('Threads settings fixtures', () => {
  test('every fixture file is in the table', () => {
    const files = readdirSync(DIR).filter((f) => /^settings-.*\.html$/.test(f)).sort();
    expect(files).toEqual(FIXTURES.map(([f]) => f).sort());
  });

  test.each(FIXTURES)('%s', (name, expected) => {
    expect(read(load(name))).toEqual(expected);
  });

  test.each(CATALOGUE.flatMap((e) => (['safe', 'risky'] as const).map((s) => [e.id, s] as const)))('%s has an English %s fixture', (id, state) => {
    expect(FIXTURES.some(([f, want]) => f === `settings-privacy.en.${state}.html` && want[id] === state)).toBe(true);
  });

  test.each([
    ['settings-privacy.en.risky.html', 'Everyone', 'risky'],
    ['settings-privacy.en.safe.html', 'Profiles you follow', 'safe'],
    // Twins: the other values on the same page.
    ['settings-privacy.en.safe.html', 'No one', 'safe'],
    ['settings-privacy.en.risky.html', 'No one', 'safe'],
    ['settings-privacy.en.safe.html', 'Everyone', 'risky'],
  ])('%s with "%s" chosen reads Mentions %s, value shown as the page writes it', (name, value, status) => {
    const reading = threads.readSettings(choose(load(name), value), PAGE).find((r) => r.id === MENTIONS);
    expect(reading).toEqual({ id: MENTIONS, status, value });
  });

  test.each([
    ['settings-privacy.en.risky.html', 'off'],
    ['settings-privacy.en.safe.html', 'on'],
  ])('%s shows Private profile %s', (name, value) => {
    expect(threads.readSettings(load(name), PAGE).find((r) => r.id === PRIVATE)?.value).toBe(value);
  });

  test('the guide points at the shown switch and the chooser group', () => {
    const doc = load('settings-privacy.en.risky.html');
    const [priv, mentions] = CATALOGUE;
    expect(locateSettingControl(doc, priv!, CATALOGUE)).toBe(doc.querySelector('[role="region"] input[role="switch"]'));
    expect(locateSettingControl(doc, mentions!, CATALOGUE)).toBe(doc.querySelector('[role="dialog"] [role="radiogroup"]'));
    // Closed chooser: nothing to point at (the path says to open "Mentions").
    expect(locateSettingControl(load('settings-privacy.en.risky.closed.html'), mentions!, CATALOGUE)).toBeNull();
  });

  test('selector expectations hold on the fixtures', () => {
    const all = (name: string, sel: readonly string[]) => load(name).querySelectorAll(sel.join(',')).length;
    expect(all('settings-privacy.en.safe.html', [SETTING_SWITCH[0]])).toBe(2); // shown + hidden stale copy
    expect(all('settings-privacy.en.safe.html', CHOOSER_OPTION)).toBe(4); // 1 group + 3 radios
    expect(all('settings-privacy.en.safe.html', CHOOSER_DIALOG)).toBe(1);
    expect(all('settings-privacy.en.risky.closed.html', CHOOSER_OPTION)).toBe(0);
    expect(all('settings-privacy.en.risky.closed.html', CHOOSER_DIALOG)).toBe(0);
  });
});

describe('Threads: when the Mentions reading is left out, and when it is not', () => {
  const name = 'settings-privacy.en.safe.html';
  const drop = (doc: Document, selector: string) => {
    for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
    return doc;
  };

  test.each<[string, string, (d: Document) => Document]>([
    // Closed: nothing of the chooser on screen.
    ['the dialog removed', 'left out', (d) => drop(d, '[role="dialog"]')],
    ['the dialog hidden', 'left out', (d) => (d.querySelector('[role="dialog"]')!.setAttribute('hidden', ''), d)],
    ['the dialog styled away', 'left out', (d) => (d.querySelector('[role="dialog"]')!.setAttribute('style', 'display: none'), d)],
    // Open but unreadable: reported, never left out.
    ['the radio group gone, the dialog still naming Mentions', 'unknown:not-found', (d) => drop(d, '[role="radiogroup"]')],
    ['radios outside any group or dialog (a redesign)', 'unknown:not-found', (d) => {
      const group = d.querySelector('[role="radiogroup"]')!;
      d.querySelector('[role="region"]')!.append(...Array.from(group.querySelectorAll('label')));
      drop(d, '[role="dialog"]');
      return d;
    }],
    ['two options checked', 'unknown:conflict', (d) => {
      for (const r of Array.from(d.querySelectorAll('input[name="mentions"]'))) (r as HTMLInputElement).checked = true;
      return d;
    }],
    ['aria-checked disagreeing with checked', 'unknown:conflict', (d) => (d.querySelector('input[name="mentions"][checked]')!.setAttribute('aria-checked', 'false'), d)],
    ['an option Jaga does not know ("Your followers")', 'unknown:unrecognised-value', (d) => {
      const label = Array.from(d.querySelectorAll('[role="radiogroup"] label')).find((l) => l.textContent?.includes('Profiles you follow'))!;
      label.querySelector('span')!.textContent = 'Your followers';
      return d;
    }],
    ['nothing checked', 'unknown:unrecognised-value', (d) => {
      for (const r of Array.from(d.querySelectorAll('input[name="mentions"]'))) {
        (r as HTMLInputElement).checked = false;
        r.setAttribute('aria-checked', 'false');
      }
      return d;
    }],
  ])('%s -> Mentions %s', (_what, expected, change) => {
    const got = read(change(load(name)));
    expect(got[MENTIONS]).toBe(expected === 'left out' ? undefined : expected);
    expect(got[PRIVATE]).toBe('safe'); // the other setting reads on
  });

  test('chooserShown: true with the chooser open, false when closed', () => {
    expect(chooserShown(load(name))).toBe(true);
    expect(chooserShown(load('settings-privacy.en.risky.closed.html'))).toBe(false);
  });

  test('a closed chooser on a page in another language is still reported as that language', () => {
    const doc = load('settings-privacy.en.risky.closed.html');
    doc.documentElement.setAttribute('lang', 'zh-CN');
    expect(read(doc)).toEqual({ [PRIVATE]: 'unknown:unverified-language', [MENTIONS]: 'unknown:unverified-language' });
  });

  test('only the privacy page is read', () => {
    expect(threads.readSettings(load(name), 'feed')).toEqual([]);
  });
});

describe('Threads decoys are never read', () => {
  test.each(['settings-privacy.en.safe.html', 'settings-privacy.en.risky.html'])('%s without the shown switch: Private profile reads not-found (the hidden stale copy is ignored)', (name) => {
    const doc = load(name);
    doc.querySelector('[role="region"] input[role="switch"]')!.remove();
    expect(read(doc)[PRIVATE]).toBe('unknown:not-found');
  });

  test('a switch whose aria-checked disagrees with its checked state is a conflict, never safe', () => {
    const doc = load('settings-privacy.en.safe.html');
    doc.querySelector('[role="region"] input[role="switch"]')!.setAttribute('aria-checked', 'false');
    expect(read(doc)[PRIVATE]).toBe('unknown:conflict');
  });

  test('a post quoting the labels with its own controls is never read', () => {
    const doc = load('settings-privacy.en.risky.html');
    doc.body.insertAdjacentHTML('beforeend', `<div role="article"><span dir="auto">Private profile</span><input type="checkbox" role="switch" aria-checked="true" checked>
      <span id="p-h">Allow @mentions from</span><div role="radiogroup" aria-labelledby="p-h"><label><span>No one</span><input type="radio" checked aria-checked="true"></label></div></div>`);
    expect(read(doc)).toEqual({ [PRIVATE]: 'risky', [MENTIONS]: 'risky' });
  });

  test('a second, visible switch beside the label is ambiguous, never a guess', () => {
    const doc = load('settings-privacy.en.safe.html');
    const sw = doc.querySelector('[role="region"] input[role="switch"]')!;
    const twin = sw.cloneNode() as HTMLInputElement;
    twin.checked = false;
    twin.setAttribute('aria-checked', 'false');
    twin.removeAttribute('checked');
    sw.after(twin);
    expect(read(doc)[PRIVATE]).toBe('unknown:ambiguous');
  });
});

describe('Threads languages', () => {
  test.each(['ms', 'ms-MY', 'zh-CN', 'ta', 'zh-TW', 'es'])('the English fixtures served as lang=%s read unverified-language', (lang) => {
    for (const name of ['settings-privacy.en.safe.html', 'settings-privacy.en.risky.html']) {
      const doc = load(name);
      doc.documentElement.setAttribute('lang', lang);
      expect(read(doc), `${name} as ${lang}`).toEqual({ [PRIVATE]: 'unknown:unverified-language', [MENTIONS]: 'unknown:unverified-language' });
    }
  });

  test.each(['en', 'en-GB', 'en-US'])('lang=%s reads', (lang) => {
    const doc = load('settings-privacy.en.safe.html');
    doc.documentElement.setAttribute('lang', lang);
    expect(read(doc)).toEqual({ [PRIVATE]: 'safe', [MENTIONS]: 'safe' });
  });
});

describe('Threads catalogue data', () => {
  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: refs and i18n keys in every locale', (id, e) => {
    for (const w of [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)]) expect(w.ref.length, `${id} ${w.text}`).toBeGreaterThan(0);
    const key = id.replace(/^threads\./, '').replace(/-/g, '_');
    expect([e.whyKey, e.stepKey, e.pathKey]).toEqual([`threads_setting_${key}_why`, `threads_setting_${key}_step`, `threads_setting_${key}_path`]);
    for (const locale of ['en', 'ms', 'zh_CN', 'ta']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const k of [e.whyKey, e.stepKey, e.pathKey, 'popup_language_switch_threads', 'page_fix_threads']) expect(messages[k]?.message, `${locale} ${k}`).toBeTruthy();
    }
    // Nothing but English is known for Threads (localized-strings.md): no other language may be matchable.
    const wordings = [...e.labels, ...(e.choices ?? []).flatMap((c) => c.wordings)];
    expect(wordings.filter((w) => w.lang !== 'en' && w.source !== 'translation')).toEqual([]);
    expect(e.url).toBe('https://www.threads.com/settings/privacy');
  });

  test('the popup step title is the row the parent looks for', () => {
    expect(CATALOGUE.map((e) => e.labels[0]!.text)).toEqual(['Private profile', 'Mentions']);
  });
});
