import { useT } from '../../ui/i18n';
import { LOCALE_CHOICES, type LocaleChoice } from '../../shared/locales';

/** The language names are written in their own language, so a parent can find theirs. */
const NATIVE: Record<LocaleChoice, string> = { auto: '', en: 'English', ms: 'Bahasa Melayu', zh_CN: '中文（简体）', ta: 'தமிழ்' };

export function Header({ locale, onLocale }: { locale: LocaleChoice; onLocale: (l: LocaleChoice) => void }) {
  const t = useT();
  return (
    <header class="header">
      <h1>{t('popup_title')}</h1>
      <label class="lang">
        <span>{t('popup_language')}</span>
        <select value={locale} onChange={(e) => onLocale((e.currentTarget as HTMLSelectElement).value as LocaleChoice)}>
          {LOCALE_CHOICES.map((l) => (
            <option value={l} key={l}>{l === 'auto' ? t('popup_language_auto') : NATIVE[l]}</option>
          ))}
        </select>
      </label>
    </header>
  );
}
