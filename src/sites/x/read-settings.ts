import type { SettingReading, UnknownWhy } from '../../shared/readings';
import type { CatalogueEntry } from '../types';
import { matchKeys, pageLang } from '../common/labels';
import { labelMatches, matchChoice, readCatalogueSettings } from '../common/read-control';
import { DISABLED_COPY, EXCLUDED_REGIONS } from '../common/selectors';
import { cleanValue, matchForm } from '../common/text';
import { CATALOGUE } from './catalogue';
import { ROW_VALUE, ROW_VALUE_REF, TAGGING_RADIO, TAGGING_ROW } from './selectors';
import { shownOutside } from '../common/shown';

/**
 * X settings screens -> readings. The shared engine reads every checkbox row. X adds one thing the
 * engine has no control kind for: on "Audience, media and tagging" the current Photo tagging value
 * is shown as the description of a link row (see selectors.ts), so that screen also yields an
 * `x.photo-tagging` reading. Like every reading, it is `unknown` (with why) whenever the row is
 * missing, unlabelled in the page language, or shows a value Jaga does not know.
 */
export function readSettings(doc: Document, page: string): SettingReading[] {
  const readings = readCatalogueSettings(doc, CATALOGUE, page);
  if (page === 'settings:audience_and_tagging') readings.push(readTaggingRow(doc));
  if (page === 'settings:tagging') return readings.map((r) => (r.id === PHOTO_TAGGING ? nameTaggingValue(doc, r) : r));
  return readings;
}

const PHOTO_TAGGING = 'x.photo-tagging';
const EXCLUDED = [...EXCLUDED_REGIONS, DISABLED_COPY].join(',');

function photoTagging(): CatalogueEntry {
  const entry = CATALOGUE.find((e) => e.id === PHOTO_TAGGING);
  if (entry === undefined) throw new Error(`${PHOTO_TAGGING} missing from the X catalogue`);
  return entry;
}

function unknown(why: UnknownWhy, value: string | null = null): SettingReading {
  return { id: PHOTO_TAGGING, status: 'unknown', value, why };
}

/** Shown to the parent: not in a post, a hidden or inert region, a disabled copy, or display:none. */
const isShown = (el: Element): boolean => shownOutside(el, EXCLUDED);

/**
 * The Photo tagging row on Audience, media and tagging: its description is the value. Unknown when
 * the page language has no verified wording, the row is absent or not labelled "Photo tagging" in
 * the page language, shows no value or more than one, or a value Jaga does not know.
 */
export function readTaggingRow(doc: Document): SettingReading {
  const entry = photoTagging();
  const lang = pageLang(doc);
  const keys = matchKeys(entry.labels, lang);
  if (keys.length === 0) return unknown('unverified-language');
  const rows = Array.from(doc.querySelectorAll(TAGGING_ROW.join(','))).filter(isShown);
  if (rows.length === 0) return unknown('not-found');
  if (rows.length > 1) return unknown('ambiguous');
  const row = rows[0]!;
  const labelled = Array.from(row.querySelectorAll('*')).some((el) => {
    const text = el.textContent ?? '';
    return text.length < 400 && keys.some((k) => labelMatches(matchForm(text), k));
  });
  if (!labelled) return unknown('not-found');
  const values = rowValues(doc, row);
  if (values.length === 0) return unknown('unrecognised-value');
  if (values.length > 1) return unknown('ambiguous');
  const raw = cleanValue(values[0]!.textContent ?? '');
  const choice = matchChoice(matchForm(raw), entry.choices ?? [], lang);
  if (choice === 'conflict') return unknown('conflict', raw || null);
  if (choice === null) return unknown('unrecognised-value', raw || null);
  return { id: PHOTO_TAGGING, status: choice.verdict, value: raw };
}

/** The row's value element: X's description test id inside the row, else what it is described by. */
function rowValues(doc: Document, row: Element): Element[] {
  const own = Array.from(row.querySelectorAll(ROW_VALUE.join(','))).filter(isShown);
  if (own.length > 0) return own;
  const ids = (row.getAttribute(ROW_VALUE_REF) ?? '').split(/\s+/).filter(Boolean).slice(0, 4);
  return ids.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null && isShown(el));
}

/**
 * On the Photo tagging screen the checkbox decides (ticked = others may tag = risky); when it is
 * ticked, the checked radio names which risky value. A checked radio that says "Off" under a
 * ticked checkbox is a contradiction: unknown.
 */
function nameTaggingValue(doc: Document, reading: SettingReading): SettingReading {
  if (reading.status !== 'risky') return reading;
  const entry = photoTagging();
  const lang = pageLang(doc);
  const checked = Array.from(doc.querySelectorAll(TAGGING_RADIO.join(','))).filter(
    (r) => isShown(r) && ((r as HTMLInputElement).checked === true || r.getAttribute('aria-checked') === 'true'),
  );
  if (checked.length !== 1) return reading;
  const radio = checked[0]!;
  const name = cleanValue(radio.closest('label')?.textContent ?? radio.getAttribute('aria-label') ?? '');
  const choice = matchChoice(matchForm(name), entry.choices ?? [], lang);
  if (choice === null || choice === 'conflict') return reading;
  if (choice.verdict === 'safe') return unknown('conflict', name || null);
  return { ...reading, value: name };
}
