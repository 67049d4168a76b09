import { useT } from '../../ui/i18n';

export function FirstRun({ onStart }: { onStart: () => void }) {
  const t = useT();
  return (
    <main class="first-run">
      <h2>{t('popup_firstrun_title')}</h2>
      <p>{t('popup_firstrun_what')}</p>
      <p>{t('popup_firstrun_how')}</p>
      <p><strong>{t('popup_firstrun_private')}</strong></p>
      <button type="button" class="primary" onClick={onStart} autoFocus>{t('popup_firstrun_start')}</button>
    </main>
  );
}
