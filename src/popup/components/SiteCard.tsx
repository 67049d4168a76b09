import { useT } from '../../ui/i18n';
import { SITE_NAMES } from '../../ui/site-names';
import type { SiteView } from '../../ui/status';

export function nextStep(view: SiteView) {
  return view.steps.find((s) => s.status !== 'safe' && s.status !== 'manual');
}

export function SiteCard({ view, onOpen }: { view: SiteView; onOpen: () => void }) {
  const t = useT();
  const total = view.steps.length;
  const done = view.safe + view.manual;
  const next = nextStep(view);
  const unchecked = view.lastCheckedAt === null;
  return (
    <li class="card">
      <button type="button" class="card-button" onClick={onOpen}>
        <span class="card-title">{SITE_NAMES[view.site.id]}</span>
        <span class="progress" aria-hidden="true">
          <span class="bar" style={{ width: total ? `${Math.round((done / total) * 100)}%` : '0%' }} />
        </span>
        {unchecked ? (
          <span class="card-line">{t('popup_card_unchecked', SITE_NAMES[view.site.id])}</span>
        ) : (
          <>
            <span class="card-line">{t('popup_card_progress', done, total)}</span>
            {view.risky > 0 && <span class="card-line risky">✗ {t('popup_card_risky', view.risky)}</span>}
            {view.unknown > 0 && <span class="card-line unknown">? {t('popup_card_unknown', view.unknown)}</span>}
            {view.flagged > 0 && <span class="card-line risky">⚠ {t('popup_card_flagged', view.flagged)}</span>}
            {view.health && <span class="card-line unknown">? {t('popup_health_title')}</span>}
          </>
        )}
        {next && !unchecked && <span class="card-line next">{t('popup_card_next')}: {t(next.entry.stepKey)}</span>}
      </button>
    </li>
  );
}
