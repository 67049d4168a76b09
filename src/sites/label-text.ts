import type { CatalogueEntry } from './types';

/** The setting's English label as the platform shows it (what the parent looks for on the page). */
export function platformLabel(entry: CatalogueEntry): string {
  return entry.labels.find((l) => l.lang === 'en')?.text ?? entry.id;
}
