import type { SettingReading } from '../../shared/readings';
import type { CatalogueEntry } from '../types';
import { matchKeys, pageLang } from '../common/labels';
import { labelMatches, MAX_CLIMB, readCatalogueSettings } from '../common/read-control';
import { DISABLED_COPY, EXCLUDED_REGIONS, NEVER_CONTAINER } from '../common/selectors';
import { cap, matchForm, RAW_MAX } from '../common/text';
import { CATALOGUE } from './catalogue';
import { POST_REGIONS, TOGGLE_BUTTON } from './selectors';
import { shownOutside } from '../common/shown';

/**
 * YouTube settings pages -> readings. The shared engine reads ARIA switches and checkboxes; YouTube's
 * Polymer settings rows use a toggle *button* (role="button" + aria-pressed), which the engine has
 * no control kind for. So an on/off entry the engine could not find ('not-found') gets a second
 * look here: the single toggle button in the label's row, read from aria-pressed. Every other
 * engine answer (language gate, ambiguity, conflicts) stands.
 */
export function readSettings(doc: Document, page: string): SettingReading[] {
  return readCatalogueSettings(doc, CATALOGUE, page).map((reading) => {
    if (reading.status !== 'unknown' || reading.why !== 'not-found') return reading;
    const entry = CATALOGUE.find((e) => e.id === reading.id);
    if (entry === undefined || (entry.control !== 'switch' && entry.control !== 'checkbox')) return reading;
    return readToggleButton(doc, entry) ?? reading;
  });
}

const EXCLUDED = [...EXCLUDED_REGIONS, ...POST_REGIONS, DISABLED_COPY].join(',');
const NEVER = NEVER_CONTAINER.join(',');
const TOGGLES = TOGGLE_BUTTON.join(',');
/** Elements with more text than this are sections, not labels. */
const LABEL_TEXT_MAX = 400;

const isShown = (el: Element): boolean => shownOutside(el, EXCLUDED);

/**
 * The one toggle button that belongs to `entry`: named by its label (aria-label / aria-labelledby),
 * or alone in the smallest container around a label element. null when there is none, so the
 * engine's 'not-found' stands; unknown when more than one could belong to it, or the signals clash.
 */
function findToggleButton(doc: Document, entry: CatalogueEntry): Element | 'ambiguous' | null {
  const keys = matchKeys(entry.labels, pageLang(doc));
  if (keys.length === 0) return null;
  const named = (name: string): boolean => keys.some((k) => matchForm(name).includes(k));
  const toggles = Array.from(doc.querySelectorAll(TOGGLES)).filter(isShown);
  const found = new Set<Element>();
  for (const t of toggles) {
    const byIds = (t.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 8)
      .map((id) => cap(doc.getElementById(id)?.textContent ?? '', RAW_MAX)).join(' ');
    if (named(t.getAttribute('aria-label') ?? '') || (byIds !== '' && named(byIds))) found.add(t);
  }
  let ambiguous = false;
  for (const label of labelElements(doc, keys)) {
    let node: Element | null = label;
    for (let level = 0; level <= MAX_CLIMB && node !== null && !node.matches(NEVER); level += 1, node = node.parentElement) {
      const inRow = toggles.filter((t) => node!.contains(t));
      if (inRow.length === 0) continue;
      if (inRow.length > 1) ambiguous = true;
      else if (standsAlone(node, inRow[0]!)) found.add(inRow[0]!);
      // else: the toggle sits beside other text — another row's label — so it is not this label's.
      break;
    }
  }
  if (ambiguous || found.size > 1) return 'ambiguous';
  return [...found][0] ?? null;
}

/** The toggle the reader reads for `entry`, for the in-page guide (null when none or ambiguous). */
export function locateToggleButton(doc: Document, entry: CatalogueEntry): Element | null {
  const found = findToggleButton(doc, entry);
  return found === 'ambiguous' ? null : found;
}

export function readToggleButton(doc: Document, entry: CatalogueEntry): SettingReading | null {
  const toggle = findToggleButton(doc, entry);
  if (toggle === 'ambiguous') return { id: entry.id, status: 'unknown', value: null, why: 'ambiguous' };
  if (toggle === null) return null;
  const pressed = toggle.getAttribute('aria-pressed')?.trim().toLowerCase();
  if (pressed !== 'true' && pressed !== 'false') return { id: entry.id, status: 'unknown', value: null, why: 'unrecognised-value' };
  const on = pressed === 'true';
  // Polymer reflects the toggle's state into a `checked` attribute too: present but not pressed is a clash.
  if (toggle.hasAttribute('checked') && !on) return { id: entry.id, status: 'unknown', value: null, why: 'conflict' };
  if (entry.safeWhenOn === undefined) return { id: entry.id, status: 'unknown', value: on ? 'on' : 'off', why: 'unrecognised-value' };
  return { id: entry.id, status: on === entry.safeWhenOn ? 'safe' : 'risky', value: on ? 'on' : 'off' };
}

/**
 * The toggle's branch of `container` holds no text besides the toggle. When the label's own row
 * has lost its toggle, the climb reaches the section, where the nearest toggle is the next row's,
 * beside that row's label: it must not be read as this setting's.
 */
function standsAlone(container: Element, toggle: Element): boolean {
  let branch: Element = toggle;
  while (branch.parentElement !== null && branch.parentElement !== container) branch = branch.parentElement;
  if (branch === toggle) return true;
  const doc = toggle.ownerDocument;
  const walker = doc.createTreeWalker(branch, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
    const parent = t.parentElement;
    if (parent === null || toggle.contains(parent) || !isShown(parent)) continue;
    if (/[\p{L}\p{N}]/u.test(cap(t.nodeValue ?? '', RAW_MAX))) return false;
  }
  return true;
}

/** Innermost shown elements whose whole text is one of the label keys. */
function labelElements(doc: Document, keys: readonly string[]): Element[] {
  const root = doc.body ?? doc.documentElement;
  if (root === null) return [];
  const hits = Array.from(root.querySelectorAll('*')).filter((el) => {
    const text = el.textContent ?? '';
    return text.length <= LABEL_TEXT_MAX && keys.some((k) => labelMatches(matchForm(text), k)) && isShown(el);
  });
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
}
