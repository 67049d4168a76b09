import type { SettingReading, UnknownWhy } from '../../shared/readings';
import type { CatalogueEntry, Choice, UiLang } from '../types';
import { matchKeys, pageLang } from './labels';
import {
  CLIMB_BOUNDARY,
  CONTROL_SELECTORS,
  DISABLED_COPY,
  EXCLUDED_REGIONS,
  NEVER_CONTAINER,
  PRIVACY_BUTTON_PREFIXES,
  RADIO,
  SHARING_WITH,
} from './selectors';
import { closestBy, compileSelectors, descendantsBy, type Pred } from './simple-selector';
import { cap, cleanValue, matchForm, RAW_MAX } from './text';
import { INLINE_HIDDEN } from './shown';

/**
 * The settings engine: catalogue entry + page -> one SettingReading. Shared by every site.
 *
 * 1. Language gate: the entry's labels (and, for choice controls, its choices) must have a
 *    `platform`/`observed` wording in the page's `<html lang>` language, else 'unverified-language'.
 * 2. Labels: elements whose own text is a label (or, for long question labels, contains it), outside
 *    posts, feeds, hidden or inert regions.
 * 3. Control: (a) a control whose accessible name contains the label; else (b) the single control
 *    of the entry's kind in the smallest container around the label that holds any control,
 *    climbing at most MAX_CLIMB levels; that control must stand alone in its branch of the
 *    container (other text beside it is another row's label) and must not be named for another
 *    setting. More than one → 'ambiguous'; none → 'not-found'. A label found twice with different
 *    controls → 'ambiguous'.
 * 4. Value: aria-checked / checked for on/off controls; the shown value for choice controls,
 *    matched whole against the entry's choices. Disagreeing signals → 'conflict'.
 *
 * Every "cannot tell" path returns `unknown`: a wrong `safe` is the worst bug Jaga can have.
 */

/** How many ancestors above a label the control search may climb. */
export const MAX_CLIMB = 6;
/** A container with more text than this is a section, not a settings row: the climb stops. */
const CONTAINER_TEXT_MAX = 2_000;
/** Labels at least this long (match form) may match by containment ("…? Learn more"). */
const LONG_LABEL = 24;
/** How many ancestors of a text node may be the label element. */
const LABEL_CLIMB = 4;

const IS = {
  excluded: compileSelectors(EXCLUDED_REGIONS),
  disabled: compileSelectors([DISABLED_COPY]),
  never: compileSelectors(NEVER_CONTAINER),
  boundary: compileSelectors(CLIMB_BOUNDARY),
  radio: compileSelectors(RADIO),
  binary: compileSelectors(CONTROL_SELECTORS.switch),
  button: compileSelectors(CONTROL_SELECTORS['privacy-button']),
  group: compileSelectors(CONTROL_SELECTORS['radio-group']),
  select: compileSelectors(CONTROL_SELECTORS.select),
  invisible: compileSelectors(['[hidden]', '[aria-hidden="true"]', 'script', 'style', 'template']),
  selectedOption: compileSelectors(['[role="option"][aria-selected="true"]']),
  label: compileSelectors(['label']),
};
const KIND: Record<CatalogueEntry['control'], Pred> = {
  switch: IS.binary,
  checkbox: IS.binary,
  'radio-group': IS.group,
  'privacy-button': IS.button,
  select: IS.select,
};
/** Anything that could be a control (of any kind) before its content is looked at. */
const CONTROL_LIKE: Pred = (el) => IS.binary(el) || IS.select(el) || IS.radio(el) || IS.group(el) || IS.button(el);

type Found = { ok: true; control: Element } | { ok: false; why: UnknownWhy };
type Matcher = (text: string) => boolean;

/** Everything one read of one document shares: caches, the label index, every entry's keys. */
interface Ctx {
  doc: Document;
  lang: UiLang | null;
  catalogue: readonly CatalogueEntry[];
  labelKeys: Map<string, string[]>;
  labels: Map<string, Element[]>;
  /** Every verified choice wording of every entry, in every language: recognises audience buttons. */
  anyChoiceWordings: Matcher[];
  prefixes: string[];
  /** Live (not excluded, not a disabled copy) control-like elements of the page, in order. */
  controls: Element[];
  /** `controls` that count as a control when deciding where a label's row ends. */
  anyControls: Element[] | null;
  excluded: Map<Element, boolean>;
  visible: Map<Element, string>;
  labelElements: Element[] | null;
  /** The read's scope (readCatalogueSettingsDetailed): only inside `roots`, never inside `outside`. */
  roots: readonly Element[] | null;
  outside: Pred | null;
}

/**
 * Where one read looks, for a site whose settings share the page with other text (Telegram: the
 * settings column, without the chat list drawn in it). Nothing outside `roots` or inside `exclude`
 * is a label, a control or a control's name, and the climb from a label stops at its root.
 */
export interface ReadScope {
  roots: readonly Element[];
  exclude?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Public API

/** One reading per catalogue entry whose `page` is `page`, in catalogue order. */
export function readCatalogueSettings(
  doc: Document,
  catalogue: readonly CatalogueEntry[],
  page: string,
): SettingReading[] {
  return readCatalogueSettingsDetailed(doc, catalogue, page).map((d) => d.reading);
}

/** As readCatalogueSettings, with the control each reading came from (null when `unknown`). */
export function readCatalogueSettingsDetailed(
  doc: Document,
  catalogue: readonly CatalogueEntry[],
  page: string,
  scope?: ReadScope,
): { reading: SettingReading; control: Element | null }[] {
  const entries = catalogue.filter((e) => e.page === page);
  if (entries.length === 0) return [];
  const ctx = makeCtx(doc, catalogue, scope);
  return entries.map((e) => readOne(ctx, e));
}

/** Read one entry (its `page` is not checked: the caller knows where it is). */
export function readSetting(
  doc: Document,
  entry: CatalogueEntry,
  catalogue: readonly CatalogueEntry[] = [entry],
): SettingReading {
  return readOne(makeCtx(doc, withEntry(catalogue, entry)), entry).reading;
}

/**
 * The control the reader would read for `entry`, for the in-page guide to point at; null whenever
 * the reader would say 'not-found', 'ambiguous' or 'unverified-language'. Pass the site's whole
 * catalogue: other settings' labels keep the search from borrowing their controls.
 */
export function locateSettingControl(
  doc: Document,
  entry: CatalogueEntry,
  catalogue: readonly CatalogueEntry[] = [entry],
): Element | null {
  const ctx = makeCtx(doc, withEntry(catalogue, entry));
  if (gate(ctx, entry) !== null) return null;
  const found = locate(ctx, entry);
  return found.ok ? found.control : null;
}

function withEntry(catalogue: readonly CatalogueEntry[], entry: CatalogueEntry): readonly CatalogueEntry[] {
  return catalogue.includes(entry) ? catalogue : [...catalogue, entry];
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Detailed {
  reading: SettingReading;
  control: Element | null;
}

function readOne(ctx: Ctx, entry: CatalogueEntry): Detailed {
  const gated = gate(ctx, entry);
  if (gated !== null) return { reading: unknown(entry.id, gated), control: null };
  const found = locate(ctx, entry);
  if (!found.ok) return { reading: unknown(entry.id, found.why), control: null };
  const reading = readValue(ctx, entry, found.control);
  return { reading, control: reading.status === 'unknown' ? null : found.control };
}

function readValue(ctx: Ctx, entry: CatalogueEntry, control: Element): SettingReading {
  switch (entry.control) {
    case 'switch':
    case 'checkbox':
      return readBinary(entry, control);
    case 'privacy-button':
      return readChoiceSignals(ctx, entry, buttonSignals(ctx, control));
    case 'radio-group':
      return readRadioGroup(ctx, entry, control);
    case 'select':
      return readChoiceSignals(ctx, entry, selectSignals(ctx, control));
  }
}

function unknown(id: string, why: UnknownWhy, value: string | null = null): SettingReading {
  return { id, status: 'unknown', value, why };
}

/** 'unverified-language' when the page language has no matchable label (or no matchable choice). */
function gate(ctx: Ctx, entry: CatalogueEntry): UnknownWhy | null {
  if ((ctx.labelKeys.get(entry.id) ?? []).length === 0) return 'unverified-language';
  if (isChoiceKind(entry) && !(entry.choices ?? []).some((c) => matchKeys(c.wordings, ctx.lang).length > 0)) {
    return 'unverified-language';
  }
  return null;
}

function isChoiceKind(entry: CatalogueEntry): boolean {
  return entry.control === 'privacy-button' || entry.control === 'radio-group' || entry.control === 'select';
}

function readBinary(entry: CatalogueEntry, control: Element): SettingReading {
  const state = checkedState(control);
  if (state === 'conflict') return unknown(entry.id, 'conflict');
  if (state === null) return unknown(entry.id, 'unrecognised-value', cleanValue(control.getAttribute('aria-checked') ?? '') || null);
  if (entry.safeWhenOn === undefined) return unknown(entry.id, 'unrecognised-value', state ? 'on' : 'off');
  return { id: entry.id, status: state === entry.safeWhenOn ? 'safe' : 'risky', value: state ? 'on' : 'off' };
}

/**
 * true/false from aria-checked and, on an <input>, its live `checked` (which follows the `checked`
 * attribute until a script sets it). Both present and disagreeing → 'conflict'. aria-checked
 * "mixed" or garbage → null (not a value we can read).
 */
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
  if (isInput(el) && (el.type === 'checkbox' || el.type === 'radio')) fromChecked = el.checked;
  else if (el.hasAttribute('checked')) fromChecked = el.getAttribute('checked') !== 'false';
  if (fromAria !== null && fromChecked !== null && fromAria !== fromChecked) return 'conflict';
  return fromAria ?? fromChecked;
}

function isInput(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT';
}

/** A shown value, raw (for the reading) and in match form (for comparison). */
interface Signal {
  raw: string;
  text: string;
}

/**
 * The values an audience button shows: its aria-label after "Edit privacy." (and after "Sharing
 * with"), and its visible text. Either may be missing; both are compared whole.
 */
function buttonSignals(ctx: Ctx, control: Element): Signal[] {
  const signals: Signal[] = [];
  const aria = control.getAttribute('aria-label');
  if (aria !== null) {
    const parsed = afterPrefix(ctx, aria);
    if (parsed !== null) signals.push({ raw: shownPart(aria), text: parsed });
    else if (isChoiceText(matchForm(aria), ctx.anyChoiceWordings)) signals.push({ raw: aria, text: matchForm(aria) });
    // Any other aria-label ("Who can see…?", "Edit") names the button; it is not a value.
  }
  const visible = visibleText(ctx, control);
  if (matchForm(visible) !== '') signals.push({ raw: visible, text: matchForm(visible) });
  return signals;
}

/**
 * The value part of an audience label as the page wrote it, for the reading's `value`:
 * "Edit privacy. Sharing with Only me." -> "Only me"; the whole label when no "Sharing with" is seen.
 */
function shownPart(label: string): string {
  const clean = cleanValue(label);
  for (const w of SHARING_WITH) {
    const i = clean.toLowerCase().indexOf(w.text.toLowerCase());
    if (i >= 0) {
      const part = clean.slice(i + w.text.length).replace(/^[\s:：]+/, '').replace(/[\s.。]+$/, '');
      if (part !== '') return part;
    }
  }
  return clean;
}

/** "Edit privacy. Sharing with Public." -> "public"; null when the label does not start with a prefix. */
function afterPrefix(ctx: Ctx, label: string): string | null {
  const n = matchForm(label);
  const prefix = ctx.prefixes.find((p) => n.startsWith(p));
  if (prefix === undefined) return null;
  let rest = matchForm(n.slice(prefix.length));
  for (const w of SHARING_WITH) {
    const s = matchForm(w.text);
    if (rest.startsWith(s)) {
      rest = matchForm(rest.slice(s.length));
      break;
    }
  }
  return rest;
}

function selectSignals(ctx: Ctx, control: Element): Signal[] {
  const texts: string[] = [];
  if (control.tagName === 'SELECT') {
    const sel = control as HTMLSelectElement;
    for (const o of Array.from(sel.selectedOptions ?? [])) texts.push(o.textContent ?? '');
  } else if (control.getAttribute('role') === 'listbox') {
    for (const o of descendantsBy(control, IS.selectedOption)) texts.push(o.textContent ?? '');
  } else {
    const vt = control.getAttribute('aria-valuetext');
    if (vt !== null) texts.push(vt);
    if (isInput(control)) texts.push(control.value);
    else texts.push(visibleText(ctx, control));
  }
  return texts.filter((t) => matchForm(t) !== '').map((t) => ({ raw: cap(t, RAW_MAX), text: matchForm(t) }));
}

function readRadioGroup(ctx: Ctx, entry: CatalogueEntry, group: Element): SettingReading {
  const radios = descendantsBy(group, IS.radio).filter((r) => !isExcluded(ctx, r));
  const checked: Element[] = [];
  for (const r of radios) {
    const s = checkedState(r);
    if (s === 'conflict') return unknown(entry.id, 'conflict');
    if (s === true) checked.push(r);
  }
  if (checked.length > 1) return unknown(entry.id, 'conflict');
  const [one] = checked;
  if (one === undefined) return unknown(entry.id, 'unrecognised-value');
  const name = accessibleNames(ctx, one, true).join(' ');
  return readChoiceSignals(ctx, entry, matchForm(name) === '' ? [] : [{ raw: name, text: matchForm(name) }]);
}

/** All signals must name the same choice; any unrecognised signal → unknown. */
function readChoiceSignals(ctx: Ctx, entry: CatalogueEntry, signals: Signal[]): SettingReading {
  if (signals.length === 0) return unknown(entry.id, 'unrecognised-value');
  const raw = cleanValue(signals[signals.length - 1]?.raw ?? '') || null;
  let picked: Choice | null = null;
  for (const s of signals) {
    const matched = matchChoice(s.text, entry.choices ?? [], ctx.lang);
    if (matched === 'conflict') return unknown(entry.id, 'conflict', raw);
    if (matched === null) return unknown(entry.id, 'unrecognised-value', cleanValue(s.raw) || null);
    if (picked !== null && picked !== matched) return unknown(entry.id, 'conflict', raw);
    picked = matched;
  }
  if (picked === null) return unknown(entry.id, 'unrecognised-value', raw);
  return { id: entry.id, status: picked.verdict, value: raw };
}

/**
 * The choice whose wording equals `text` (match form) in `lang`. A wording ending in "..."
 * ("Friends except...", "好友，除了...") is a prefix: the page appends names after it. More than
 * one choice matching → 'conflict'. `translation` wordings never match.
 */
export function matchChoice(text: string, choices: readonly Choice[], lang: UiLang | null): Choice | null | 'conflict' {
  const hits = new Set<Choice>();
  for (const c of choices) {
    for (const w of c.wordings) {
      if (w.lang !== lang || w.source === 'translation') continue;
      if (compiledWording(w.text)(text)) hits.add(c);
    }
  }
  if (hits.size > 1) return 'conflict';
  const [only] = [...hits];
  return only ?? null;
}

const MATCHERS = new Map<string, Matcher>();

/** A wording as a test on match-form text: equality, or a prefix for wordings ending in "...". */
function compiledWording(wording: string): Matcher {
  let m = MATCHERS.get(wording);
  if (m !== undefined) return m;
  const raw = wording.normalize('NFKC').trim();
  if (raw.endsWith('...')) {
    const prefix = matchForm(raw.slice(0, -3));
    const latinEnd = /[a-z0-9]$/.test(prefix);
    m = (text) => {
      if (prefix === '' || !text.startsWith(prefix)) return false;
      const next = text.charAt(prefix.length);
      // "friends except" must not match "friends exceptional": a Latin word may not run on.
      return next === '' || !(latinEnd && /[\p{L}\p{N}]/u.test(next));
    };
  } else {
    const exact = matchForm(raw);
    m = (text) => text === exact;
  }
  MATCHERS.set(wording, m);
  return m;
}

const CHOICE_MATCHERS = new WeakMap<CatalogueEntry, Matcher[]>();

/** The verified (platform/observed) choice wordings of an entry, in every language. */
function choiceWordings(entry: CatalogueEntry): Matcher[] {
  let m = CHOICE_MATCHERS.get(entry);
  if (m === undefined) {
    const texts = new Set(
      (entry.choices ?? []).flatMap((c) => c.wordings.filter((w) => w.source !== 'translation').map((w) => w.text)),
    );
    m = [...texts].map(compiledWording);
    CHOICE_MATCHERS.set(entry, m);
  }
  return m;
}

function isChoiceText(text: string, matchers: readonly Matcher[]): boolean {
  return matchers.some((m) => m(text));
}

// ---------------------------------------------------------------------------------------------
// Locating

function makeCtx(doc: Document, catalogue: readonly CatalogueEntry[], scope?: ReadScope): Ctx {
  const lang = pageLang(doc);
  const labelKeys = new Map<string, string[]>();
  for (const e of catalogue) labelKeys.set(e.id, matchKeys(e.labels, lang));
  const ctx: Ctx = {
    doc,
    lang,
    catalogue,
    labelKeys,
    labels: new Map(),
    anyChoiceWordings: catalogue.flatMap(choiceWordings),
    prefixes: PRIVACY_BUTTON_PREFIXES.filter((w) => w.source !== 'translation').map((w) => matchForm(w.text)),
    controls: [],
    anyControls: null,
    excluded: new Map(),
    visible: new Map(),
    labelElements: null,
    roots: scope?.roots ?? null,
    outside: scope?.exclude === undefined ? null : compileSelectors(scope.exclude),
  };
  // Nothing to locate when no entry has a key in this language: skip the page scan entirely.
  if ([...labelKeys.values()].every((k) => k.length === 0)) return ctx;
  const roots = ctx.roots ?? [doc.body ?? doc.documentElement].filter((r): r is HTMLElement => r !== null);
  const texts = roots.flatMap((root) => scan(ctx, root));
  ctx.labels = indexLabels(ctx, texts);
  return ctx;
}

/**
 * One pass over the page: live control-like elements into ctx.controls, text nodes returned for
 * the label index. Excluded regions (posts, feeds, hidden) are not entered at all: nothing in
 * them is ever a label or a control, and on a feed page they are most of the page.
 */
function scan(ctx: Ctx, root: Element): Text[] {
  const texts: Text[] = [];
  const stack: Element[] = [root];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    if (isExcluded(ctx, el)) continue;
    if (CONTROL_LIKE(el) && !IS.disabled(el)) ctx.controls.push(el);
    for (let c = el.lastChild; c !== null; c = c.previousSibling) {
      if (c.nodeType === 1) stack.push(c as Element);
      else if (c.nodeType === 3) texts.push(c as Text);
    }
  }
  return texts;
}

function locate(ctx: Ctx, entry: CatalogueEntry): Found {
  const keys = ctx.labelKeys.get(entry.id) ?? [];
  const labels = ctx.labels.get(entry.id) ?? [];
  const named = namedControls(ctx, entry, keys);
  const found = new Set<Element>(named.map((n) => n.control));
  let ambiguous = false;
  for (const label of labels) {
    if (named.some((n) => related(n, label))) continue;
    const r = climb(ctx, entry, label);
    if (r.ok) found.add(r.control);
    else if (r.why === 'ambiguous') ambiguous = true;
  }
  if (ambiguous || found.size > 1) return { ok: false, why: 'ambiguous' };
  const [control] = [...found];
  return control === undefined ? { ok: false, why: 'not-found' } : { ok: true, control };
}

interface Named {
  control: Element;
  /** Elements whose text names the control (aria-labelledby targets, <label>s). */
  namers: Element[];
}

/** Live controls of the entry's kind whose accessible name contains one of its labels. */
function namedControls(ctx: Ctx, entry: CatalogueEntry, keys: string[]): Named[] {
  const out: Named[] = [];
  for (const el of ctx.controls) {
    if (!KIND[entry.control](el) || !isKindCandidate(ctx, entry, el)) continue;
    const names = accessibleNames(ctx, el, false).map(matchForm);
    if (names.some((n) => keys.some((k) => n.includes(k)))) out.push({ control: el, namers: namingElements(ctx, el) });
  }
  return out;
}

function related(n: Named, label: Element): boolean {
  if (n.control.contains(label) || label.contains(n.control)) return true;
  return n.namers.some((x) => x.contains(label) || label.contains(x));
}

/**
 * From a label up to the smallest container that holds any control: the single control of the
 * entry's kind there, which must stand alone in its branch of that container (no other text
 * beside it: that would be another row's label).
 */
function climb(ctx: Ctx, entry: CatalogueEntry, label: Element): Found {
  const isKind = (el: Element): boolean => KIND[entry.control](el) && isKindCandidate(ctx, entry, el);
  const own = closestBy(label, isKind);
  if (own !== null && !IS.disabled(own) && inRoots(ctx, own)) return { ok: true, control: own };
  const foreign = foreignLabels(ctx, entry);
  const any = anyControls(ctx);
  let node: Element | null = label;
  for (let level = 0; level <= MAX_CLIMB && node !== null; level += 1, node = node.parentElement) {
    const here: Element = node;
    if (IS.never(here) || !inRoots(ctx, here)) break;
    if (level > 0 && foreign.some((f) => here.contains(f) && !f.contains(label))) break;
    const controls = any.filter((c) => c !== here && here.contains(c));
    if (controls.length > 0) {
      if (matchForm(cap(here.textContent ?? '', CONTAINER_TEXT_MAX * 4)).length > CONTAINER_TEXT_MAX) break;
      const mine = controls.filter(isKind);
      if (mine.length > 1) return { ok: false, why: 'ambiguous' };
      const [one] = mine;
      if (one === undefined) {
        // A page that does not mark its radios as a group: the container is the group.
        if (entry.control === 'radio-group' && controls.some(IS.radio)) return { ok: true, control: here };
        return { ok: false, why: 'not-found' };
      }
      if (!standsAlone(ctx, here, one)) return { ok: false, why: 'not-found' };
      if (namedForOther(ctx, entry, one)) return { ok: false, why: 'not-found' };
      return { ok: true, control: one };
    }
    if (IS.boundary(here)) break;
  }
  return { ok: false, why: 'not-found' };
}

/** Live controls that count when deciding where a label's row ends. */
function anyControls(ctx: Ctx): Element[] {
  if (ctx.anyControls === null) {
    ctx.anyControls = ctx.controls.filter((el) => {
      if (IS.binary(el) || IS.select(el) || IS.radio(el)) return true;
      if (IS.group(el)) return hasRadio(el);
      return isAudienceButton(ctx, el, ctx.anyChoiceWordings);
    });
  }
  return ctx.anyControls;
}

function hasRadio(el: Element): boolean {
  return descendantsBy(el, IS.radio).length > 0;
}

function isKindCandidate(ctx: Ctx, entry: CatalogueEntry, el: Element): boolean {
  switch (entry.control) {
    case 'switch':
    case 'checkbox':
    case 'select':
      return true;
    case 'radio-group':
      return hasRadio(el);
    case 'privacy-button':
      return isAudienceButton(ctx, el, choiceWordings(entry));
  }
}

/** A button that shows an audience: aria-label starts "Edit privacy", or its text is a choice. */
function isAudienceButton(ctx: Ctx, el: Element, wordings: readonly Matcher[]): boolean {
  if (!IS.button(el)) return false;
  const aria = el.getAttribute('aria-label');
  if (aria !== null && afterPrefix(ctx, aria) !== null) return true;
  const text = matchForm(visibleText(ctx, el));
  return text !== '' && isChoiceText(text, wordings);
}

/** The control's branch of `container` holds no text of its own besides the control. */
function standsAlone(ctx: Ctx, container: Element, control: Element): boolean {
  let branch: Element = control;
  while (branch.parentElement !== null && branch.parentElement !== container) branch = branch.parentElement;
  if (branch === control) return true;
  const walker = ctx.doc.createTreeWalker(branch, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (parent === null || control.contains(parent) || isExcluded(ctx, parent)) continue;
    // A disabled copy of the control (Facebook keeps them beside the real one) is not another label.
    if (closestBy(parent, IS.disabled) !== null) continue;
    if (/[\p{L}\p{N}]/u.test(cap(t.nodeValue ?? '', RAW_MAX))) return false;
  }
  return true;
}

/** The control is named by another entry's label: it belongs to that setting. */
function namedForOther(ctx: Ctx, entry: CatalogueEntry, control: Element): boolean {
  const names = accessibleNames(ctx, control, false).map(matchForm);
  if (names.length === 0) return false;
  for (const other of ctx.catalogue) {
    if (other.id === entry.id) continue;
    const keys = ctx.labelKeys.get(other.id) ?? [];
    if (names.some((n) => keys.some((k) => n.includes(k)))) return true;
  }
  return false;
}

function foreignLabels(ctx: Ctx, entry: CatalogueEntry): Element[] {
  const out: Element[] = [];
  for (const [id, els] of ctx.labels) if (id !== entry.id) out.push(...els);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Labels

/**
 * Every entry's label elements, in one walk over the page's text: for each text node that is a
 * piece of a label, the nearest of its first LABEL_CLIMB ancestors whose whole text is a label.
 * Innermost wins; excluded regions are dropped.
 */
function indexLabels(ctx: Ctx, texts: readonly Text[]): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  const wanted = [...ctx.labelKeys].filter(([, keys]) => keys.length > 0);
  if (wanted.length === 0) return out;
  const allKeys = [...new Set(wanted.flatMap(([, keys]) => keys))];
  const longest = Math.max(...allKeys.map((k) => k.length));
  const rawMax = longest * 4 + 400;
  const textOf = new Map<Element, string | null>();
  const own = (el: Element): string | null => {
    let t = textOf.get(el);
    if (t === undefined) {
      const raw = el.textContent ?? '';
      t = raw.length > rawMax ? null : matchForm(raw);
      textOf.set(el, t);
    }
    return t;
  };
  const seen = new Set<Element>();
  for (const t of texts) {
    const value = t.nodeValue ?? '';
    if (value.length > rawMax || value.trim() === '') continue;
    // Only text that is a piece of a label (or holds one) can be part of a label element: this
    // skips the climb, and its textContent calls, for almost every text node of a page.
    const piece = matchForm(value);
    if (piece === '' || !allKeys.some((k) => k.includes(piece) || piece.includes(k))) continue;
    let el = t.parentElement;
    for (let i = 0; i < LABEL_CLIMB && el !== null; i += 1, el = el.parentElement) {
      if (seen.has(el)) break;
      const text = own(el);
      if (text === null) break;
      const hits = wanted.filter(([, keys]) => keys.some((k) => labelMatches(text, k)));
      if (hits.length > 0) {
        seen.add(el);
        for (const [id] of hits) out.set(id, [...(out.get(id) ?? []), el]);
        break;
      }
    }
  }
  for (const [id, els] of out) {
    out.set(id, els.filter((el) => !els.some((o) => o !== el && el.contains(o)) && !isExcluded(ctx, el)));
  }
  return out;
}

/** Equal, or for a long question label, contained in a text at most twice as long. */
export function labelMatches(text: string, key: string): boolean {
  if (text === key) return true;
  return key.length >= LONG_LABEL && text.length <= key.length * 2 && text.includes(key);
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

/** Inside a post, a feed, a hidden or inert region, or styled invisible inline (cached per read). */
function isExcluded(ctx: Ctx, el: Element): boolean {
  const cached = ctx.excluded.get(el);
  if (cached !== undefined) return cached;
  const parent = el.parentElement;
  const result = (parent !== null && isExcluded(ctx, parent)) || excludedHere(ctx, el);
  ctx.excluded.set(el, result);
  return result;
}

function excludedHere(ctx: Ctx, el: Element): boolean {
  if (IS.excluded(el) || ctx.outside?.(el) === true) return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/** Inside the read's roots (always, for a read of the whole page). */
function inRoots(ctx: Ctx, el: Element): boolean {
  return ctx.roots === null || ctx.roots.some((r) => r.contains(el));
}

/** In the read's scope: inside its roots, outside its excluded regions. */
function inScope(ctx: Ctx, el: Element): boolean {
  return inRoots(ctx, el) && (ctx.outside === null || closestBy(el, ctx.outside) === null);
}

/** aria-labelledby targets and <label>s (for=id, or wrapping), in the read's scope. */
function namingElements(ctx: Ctx, el: Element): Element[] {
  const out: Element[] = [];
  const ids = el.getAttribute('aria-labelledby');
  if (ids !== null) {
    for (const id of ids.split(/\s+/).filter(Boolean).slice(0, 8)) {
      const t = ctx.doc.getElementById(id);
      if (t !== null) out.push(t);
    }
  }
  const id = el.getAttribute('id');
  if (id !== null && id !== '') {
    ctx.labelElements ??= (ctx.roots ?? [ctx.doc.documentElement]).flatMap((r) => descendantsBy(r, IS.label));
    for (const l of ctx.labelElements) if (l.getAttribute('for') === id) out.push(l);
  }
  const wrapping = closestBy(el, IS.label);
  if (wrapping !== null) out.push(wrapping);
  return ctx.roots === null ? out : out.filter((n) => inScope(ctx, n));
}

/** The control's accessible names (each source separately), raw text capped. */
function accessibleNames(ctx: Ctx, el: Element, withOwnText: boolean): string[] {
  const names: string[] = [];
  const namers = namingElements(ctx, el);
  const labelledby = namers
    .filter((n) => n.tagName !== 'LABEL')
    .map((n) => cap(n.textContent ?? '', RAW_MAX))
    .join(' ');
  if (labelledby.trim() !== '') names.push(labelledby);
  const aria = el.getAttribute('aria-label');
  if (aria !== null && aria.trim() !== '') names.push(cap(aria, RAW_MAX));
  for (const l of namers.filter((n) => n.tagName === 'LABEL')) names.push(cap(l.textContent ?? '', RAW_MAX));
  if (withOwnText && names.length === 0) names.push(visibleText(ctx, el));
  return names;
}

/** Text of `el` without hidden or aria-hidden descendants, capped (cached per read). */
function visibleText(ctx: Ctx, el: Element): string {
  const cached = ctx.visible.get(el);
  if (cached !== undefined) return cached;
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c !== null; c = c.nextSibling) {
      if (out.length > RAW_MAX) return;
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !IS.invisible(c as Element)) walk(c);
    }
  };
  walk(el);
  out = cap(out, RAW_MAX);
  ctx.visible.set(el, out);
  return out;
}
