import type { CatalogueEntry } from './types';
import type { Translate } from '../shared/i18n';

/** The setting's English label as the platform shows it (what the parent looks for on the page). */
export function platformLabel(entry: CatalogueEntry): string {
  return entry.labels.find((l) => l.lang === 'en')?.text ?? entry.id;
}

/** A label for reports: the platform's own English wording; `t` is kept for future localized titles. */
export function wordingFor(entry: CatalogueEntry, _t?: Translate): string {
  return platformLabel(entry);
}
