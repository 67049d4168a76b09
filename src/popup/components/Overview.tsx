import { useT } from '../../ui/i18n';
import { staleSteps, type SiteView } from '../../ui/status';
import type { SiteId } from '../../shared/site-ids';
import { SiteCard } from './SiteCard';

export function Overview({ views, onOpen, onReport, onRecheck, now }: {
  views: SiteView[]; onOpen: (id: SiteId) => void; onReport: () => void; onRecheck: (settingId: string) => void; now: number;
}) {
  const t = useT();
  const nothingYet = views.every((v) => v.lastCheckedAt === null);
  const stale = staleSteps(views, now);
  return (
    <main class="overview">
      {nothingYet && <p class="empty">{t('popup_empty')}</p>}
      {stale.length > 0 && (
        <div class="notice" role="status">
          <p>{t('popup_recheck_body', stale.length)}</p>
          <button type="button" class="primary" onClick={() => onRecheck(stale[0]!.entry.id)}>{t('popup_recheck_button')}</button>
        </div>
      )}
      <ul class="cards">
        {views.map((v) => <SiteCard key={v.site.id} view={v} onOpen={() => onOpen(v.site.id)} />)}
      </ul>
      <button type="button" class="secondary wide" onClick={onReport}>{t('popup_open_report')}</button>
    </main>
  );
}
