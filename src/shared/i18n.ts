/**
 * Jaga's own translator. chrome.i18n cannot switch language at run time, and the popup lets the parent
 * pick one, so the pages import the same _locales files the browser uses and look keys up themselves.
 */
import type { Locale } from './locales';

export interface MessageEntry {
  message: string;
  description?: string;
}
export type MessageTable = Record<string, MessageEntry>;
export type Translate = (key: string, ...substitutions: Array<string | number>) => string;

/** Look `key` up in the locale's table, falling back to English, then to the key itself (never blank). */
export function makeTranslator(tables: Partial<Record<Locale, MessageTable>>, locale: Locale): Translate {
  const primary = tables[locale] ?? {};
  const fallback = tables.en ?? {};
  return (key, ...subs) => {
    const template = primary[key]?.message ?? fallback[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (whole, n: string) => {
      const value = subs[Number(n) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}
