/** Full-page report: checklist per platform, flagged posts (text only), JSON export, forget everything. */
import { useEffect, useState } from 'preact/hooks';
import { ask, exportReport } from '../ui/api';
import { useStoredState, type EarlyRead } from '../ui/use-stored-state';
import { I18nContext, translatorFor, langTag } from '../ui/i18n';
import { allSiteViews, noFlaggedKey } from '../ui/status';
import { SITE_NAMES } from '../ui/site-names';
import { formatDate } from '../ui/format';
import { safeHref } from '../ui/safe-href';
import { evidenceList } from '../ui/reasons';
import { labelFor } from '../sites/catalogues';
import { downloadJson } from './download';
import { shownValue } from '../ui/values';
import type { Translate } from '../shared/i18n';

export function ReportPage({ first }: { first?: EarlyRead } = {}) {
  const { reply, error: readError, reload: load } = useStoredState(first);
  // A failed download or forget is shown beside the report; only a failed read replaces the page.
  const [actionError, setActionError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [forgotten, setForgotten] = useState(false);

  useEffect(() => {
    if (reply) {
      document.documentElement.lang = langTag(reply.locale);
      document.title = translatorFor(reply.locale)('report_title');
    }
  }, [reply?.locale]);

  if (readError) return <main role="alert"><p>{translatorFor('en')('popup_error')}</p><p class="small">{readError}</p></main>;
  if (!reply) return <main aria-busy="true" />;
  const t: Translate = translatorFor(reply.locale);
  const views = allSiteViews(reply.state);

  const download = () => {
    setActionError(null);
    void exportReport().then((r) => downloadJson(r), (e: unknown) => setActionError(String(e)));
  };
  const forget = () => {
    setActionError(null);
    void ask({ type: 'popup/forget-everything' }).then(() => {
      setConfirming(false);
      setForgotten(true);
      load();
    }, (e: unknown) => {
      setActionError(String(e));
      load(); // show what storage holds now, whatever was or was not deleted
    });
  };

  return (
    <I18nContext.Provider value={t}>
      <main class="report">
        <header>
          <h1>{t('report_title')}</h1>
          <p class="small">{t('report_generated', formatDate(new Date().toISOString(), reply.locale), reply.version)}</p>
          <p>{t('report_intro')}</p>
        </header>
        <div class="actions no-print">
          <button type="button" class="primary" onClick={download}>{t('report_download_json')}</button>
          <button type="button" class="secondary" onClick={() => print()}>{t('report_print')}</button>
          {!confirming ? (
            <button type="button" class="secondary danger" onClick={() => setConfirming(true)}>{t('report_forget')}</button>
          ) : (
            <div class="confirm" role="alertdialog" aria-labelledby="forget-q">
              <p id="forget-q">{t('report_forget_confirm')}</p>
              <button type="button" class="primary danger" onClick={forget} autoFocus>{t('report_forget_yes')}</button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t('report_forget_no')}</button>
            </div>
          )}
          {forgotten && <p role="status">{t('report_forgotten')}</p>}
          {actionError && (
            <div class="notice warn" role="alert">
              <p>{t('report_action_failed')}</p>
              <p class="small">{actionError}</p>
            </div>
          )}
        </div>
        <table class="summary">
          <caption class="small">{t('report_summary')}</caption>
          <thead><tr><th scope="col">{t('report_col_platform')}</th><th scope="col">{t('report_col_done')}</th><th scope="col">{t('report_col_posts')}</th></tr></thead>
          <tbody>
            {views.map((v) => (
              <tr key={v.site.id}>
                <td>{SITE_NAMES[v.site.id]}</td>
                <td>{v.lastCheckedAt ? t('popup_card_progress', v.safe + v.manual, v.steps.length) : t('report_never_checked')}</td>
                {/* 0 posts to review means "all clear" only when Jaga has looked at some. */}
                <td>{v.postsScanned > 0 ? v.flagged : t('report_posts_none_scanned')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {views.map((view) => (
          <section class="platform" key={view.site.id} aria-labelledby={`h-${view.site.id}`}>
            <h2 id={`h-${view.site.id}`}>{SITE_NAMES[view.site.id]}</h2>
            <p class="small">
              {view.lastCheckedAt ? t('report_last_checked', formatDate(view.lastCheckedAt, reply.locale)) : t('report_never_checked')}
              {' · '}{t('report_posts_scanned', reply.state.sites[view.site.id].postsScanned)}
            </p>
            <table>
              <thead><tr><th scope="col">{t('report_col_status')}</th><th scope="col">{t('report_col_setting')}</th><th scope="col">{t('report_col_value')}</th></tr></thead>
              <tbody>
                {view.steps.map((s) => (
                  <tr key={s.entry.id} data-setting={s.entry.id} data-status={s.status}>
                    <td class={`status status-${s.status}`}>{t(`status_${s.status}`)}</td>
                    <td>{labelFor(s.entry.id)}<br /><span class="small">{t(s.entry.stepKey)}</span></td>
                    <td>{shownValue(s.value, t) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('popup_flagged_title', view.flagged)}</h3>
            {view.flagged === 0 ? <p class="small">{t(noFlaggedKey(view))}</p> : (
              <ul class="posts">
                {Object.values(reply.state.sites[view.site.id].flagged).map((p) => {
                  const href = safeHref(p.url);
                  return (
                    <li key={p.key}>
                      <p class="excerpt">{p.excerpt || t('popup_flagged_no_caption')}</p>
                      <p class="small">{t(`audience_${p.audience}`)} · {evidenceList(p).join(', ')}</p>
                      {href && <p class="small url">{href}</p>}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </main>
    </I18nContext.Provider>
  );
}
