import type { SettingReading, UnknownWhy } from '../../shared/readings';
import type { CatalogueEntry, Choice, UiLang } from '../types';
import { matchKeys, pageLang } from '../common/labels';
import { locateSettingControl, matchChoice, readSetting } from '../common/read-control';
import { DISABLED_COPY, EXCLUDED_REGIONS } from '../common/selectors';
import { cap, cleanValue, matchForm, RAW_MAX } from '../common/text';
import { CATALOGUE } from './catalogue';
import { CHAT_REGIONS, MIN_PRIVACY_ROWS, PRIVACY_ROW, RADIO, RADIO_GROUP } from './selectors';
import { INLINE_HIDDEN } from '../common/shown';

/**
 * WhatsApp Web -> readings. WhatsApp Web is one URL (detect.ts): Settings → Privacy is an in-app
 * drawer that may or may not be open. So, unlike every other site, this reader returns a reading
 * ONLY for a setting whose control is on screen — its radio group (the setting's drawer is open) or
 * its row in the Privacy list — and OMITS the others entirely. An `unknown`/'not-found' for every
 * closed panel would make the popup say "couldn't read this page reliably" whenever the parent is
 * simply chatting. (Exception: a page language without verified wording reads 'unverified-language'
 * for every setting, so the popup can say how to switch WhatsApp to English.)
 *
 * The shared engine (common/read-control.ts) cannot read WhatsApp's drawers by itself, so this file
 * wraps it:
 * - the radios have no name (`button[role=radio][aria-label=""]`, an icon): the option's text is
 *   the span beside the radio, inside the same option — read here, never from another option;
 * - "Last seen and online" has two radio groups (last seen; online): both are read, and the setting
 *   is safe only when neither says Everyone;
 * - the Privacy list shows each value as the row's second line ("Profile picture — Everyone",
 *   "Last seen and online — Nobody, Everyone"): read here too; when both the row and the drawer are
 *   on screen they must agree, else `unknown`/'conflict'.
 * The engine still locates the radio group of every other setting (so the in-page guide and this
 * reader agree on the control), and says why when it cannot.
 */

const PAGE = 'settings:privacy';
const LAST_SEEN = 'whatsapp.last-seen';
/**
 * The Last seen and online drawer has two groups, named "Who can see my last seen" and "Who can see
 * when I'm online" (catalogue labels, platform): the online one by this name, the other is last seen.
 */
const ONLINE_GROUP = matchForm("Who can see when I'm online");
const ONLINE_WORDS = new Set(['Everyone', 'Same as last seen'].map(matchForm));
/** Longest text a row may have: a row is a title and a short value, not a section. */
const ROW_TEXT_MAX = 300;

const EXCLUDED = [...EXCLUDED_REGIONS, DISABLED_COPY].join(',');
const CHAT = CHAT_REGIONS.join(',');
const GROUP = RADIO_GROUP.join(',');
const RADIOS = RADIO.join(',');
const ROWS = PRIVACY_ROW.join(',');
const INVISIBLE = ['[hidden]', '[aria-hidden="true"]', 'script', 'style', 'template'].join(',');

/**
 * The counts the Privacy list shows for "My contacts except..." (and Status's lists), English only:
 * WA_WEB WAWebPrivacySettingsDrawer R(): '{count} contacts excluded' / '1 contact excluded';
 * WAWebStatusPostingUtils: '{allow-contacts} contacts included' / '1 contact included'.
 */
const EXCEPT_COUNT = /^\d{1,5} contacts? excluded$/;
const STATUS_COUNT = /^\d{1,5} contacts? (?:excluded|included)$/;

type Reading = SettingReading;

function unknown(id: string, why: UnknownWhy, value: string | null = null): Reading {
  return { id, status: 'unknown', value, why };
}

// ---------------------------------------------------------------------------------------------
// Public API

export function readSettings(doc: Document, page: string): SettingReading[] {
  if (page !== PAGE) return [];
  const lang = pageLang(doc);
  const keys = new Map(CATALOGUE.map((e) => [e.id, matchKeys(e.labels, lang)] as const));
  const found = scan(doc, keys);
  const out: SettingReading[] = [];
  for (const entry of CATALOGUE) {
    if ((keys.get(entry.id) ?? []).length === 0) {
      out.push(unknown(entry.id, 'unverified-language'));
      continue;
    }
    const panel = readPanel(doc, entry, found, lang);
    const row = readRow(entry, found, lang);
    const reading = combine(entry.id, panel, row);
    if (reading !== null) out.push(reading); // null: neither drawer nor row on screen — omitted
  }
  return out;
}

/** Where the in-page guide points: the group this reader reads (or the risky one), else the row. */
export function locateControl(doc: Document, entry: CatalogueEntry): Element | null {
  const lang = pageLang(doc);
  const keys = new Map(CATALOGUE.map((e) => [e.id, matchKeys(e.labels, lang)] as const));
  if ((keys.get(entry.id) ?? []).length === 0) return null;
  const found = scan(doc, keys);
  if (entry.id === LAST_SEEN) {
    const { lastSeen, online } = lastSeenGroups(found);
    const [ls] = lastSeen;
    const [on] = online;
    if (lastSeen.length === 1 && online.length === 1 && ls !== undefined && on !== undefined) {
      const first = readGroup(ls, lastSeenChoices(entry), lang, entry.id);
      const second = readGroup(on, onlineChoices(entry), lang, entry.id);
      return first.status === 'safe' && second.status !== 'safe' ? on : ls;
    }
  } else if ((found.groups.get(entry.id) ?? []).length > 0) {
    const control = locateSettingControl(doc, entry, CATALOGUE);
    if (control !== null && !inChat(control)) return control;
  }
  const rows = found.rows.get(entry.id) ?? [];
  return rows.length === 1 ? (rows[0]?.row ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// What is on screen

interface Row {
  row: Element;
  /** The value element beside the title; null when there were several (ambiguous). */
  value: Element | null;
}

interface Found {
  /** Radio groups named for each setting (name contains one of its label keys). */
  groups: Map<string, Element[]>;
  /** Settings whose groups' names also matched another setting: ambiguous. */
  shared: Set<string>;
  /** Privacy-list rows per setting (only when the list is on screen). */
  rows: Map<string, Row[]>;
  /** Each named group's name, in match form. */
  names: Map<Element, string>;
}

function scan(doc: Document, keys: Map<string, string[]>): Found {
  const found: Found = { groups: new Map(), shared: new Set(), rows: new Map(), names: new Map() };
  const wanted = [...keys].filter(([, k]) => k.length > 0);
  if (wanted.length === 0) return found;

  for (const group of Array.from(doc.querySelectorAll(GROUP))) {
    if (!shown(group) || inChat(group) || group.querySelector(RADIOS) === null) continue;
    const name = matchForm(groupName(doc, group));
    if (name === '') continue;
    found.names.set(group, name);
    const hits = wanted.filter(([, k]) => k.some((key) => name.includes(key))).map(([id]) => id);
    for (const id of hits) found.groups.set(id, [...(found.groups.get(id) ?? []), group]);
    if (hits.length > 1) for (const id of hits) found.shared.add(id);
  }

  const allKeys = wanted.flatMap(([, k]) => k);
  const rows = new Map<string, Row[]>();
  for (const row of Array.from(doc.querySelectorAll(ROWS))) {
    const raw = row.textContent ?? '';
    if (raw.length > ROW_TEXT_MAX * 4) continue;
    const text = matchForm(raw);
    if (text.length > ROW_TEXT_MAX || !allKeys.some((k) => text.includes(k))) continue;
    if (!shown(row) || inChat(row)) continue;
    const hit = rowTitle(row, wanted);
    if (hit === null) continue;
    const values = followingTexts(hit.block, row);
    if (values.length === 0) continue; // a button that only says "Groups" is not a settings row
    rows.set(hit.id, [...(rows.get(hit.id) ?? []), { row, value: values.length === 1 ? (values[0] ?? null) : null }]);
  }
  // The Privacy list shows many settings together; a stray button elsewhere is not it.
  if (rows.size >= MIN_PRIVACY_ROWS) found.rows = rows;
  return found;
}

/** The group's accessible name: aria-labelledby targets, aria-label, or a fieldset's legend. */
function groupName(doc: Document, group: Element): string {
  const parts: string[] = [];
  for (const id of (group.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    const t = doc.getElementById(id);
    if (t !== null) parts.push(visibleText(t));
  }
  const aria = group.getAttribute('aria-label');
  if (aria !== null) parts.push(cap(aria, RAW_MAX));
  if (group.tagName === 'FIELDSET') {
    const legend = Array.from(group.children).find((c) => c.tagName === 'LEGEND');
    if (legend !== undefined) parts.push(visibleText(legend));
  }
  return parts.join(' ');
}

/**
 * The row's title: its one descendant whose whole text is a setting's label. Climbed to the
 * largest wrapper that holds nothing else, so that the value is a sibling of that block.
 */
function rowTitle(row: Element, wanted: [string, string[]][]): { id: string; block: Element } | null {
  const hits: { id: string; el: Element }[] = [];
  const all = Array.from(row.querySelectorAll('*')).slice(0, 200);
  for (const el of all) {
    const t = matchForm(visibleText(el));
    if (t === '' || t.length > 80) continue;
    for (const [id, keys] of wanted) if (keys.includes(t)) hits.push({ id, el });
  }
  const innermost = hits.filter((h) => !hits.some((o) => o !== h && h.el.contains(o.el)));
  const ids = new Set(innermost.map((h) => h.id));
  const [first] = innermost;
  if (first === undefined || ids.size !== 1 || innermost.length !== 1) return null;
  let block = first.el;
  const title = matchForm(visibleText(block));
  while (block.parentElement !== null && block.parentElement !== row && matchForm(visibleText(block.parentElement)) === title) {
    block = block.parentElement;
  }
  return { id: first.id, block };
}

/** Element siblings after the title block that show text: the row's value. */
function followingTexts(block: Element, row: Element): Element[] {
  if (!row.contains(block)) return [];
  const out: Element[] = [];
  for (let s = block.nextElementSibling; s !== null; s = s.nextElementSibling) {
    if (s.matches(INVISIBLE)) continue;
    if (/[\p{L}\p{N}]/u.test(visibleText(s))) out.push(s);
  }
  return out;
}

function lastSeenGroups(found: Found): { lastSeen: Element[]; online: Element[] } {
  const groups = found.groups.get(LAST_SEEN) ?? [];
  const online = groups.filter((g) => (found.names.get(g) ?? '').includes(ONLINE_GROUP));
  const lastSeen = groups.filter((g) => !online.includes(g));
  return { lastSeen, online };
}


// ---------------------------------------------------------------------------------------------
// Reading

function readPanel(doc: Document, entry: CatalogueEntry, found: Found, lang: UiLang | null): Reading | null {
  const groups = found.groups.get(entry.id) ?? [];
  if (groups.length === 0) return null;
  if (found.shared.has(entry.id)) return unknown(entry.id, 'ambiguous');
  if (entry.id === LAST_SEEN) return readLastSeenPanel(entry, found, lang);
  const control = locateSettingControl(doc, entry, CATALOGUE);
  if (control === null) return unknown(entry.id, readSetting(doc, entry, CATALOGUE).why ?? 'not-found');
  // The engine found another control than the named group (a climb from a label): not sure which.
  if (!groups.includes(control)) return unknown(entry.id, 'ambiguous');
  return readGroup(control, entry.choices ?? [], lang, entry.id);
}

/** Both groups must be read and neither may say Everyone. */
function readLastSeenPanel(entry: CatalogueEntry, found: Found, lang: UiLang | null): Reading {
  const { lastSeen, online } = lastSeenGroups(found);
  if (lastSeen.length > 1 || online.length > 1) return unknown(entry.id, 'ambiguous');
  const [ls] = lastSeen;
  const [on] = online;
  if (ls === undefined || on === undefined) return unknown(entry.id, 'not-found');
  const first = readGroup(ls, lastSeenChoices(entry), lang, entry.id);
  if (first.status === 'unknown') return first;
  const second = readGroup(on, onlineChoices(entry), lang, entry.id);
  if (second.status === 'unknown') return second;
  if (first.status === 'safe' && second.status === 'safe') return first;
  return { id: entry.id, status: 'risky', value: [first, second].filter((r) => r.status === 'risky').map((r) => r.value).join(', ') };
}

function lastSeenChoices(entry: CatalogueEntry): readonly Choice[] {
  return (entry.choices ?? []).filter((c) => !c.wordings.some((w) => matchForm(w.text) === matchForm('Same as last seen')));
}

function onlineChoices(entry: CatalogueEntry): readonly Choice[] {
  return (entry.choices ?? []).filter((c) => c.wordings.some((w) => ONLINE_WORDS.has(matchForm(w.text))));
}

/**
 * One radio group: exactly one checked radio (aria-checked, and an <input>'s `checked`, agreeing),
 * named by its own accessible name or — WhatsApp's icon radios have none — by the text of its
 * option, matched whole against the setting's choices in the page language.
 */
function readGroup(group: Element, choices: readonly Choice[], lang: UiLang | null, id: string): Reading {
  const radios = Array.from(group.querySelectorAll(RADIOS)).filter(shown);
  if (radios.length === 0) return unknown(id, 'not-found');
  const checked: Element[] = [];
  for (const r of radios) {
    const s = checkedState(r);
    if (s === 'conflict') return unknown(id, 'conflict');
    if (s === true) checked.push(r);
  }
  if (checked.length > 1) return unknown(id, 'conflict');
  const [one] = checked;
  if (one === undefined) return unknown(id, 'unrecognised-value');
  const name = radioName(one, group);
  if (name === null || matchForm(name) === '') return unknown(id, 'unrecognised-value');
  const value = cleanValue(name) || null;
  const choice = matchChoice(matchForm(name), choices, lang);
  if (choice === 'conflict') return unknown(id, 'conflict', value);
  if (choice === null) return unknown(id, 'unrecognised-value', value);
  return { id, status: choice.verdict, value };
}

/** true/false from aria-checked and an input's `checked`; disagreeing → 'conflict'; garbage → null. */
function checkedState(el: Element): boolean | null | 'conflict' {
  const aria = el.getAttribute('aria-checked');
  let fromAria: boolean | null = null;
  if (aria !== null) {
    const a = aria.trim().toLowerCase();
    if (a === 'true') fromAria = true;
    else if (a === 'false') fromAria = false;
    else return null;
  }
  let fromChecked: boolean | null = null;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio') fromChecked = (el as HTMLInputElement).checked;
  if (fromAria !== null && fromChecked !== null && fromAria !== fromChecked) return 'conflict';
  return fromAria ?? fromChecked;
}

/**
 * The radio's accessible name (aria-labelledby, aria-label, wrapping <label>, own text); when it has
 * none, the first text of the smallest wrapper around it that holds no other radio (its option).
 */
function radioName(radio: Element, group: Element): string | null {
  const doc = radio.ownerDocument;
  const ids = (radio.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  const labelled = ids.map((i) => doc.getElementById(i)).filter((e): e is HTMLElement => e !== null).map(visibleText).join(' ');
  if (matchForm(labelled) !== '') return labelled;
  const aria = radio.getAttribute('aria-label');
  if (aria !== null && matchForm(aria) !== '') return cap(aria, RAW_MAX);
  const label = radio.closest('label');
  if (label !== null && group.contains(label) && matchForm(visibleText(label)) !== '') return visibleText(label);
  // Its own text: the first text only (the option's small second line, "2 contacts excluded", is not the value).
  const own = firstText(radio, null);
  if (own !== null) return own;
  for (let node = radio.parentElement; node !== null && node !== group; node = node.parentElement) {
    if (Array.from(node.querySelectorAll(RADIOS)).filter(shown).length > 1) return null;
    const text = firstText(node, radio);
    if (text !== null) return text;
  }
  return null;
}

/** The text of the element holding the first visible text under `node`, outside `skip`. */
function firstText(node: Element, skip: Element | null): string | null {
  const walker = node.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (parent === null || skip?.contains(parent) === true || parent.closest(INVISIBLE) !== null) continue;
    if (!/[\p{L}\p{N}]/u.test(cap(t.nodeValue ?? '', RAW_MAX))) continue;
    return visibleText(parent);
  }
  return null;
}

function readRow(entry: CatalogueEntry, found: Found, lang: UiLang | null): Reading | null {
  const rows = found.rows.get(entry.id) ?? [];
  if (rows.length === 0) return null;
  if (rows.length > 1) return unknown(entry.id, 'ambiguous');
  const value = rows[0]?.value ?? null;
  if (value === null) return unknown(entry.id, 'ambiguous');
  return parseRowValue(entry, visibleText(value), lang);
}

/**
 * A row's value: one choice wording, a count ("3 contacts excluded"), or — Last seen and online
 * only — a comma list (last seen, then online when it differs: "Nobody, Everyone").
 */
export function parseRowValue(entry: CatalogueEntry, raw: string, lang: UiLang | null): Reading {
  const value = cleanValue(raw) || null;
  const parts = entry.id === LAST_SEEN ? raw.split(/[,，、]/) : [raw];
  let risky = false;
  for (const part of parts) {
    const text = matchForm(part);
    if (text === '') return unknown(entry.id, 'unrecognised-value', value);
    const choice = matchChoice(text, entry.choices ?? [], lang);
    if (choice === 'conflict') return unknown(entry.id, 'conflict', value);
    if (choice !== null) {
      risky ||= choice.verdict === 'risky';
      continue;
    }
    const count = entry.id === 'whatsapp.status' ? STATUS_COUNT : EXCEPT_COUNT;
    if (lang === 'en' && count.test(text)) continue;
    return unknown(entry.id, 'unrecognised-value', value);
  }
  return { id: entry.id, status: risky ? 'risky' : 'safe', value };
}

/** Drawer and row must agree; either one alone decides; neither: not on screen (null). */
function combine(id: string, panel: Reading | null, row: Reading | null): Reading | null {
  if (panel === null) return row;
  if (row === null) return panel;
  if (panel.status === 'unknown') return panel;
  if (row.status === 'unknown') return row;
  return panel.status === row.status ? panel : unknown(id, 'conflict');
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

/** Shown to the parent: not in a post, a hidden or inert region, a disabled copy, or display:none. */
function shown(el: Element): boolean {
  if (el.closest(EXCLUDED) !== null) return false;
  for (let n: Element | null = el; n !== null; n = n.parentElement) {
    const style = n.getAttribute('style');
    if (style !== null && INLINE_HIDDEN.test(style)) return false;
  }
  return true;
}

function inChat(el: Element): boolean {
  return el.closest(CHAT) !== null;
}

/** Text of `el` without hidden or aria-hidden descendants, capped. */
function visibleText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c !== null; c = c.nextSibling) {
      if (out.length > RAW_MAX) return;
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !(c as Element).matches(INVISIBLE)) walk(c);
    }
  };
  walk(el);
  return cap(out, RAW_MAX);
}
