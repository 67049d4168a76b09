import { useT } from '../../ui/i18n';
import type { SiteView } from '../../ui/status';
import type { SiteId } from '../../shared/site-ids';
import { SiteCard } from './SiteCard';

export function Overview({ views, onOpen, onReport }: { views: SiteView[]; onOpen: (id: SiteId) => void; onReport: () => void }) {
  const t = useT();
  const nothingYet = views.every((v) => v.lastCheckedAt === null);
  return (
    <main class="overview">
      {nothingYet && <p class="empty">{t('popup_empty')}</p>}
      <ul class="cards">
        {views.map((v) => <SiteCard key={v.site.id} view={v} onOpen={() => onOpen(v.site.id)} />)}
      </ul>
      <button type="button" class="secondary wide" onClick={onReport}>{t('popup_open_report')}</button>
    </main>
  );
}
