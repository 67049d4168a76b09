import type { SettingReading, UnknownWhy } from '../../shared/readings';
import type { CatalogueEntry, UiLang } from '../types';
import { matchKeys, pageLang } from '../common/labels';
import { labelMatches, matchChoice, readCatalogueSettingsDetailed } from '../common/read-control';
import { CONTROL_SELECTORS, DISABLED_COPY, EXCLUDED_REGIONS, RADIO } from '../common/selectors';
import { cap, cleanValue, matchForm, RAW_MAX } from '../common/text';
import { CATALOGUE } from './catalogue';
import { CHAT_REGIONS, ROW_BUTTON, SETTINGS_COLUMN } from './selectors';
import { shownOutside } from '../common/shown';

/**
 * Telegram Web (WebA and WebK) -> readings.
 *
 * WHY SOME SETTINGS ARE LEFT OUT: Telegram Web is one URL per client, so every Telegram page is the
 * page kind `settings:privacy`, but the Privacy and Security panel is open only now and then, and
 * WebA's per-question screens show one question at a time. A setting whose question is not on
 * screen gets NO reading at all (not `unknown`/'not-found'): the background keeps its last reading,
 * and the popup does not say "couldn't read this page reliably" while the parent is chatting.
 * A setting whose question IS on screen always gets a reading, `unknown` with a why when unsure.
 * A setting without verified wording in the page language reads 'unverified-language' when the
 * panel is evidently open (another question is on screen), or always when Jaga has no Telegram
 * wording in that language at all (Tamil: Telegram has no Tamil pack) — the popup then explains how
 * to switch Telegram to English.
 *
 * Two places show a value, and both are read:
 * 1. The question's own screen: a section title over radios (Everybody / My Contacts / Nobody), read
 *    by the shared engine as a radio group.
 * 2. The list screen: a row with the question and the current value below it ("My Contacts",
 *    "Everybody (-2)"), which the engine has no control kind for; read here (readRow).
 * WebK keeps the list tab in the page behind an open question tab, so both can be present: they must
 * agree, else 'conflict'. Only the settings column is read (SETTINGS_COLUMN): chats are private and
 * a message or poll there is never a setting. Nor is the chat list both clients draw in that same
 * column and keep behind Settings (CHAT_REGIONS): a label or a value inside it is never read, so a
 * group named "Who can see my phone number?" whose last message is "Nobody" is not a row.
 */
export function readSettings(doc: Document, page: string): SettingReading[] {
  if (!CATALOGUE.some((e) => e.page === page)) return [];
  const lang = pageLang(doc);
  const columns = settingsColumns(doc);
  const labelsOf = new Map<string, Element[]>();
  for (const entry of CATALOGUE) {
    const keys = matchKeys(entry.labels, lang);
    if (keys.length > 0) labelsOf.set(entry.id, findLabels(columns, keys));
  }
  const anyWording = labelsOf.size > 0;
  const panelOpen = [...labelsOf.values()].some((els) => els.length > 0);
  if (!panelOpen && anyWording) return [];
  const scoped = panelOpen ? scopedEngine(doc, columns, page) : new Map<string, Scoped>();

  const out: SettingReading[] = [];
  for (const entry of CATALOGUE.filter((e) => e.page === page)) {
    const labels = labelsOf.get(entry.id);
    if (labels === undefined) {
      out.push(unknown(entry.id, 'unverified-language'));
      continue;
    }
    if (labels.length === 0) continue; // not on screen: no reading (see above)
    const sources: SettingReading[] = [];
    for (const label of labels) {
      const row = readRow(entry, label, lang);
      if (row !== null) sources.push(row);
    }
    // Two list rows for one question: which one is the real setting cannot be told.
    if (sources.length > 1) {
      out.push(unknown(entry.id, 'ambiguous'));
      continue;
    }
    const fromEngine = scoped.get(entry.id)?.reading;
    if (fromEngine !== undefined && !(fromEngine.status === 'unknown' && fromEngine.why === 'not-found')) sources.push(fromEngine);
    out.push(combine(entry.id, sources));
  }
  return out;
}

/** One reading from every place that shows the value: any doubt wins, and they must agree. */
function combine(id: string, sources: readonly SettingReading[]): SettingReading {
  if (sources.length === 0) return unknown(id, 'not-found');
  const doubt = sources.find((s) => s.status === 'unknown');
  if (doubt !== undefined) return doubt;
  if (new Set(sources.map((s) => s.status)).size > 1) return unknown(id, 'conflict', sources[0]?.value ?? null);
  return sources[sources.length - 1]!;
}

function unknown(id: string, why: UnknownWhy, value: string | null = null): SettingReading {
  return { id, status: 'unknown', value, why };
}

const EXCLUDED = [...EXCLUDED_REGIONS, DISABLED_COPY].join(',');
const CHAT = CHAT_REGIONS.join(',');
const EXCLUDED_OR_CHAT = `${EXCLUDED},${CHAT}`;
const CONTROLS = [...CONTROL_SELECTORS.switch, ...CONTROL_SELECTORS['radio-group'], ...CONTROL_SELECTORS.select, ...RADIO].join(',');
/** How many ancestors of a text node may be the label element (as the engine). */
const LABEL_CLIMB = 4;

interface Scoped {
  reading: SettingReading;
  /** The live element the reading came from (null when unknown). */
  control: Element | null;
}

/**
 * The shared engine, scoped to the settings column(s) without their chat regions: it never sees
 * the conversation column, so a poll there ("Who can add me to group chats?" with Everybody /
 * My Contacts / Nobody radios) can neither be read nor make the real setting ambiguous, and never
 * sees the chat list drawn in the column either.
 */
function scopedEngine(doc: Document, columns: readonly Element[], page: string): Map<string, Scoped> {
  const out = new Map<string, Scoped>();
  for (const d of readCatalogueSettingsDetailed(doc, CATALOGUE, page, { roots: columns, exclude: CHAT_REGIONS })) {
    out.set(d.reading.id, { reading: d.reading, control: d.control });
  }
  return out;
}

/** The engine's control for `entry`, on the live page; null when the engine would not read it. */
function engineControl(doc: Document, entry: CatalogueEntry): Element | null {
  const columns = settingsColumns(doc);
  const d = scopedEngine(doc, columns, entry.page).get(entry.id);
  return d?.control ?? null;
}

function settingsColumns(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(SETTINGS_COLUMN.join(','))).filter((c) => isShown(c));
}

/** Shown to the parent: not in a hidden, inert or post region, not a disabled copy, not display:none inline. */
const isShown = (el: Element): boolean => shownOutside(el, EXCLUDED);

/** A label or a value may be read: shown outside the excluded and chat regions, and holding no chat region (chat text). */
function readable(el: Element): boolean {
  return shownOutside(el, EXCLUDED_OR_CHAT) && el.querySelector(CHAT) === null;
}

/**
 * Shown elements inside the settings column whose whole text is one of `keys` (or, for a long
 * question, contains it: labelMatches). Innermost only. Text inside a chat region is not looked at.
 */
function findLabels(columns: readonly Element[], keys: readonly string[]): Element[] {
  const longest = Math.max(...keys.map((k) => k.length));
  const rawMax = longest * 4 + 400;
  const found = new Set<Element>();
  for (const column of columns) {
    const walker = column.ownerDocument.createTreeWalker(column, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
      const value = t.nodeValue ?? '';
      if (value.length > rawMax || value.trim() === '') continue;
      const piece = matchForm(value);
      if (piece === '' || !keys.some((k) => k.includes(piece) || piece.includes(k))) continue;
      let el = t.parentElement;
      if (el === null || el.closest(CHAT) !== null) continue;
      for (let i = 0; i < LABEL_CLIMB && el !== null && column.contains(el); i += 1, el = el.parentElement) {
        const text = el.textContent ?? '';
        if (text.length > rawMax) break;
        const form = matchForm(text);
        if (keys.some((k) => labelMatches(form, k))) {
          found.add(el);
          break;
        }
      }
    }
  }
  const els = [...found].filter((el) => readable(el));
  return els.filter((el) => !els.some((o) => o !== el && el.contains(o)));
}

/**
 * A list-screen row: the label's next element sibling is the value, and the pair stands alone (its
 * parent holds no other text and no control — a section title over radios is not a row). null when
 * the label is not in such a row.
 */
function readRow(entry: CatalogueEntry, label: Element, lang: UiLang | null): SettingReading | null {
  const value = label.nextElementSibling;
  const parent = label.parentElement;
  if (value === null || parent === null) return null;
  if (parent.querySelector(CONTROLS) !== null) return null;
  for (const child of Array.from(parent.children)) {
    if (child !== label && child !== value && /[\p{L}\p{N}]/u.test(cap(child.textContent ?? '', RAW_MAX))) return null;
  }
  if (!readable(value)) return unknown(entry.id, 'not-found');
  const raw = cleanValue(value.textContent ?? '');
  if (raw === '') return unknown(entry.id, 'unrecognised-value');
  const { base, adds } = splitExceptions(raw);
  const choice = matchChoice(matchForm(base), entry.choices ?? [], lang);
  if (choice === 'conflict') return unknown(entry.id, 'conflict', raw);
  if (choice === null) return unknown(entry.id, 'unrecognised-value', raw);
  // "My Contacts (+3)": three people or GROUPS always allowed. Jaga cannot see who: never `safe`.
  if (choice.verdict === 'safe' && adds) return unknown(entry.id, 'unrecognised-value', raw);
  return { id: entry.id, status: choice.verdict, value: raw };
}

/**
 * The value without its exception counts. WebA appends " -2", " +3" or " -1 and +2" (in the UI
 * language's list conjunction); WebK appends " (-2, +3)". Removals only narrow who sees; additions
 * ("+N") widen it.
 */
const EXCEPTIONS = /^(.*?)\s*\(?\s*([-\u2212+]\d{1,6}(?:\s*(?:[,\uFF0C\u3001]|\s\p{L}{1,8}\s|\u548C)\s*[-\u2212+]\d{1,6})?)\s*\)?$/u;
export function splitExceptions(raw: string): { base: string; adds: boolean } {
  const m = EXCEPTIONS.exec(raw);
  if (m === null || (m[1] ?? '').trim() === '') return { base: raw, adds: false };
  return { base: m[1]!.trim(), adds: /\+\d/.test(m[2] ?? '') };
}

/**
 * The element the guide points at for `entry`: the engine's radio group (inside the settings
 * column), else the list row showing the question.
 */
export function locateControl(doc: Document, entry: CatalogueEntry): Element | null {
  const columns = settingsColumns(doc);
  const control = engineControl(doc, entry);
  if (control !== null) return control;
  const keys = matchKeys(entry.labels, pageLang(doc));
  if (keys.length === 0) return null;
  const rows = findLabels(columns, keys)
    .filter((label) => readRow(entry, label, pageLang(doc)) !== null)
    .map((label) => label.parentElement?.closest(ROW_BUTTON.join(',')) ?? label.parentElement);
  return rows.length === 1 ? (rows[0] ?? null) : null;
}
