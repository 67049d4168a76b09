import { useT } from '../../ui/i18n';
import type { Notice } from '../../shared/storage';

export function Notices({ notices }: { notices: Notice[] }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div class="notice" role="status">
      {notices.map((n) => <p key={n}>{t(`popup_notice_${n.replace(/-/g, '_')}`)}</p>)}
    </div>
  );
}
