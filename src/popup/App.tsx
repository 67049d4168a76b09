/**
 * Popup container: reads the stored state (straight from storage, not through the service worker),
 * follows its changes, and picks the screen. Until the state and the parent's language are loaded it
 * shows the header and a neutral placeholder, never a screen that might be the wrong one.
 */
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../ui/ext';
import { ask } from '../ui/api';
import { useStoredState, type EarlyRead } from '../ui/use-stored-state';
import { I18nContext, translatorFor, langTag } from '../ui/i18n';
import { allSiteViews } from '../ui/status';
import type { LocaleChoice } from '../shared/locales';
import { FirstRun } from './components/FirstRun';
import { Overview } from './components/Overview';
import { loadSiteDetail, type SiteDetailModule } from './load-site-detail';
import { Header } from './components/Header';
import { PermissionNotice } from './components/PermissionNotice';
import { Notices } from './components/Notices';
import type { SiteId } from '../shared/site-ids';
import { hostPermissionsGranted, requestHostPermissions } from '../ui/permissions';
import { Loading, LoadingMain } from './components/Loading';

export function App({ first }: { first?: EarlyRead } = {}) {
  const { reply, error, reload: load } = useStoredState(first);
  const [open, setOpen] = useState<SiteId | null>(null);
  const [granted, setGranted] = useState<boolean | null>(null);
  /** A change the parent made that could not be saved: shown, never swallowed; the rest still works. */
  const [saveError, setSaveError] = useState<string | null>(null);
  /** The platform screen's chunk, loaded after the first screen is drawn (see load-site-detail.ts). */
  const [detail, setDetail] = useState<SiteDetailModule | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);

  useEffect(() => {
    void hostPermissionsGranted().then(setGranted);
  }, []);

  useEffect(() => {
    if (reply) document.documentElement.lang = langTag(reply.locale);
  }, [reply?.locale]);

  const shown = reply !== null;
  useEffect(() => {
    if (!shown || detail) return;
    void loadSiteDetail().then((m) => {
      setDetail(m);
      setDetailError(null);
    }, (e: unknown) => setDetailError(e instanceof Error ? e.message : String(e)));
  }, [shown, open]); // again when a platform is opened, should the first load have failed

  if (error) {
    const t = translatorFor('en');
    return <main class="error" role="alert"><p>{t('popup_error')}</p><p class="small">{error}</p></main>;
  }
  if (!reply) return <Loading />;

  const t = translatorFor(reply.locale);
  const act = (p: Promise<unknown>) =>
    p.then(() => {
      setSaveError(null);
      load();
    }, (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)));
  const setLocale = (locale: LocaleChoice) => act(ask({ type: 'popup/set-locale', locale }));
  const openReport = () => void ext.tabs.create({ url: ext.runtime.getURL('src/report/index.html') });
  const views = allSiteViews(reply.state);
  const current = open ? views.find((v) => v.site.id === open) : undefined;

  return (
    <I18nContext.Provider value={t}>
      <Header locale={reply.state.prefs.locale} onLocale={setLocale} />
      {granted === false && <PermissionNotice onRequest={() => void requestHostPermissions().then(setGranted)} />}
      <Notices notices={reply.notices} />
      {saveError && (
        <div class="notice warn" role="alert">
          <p>{t('popup_save_failed')}</p>
          <p class="small">{saveError}</p>
        </div>
      )}
      {!reply.state.prefs.firstRunSeen ? (
        <FirstRun onStart={() => act(ask({ type: 'popup/first-run-seen' }))} />
      ) : current && detail ? (
        <detail.SiteDetail
          view={current}
          state={reply.state}
          onBack={() => setOpen(null)}
          actions={{
            onOpen: (id) => act(ask({ type: 'popup/open-setting', id })),
            onMarkDone: (id, done) => act(ask({ type: 'popup/mark-done', id, done })),
          }}
        />
      ) : current ? (
        detailError ? (
          <main class="error" role="alert"><p>{t('popup_error')}</p><p class="small">{detailError}</p></main>
        ) : (
          <LoadingMain />
        )
      ) : (
        <Overview views={views} onOpen={setOpen} onReport={openReport} onRecheck={(id) => act(ask({ type: 'popup/open-setting', id }))} now={Date.now()} />
      )}
    </I18nContext.Provider>
  );
}
