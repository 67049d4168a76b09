/**
 * The pages' translator. English (the fallback) is bundled; the parent's language, if another, is
 * loaded as its own chunk before the first render; the other languages' tables never reach the page.
 * The bundled tables carry messages only (vite.config.ts drops the translators' descriptions).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeTranslator, type MessageTable, type Translate } from '../shared/i18n';
import type { Locale } from '../shared/locales';
import en from '../../public/_locales/en/messages.json';

/** English is in the page's own script (every page needs it at once); the others load on demand. */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: MessageTable }>> = {
  ms: () => import('../../public/_locales/ms/messages.json'),
  zh_CN: () => import('../../public/_locales/zh_CN/messages.json'),
  ta: () => import('../../public/_locales/ta/messages.json'),
};

const loaded: Partial<Record<Locale, MessageTable>> = { en };
const loading = new Map<Locale, Promise<void>>();

function loadOne(locale: Locale): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  let p = loading.get(locale);
  if (!p) {
    p = LOADERS[locale]().then((m) => {
      loaded[locale] = m.default;
    });
    loading.set(locale, p);
    // A failed load may be tried again.
    p.catch(() => loading.delete(locale));
  }
  return p;
}

/** Load `locale` and English; resolves once `translatorFor(locale)` has both. */
export function loadLocale(locale: Locale): Promise<void> {
  return Promise.all([loadOne('en'), loadOne(locale)]).then(() => undefined);
}

/**
 * Start loading English (every page needs it) and `likely` (the browser's language, which is the
 * parent's unless they picked another) now, while the stored choice is still being read.
 */
export function preloadLocales(likely: Locale): void {
  void loadLocale(likely).catch(() => undefined);
}

/** A translator over what is loaded: the locale, then English, then the key itself (never blank). */
export const translatorFor = (locale: Locale): Translate => makeTranslator(loaded, locale);

export const I18nContext = createContext<Translate>((key, ...subs) => translatorFor('en')(key, ...subs));
export const useT = () => useContext(I18nContext);

/** BCP 47 tag for <html lang> and Intl. */
export const langTag = (locale: Locale) => (locale === 'zh_CN' ? 'zh-CN' : locale);
