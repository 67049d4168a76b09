import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeTranslator, type Translate } from '../shared/i18n';
import { LOCALE_TABLES } from '../shared/locale-tables';
import type { Locale } from '../shared/locales';

export const I18nContext = createContext<Translate>(makeTranslator(LOCALE_TABLES, 'en'));
export const useT = () => useContext(I18nContext);
export const translatorFor = (locale: Locale) => makeTranslator(LOCALE_TABLES, locale);

/** BCP 47 tag for <html lang> and Intl. */
export const langTag = (locale: Locale) => (locale === 'zh_CN' ? 'zh-CN' : locale);
