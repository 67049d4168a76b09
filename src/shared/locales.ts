/** Jaga's own UI languages (Chrome's _locales folder names). */
export const LOCALES = ['en', 'ms', 'zh_CN', 'ta'] as const;
export type Locale = (typeof LOCALES)[number];
/** What the parent can pick in the popup: a language, or follow the browser. */
export const LOCALE_CHOICES = ['auto', ...LOCALES] as const;
export type LocaleChoice = (typeof LOCALE_CHOICES)[number];

/** Browser UI language ("ms-MY", "zh-CN", "ta-IN", "en-GB") -> one of ours, English otherwise. */
export function localeFromBrowser(uiLanguage: string): Locale {
  const tag = uiLanguage.toLowerCase();
  if (tag.startsWith('ms')) return 'ms';
  if (tag === 'zh' || tag.startsWith('zh-cn') || tag.startsWith('zh-hans') || tag.startsWith('zh-sg') || tag.startsWith('zh-my')) return 'zh_CN';
  if (tag.startsWith('ta')) return 'ta';
  return 'en';
}

export function resolveLocale(choice: LocaleChoice, uiLanguage: string): Locale {
  return choice === 'auto' ? localeFromBrowser(uiLanguage) : choice;
}
