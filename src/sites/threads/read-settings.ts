import type { SettingReading } from '../../shared/readings';
import { matchKeys, pageLang } from '../common/labels';
import { readCatalogueSettings } from '../common/read-control';
import { DISABLED_COPY, EXCLUDED_REGIONS } from '../common/selectors';
import { cap, matchForm, RAW_MAX } from '../common/text';
import { CATALOGUE } from './catalogue';
import { CHOOSER_DIALOG, CHOOSER_OPTION } from './selectors';
import { shownOutside } from '../common/shown';

/**
 * Threads Settings -> Privacy -> readings. The shared engine reads both settings: the "Private
 * profile" switch beside its label, and the Mentions chooser as a radio group named by its heading.
 *
 * What Threads adds: the Mentions choices are only on screen while the chooser the "Mentions" row
 * opens is open (no URL of its own is known). With the chooser closed the engine would say
 * `unknown` / 'not-found' — and since a stored reading is replaced by the newest one, every visit
 * to the privacy page would wipe the parent's Mentions tick and raise "couldn't read this page
 * reliably". So, as for the in-app panels of WhatsApp Web and Telegram Web, the Mentions reading is
 * LEFT OUT while the chooser is closed (the last reading stands; the popup's path tells the parent
 * to open "Mentions"). It is kept — and stays `unknown` — whenever anything of the chooser is on
 * screen (a radio, a radio group, or a dialog naming Mentions) but cannot be read; and every other
 * `unknown` (language, ambiguity, conflict, unknown value) is always reported.
 */
export function readSettings(doc: Document, page: string): SettingReading[] {
  const readings = readCatalogueSettings(doc, CATALOGUE, page);
  if (page !== 'settings:privacy') return readings;
  return readings.filter((r) => !(r.id === MENTIONS && r.status === 'unknown' && r.why === 'not-found' && !chooserShown(doc)));
}

const MENTIONS = 'threads.mentions';
const EXCLUDED = [...EXCLUDED_REGIONS, DISABLED_COPY].join(',');

/** Shown to the parent: not in a post, a hidden or inert region, a disabled copy, or styled invisible. */
const isShown = (el: Element): boolean => shownOutside(el, EXCLUDED);

/** Anything of the Mentions chooser on screen: an option, a group, or a dialog that names Mentions. */
export function chooserShown(doc: Document): boolean {
  if (Array.from(doc.querySelectorAll(CHOOSER_OPTION.join(','))).some(isShown)) return true;
  const entry = CATALOGUE.find((e) => e.id === MENTIONS);
  // Any language: a dialog is a chooser only if it names Mentions in a wording Jaga can match.
  const keys = entry ? matchKeys(entry.labels, pageLang(doc)) : [];
  if (keys.length === 0) return false;
  return Array.from(doc.querySelectorAll(CHOOSER_DIALOG.join(','))).some((d) => {
    if (!isShown(d)) return false;
    const text = matchForm(cap(d.textContent ?? '', RAW_MAX));
    return keys.some((k) => text.includes(k));
  });
}
