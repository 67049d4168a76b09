import type { UiLang, Wording } from '../types';
import { matchForm } from './text';

/**
 * The page's UI language, from `<html lang>` only (the platforms set it from the account's language
 * setting; the text of posts says nothing about the UI). null when it is none of Jaga's languages.
 *
 * Chinese: Jaga's `zh` wordings are Simplified (zh_CN, as Malaysian Chinese readers use). A
 * Traditional page (zh-TW, zh-HK, zh-MO, zh-Hant…) is therefore null: its labels are different
 * characters, and reading it with Simplified keys would only ever say "not found" for the wrong
 * reason. null makes every setting read `unknown` / 'unverified-language', which is the truth.
 */
export function pageLang(doc: Document): UiLang | null {
  return langFromTag(doc.documentElement?.getAttribute('lang') ?? '');
}

/** BCP 47 tag -> UiLang; exported for tests and for sites that learn the language elsewhere. */
export function langFromTag(tag: string): UiLang | null {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
  const [primary, ...rest] = parts;
  switch (primary) {
    case 'en':
      return 'en';
    case 'ms':
      return 'ms';
    case 'ta':
      return 'ta';
    case 'zh': {
      if (rest.includes('hant')) return null;
      if (rest.includes('hans')) return 'zh';
      // No script subtag: the region decides. Taiwan, Hong Kong and Macau write Traditional.
      if (rest.some((r) => r === 'tw' || r === 'hk' || r === 'mo')) return null;
      return 'zh';
    }
    default:
      return null;
  }
}

/**
 * The texts usable as match keys for `lang`: only wordings whose provenance is `platform` or
 * `observed` (a machine `translation` is never matched), in `matchForm()`, without duplicates or
 * empty strings. An empty result means: Jaga has no verified wording in this language.
 */
export function matchKeys(wordings: readonly Wording[], lang: UiLang | null): string[] {
  if (lang === null) return [];
  const keys = new Set<string>();
  for (const w of wordings) {
    if (w.lang !== lang || w.source === 'translation') continue;
    const k = matchForm(w.text);
    if (k !== '') keys.add(k);
  }
  return [...keys];
}
