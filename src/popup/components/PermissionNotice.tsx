import { useT } from '../../ui/i18n';

export function PermissionNotice({ onRequest }: { onRequest: () => void }) {
  const t = useT();
  return (
    <div class="notice warn" role="alert">
      <p>{t('popup_permission_missing')}</p>
      <button type="button" class="primary" onClick={onRequest}>{t('popup_permission_grant')}</button>
    </div>
  );
}
