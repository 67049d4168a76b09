import type { PopupMessage } from '../../shared/messages';
import type { BackgroundDeps } from '../deps';
import { withState, save } from '../store';
import { resolveLocale } from '../../shared/locales';
import { makeTranslator } from '../../shared/i18n';
import { LOCALE_TABLES } from '../../shared/locale-tables';
import { reportSchema } from '../../shared/report-schema';
import { buildReport } from '../report';
import { riskyCount } from '../summary';
import { badgeText } from './content';
import { SITES } from '../../sites/index';

type Msg<T extends PopupMessage['type']> = Extract<PopupMessage, { type: T }>;

export async function getState(_msg: Msg<'popup/get-state'>, deps: BackgroundDeps) {
  return withState(deps.area, (state, notices) => ({
    state,
    notices,
    locale: resolveLocale(state.prefs.locale, deps.uiLanguage),
    version: deps.version,
  }));
}

export async function exportReport(_msg: Msg<'popup/export-report'>, deps: BackgroundDeps) {
  return withState(deps.area, (state) => {
    const t = makeTranslator(LOCALE_TABLES, resolveLocale(state.prefs.locale, deps.uiLanguage));
    // Validate what we hand out: the schema is a contract with outside tools.
    return reportSchema.parse(buildReport(state, deps.version, deps.now(), t));
  });
}

export async function forgetEverything(_msg: Msg<'popup/forget-everything'>, deps: BackgroundDeps) {
  return withState(deps.area, async () => {
    await deps.area.clear();
    await deps.setBadge('');
    return { forgotten: true };
  });
}

export async function setLocale(msg: Msg<'popup/set-locale'>, deps: BackgroundDeps) {
  return withState(deps.area, async (state) => {
    await save(deps.area, { prefs: { ...state.prefs, locale: msg.locale } });
    return { locale: resolveLocale(msg.locale, deps.uiLanguage) };
  });
}

export async function firstRunSeen(_msg: Msg<'popup/first-run-seen'>, deps: BackgroundDeps) {
  return withState(deps.area, async (state) => {
    await save(deps.area, { prefs: { ...state.prefs, firstRunSeen: true } });
    return { firstRunSeen: true };
  });
}

/** "I can't find it" → marked done by hand; shown apart from a verified tick. */
export async function markDone(msg: Msg<'popup/mark-done'>, deps: BackgroundDeps) {
  return withState(deps.area, async (state) => {
    if (msg.done) state.progress[msg.id] = { manualAt: deps.now().toISOString() };
    else delete state.progress[msg.id];
    await save(deps.area, { progress: state.progress });
    await deps.setBadge(badgeText(riskyCount(state)));
    return { done: msg.done };
  });
}

/** "Open this setting": remember it for the page's guide, then open the page the catalogue names. */
export async function openSetting(msg: Msg<'popup/open-setting'>, deps: BackgroundDeps) {
  const entry = SITES.flatMap((s) => s.catalogue).find((e) => e.id === msg.id);
  if (!entry) throw new Error('unknown setting');
  await withState(deps.area, async () => {
    await save(deps.area, { guide: { id: entry.id, at: deps.now().toISOString() } });
  });
  await deps.openTab(entry.url);
  return { opened: entry.url };
}
