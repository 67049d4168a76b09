/** The message tables of every locale, bundled into the extension pages and the background. */
import en from '../../public/_locales/en/messages.json';
import ms from '../../public/_locales/ms/messages.json';
import zh_CN from '../../public/_locales/zh_CN/messages.json';
import ta from '../../public/_locales/ta/messages.json';
import type { Locale } from './locales';
import type { MessageTable } from './i18n';

export const LOCALE_TABLES: Record<Locale, MessageTable> = { en, ms, zh_CN, ta };
