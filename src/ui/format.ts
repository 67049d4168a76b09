import type { Locale } from '../shared/locales';
import { langTag } from './i18n';

/** "28 Nov 2026, 18:20" in the parent's language; empty for null. */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(langTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
