import type { PopupMessage } from '../../shared/messages';
import type { BackgroundDeps } from '../deps';
import { withState, save, forgetAll } from '../store';
import { resolveLocale } from '../../shared/locales';
import { reportSchema } from '../../shared/report-schema';
import { buildReport } from '../report';
import { SITES } from '../../sites/index';

type Msg<T extends PopupMessage['type']> = Extract<PopupMessage, { type: T }>;

export async function exportReport(_msg: Msg<'popup/export-report'>, deps: BackgroundDeps) {
  return withState(deps, (state) => {
    // Validate what we hand out: the schema is a contract with outside tools.
    return reportSchema.parse(buildReport(state, deps.version, deps.now()));
  });
}

export async function forgetEverything(_msg: Msg<'popup/forget-everything'>, deps: BackgroundDeps) {
  await forgetAll(deps);
  return { forgotten: true };
}

// The parent's own actions: answered once stored, so the popup's next read of storage sees them.

export async function setLocale(msg: Msg<'popup/set-locale'>, deps: BackgroundDeps) {
  return withState(deps, (state) => {
    state.prefs = { ...state.prefs, locale: msg.locale };
    save(deps, 'prefs');
    return { locale: resolveLocale(msg.locale, deps.uiLanguage) };
  });
}

export async function firstRunSeen(_msg: Msg<'popup/first-run-seen'>, deps: BackgroundDeps) {
  return withState(deps, (state) => {
    state.prefs = { ...state.prefs, firstRunSeen: true };
    save(deps, 'prefs');
    return { firstRunSeen: true };
  });
}

/** "I can't find it" → marked done by hand; shown apart from a verified tick. */
export async function markDone(msg: Msg<'popup/mark-done'>, deps: BackgroundDeps) {
  return withState(deps, (state) => {
    if (msg.done) state.progress[msg.id] = { manualAt: deps.now().toISOString() };
    else delete state.progress[msg.id];
    save(deps, 'progress');
    return { done: msg.done };
  });
}

/** "Open this setting": remember it for the page's guide, then open the page the catalogue names. */
export async function openSetting(msg: Msg<'popup/open-setting'>, deps: BackgroundDeps) {
  const entry = SITES.flatMap((s) => s.catalogue).find((e) => e.id === msg.id);
  if (!entry) throw new Error('unknown setting');
  await withState(deps, (state) => {
    state.guide = { id: entry.id, at: deps.now().toISOString() };
    save(deps, 'guide');
  });
  await deps.openTab(entry.url);
  return { opened: entry.url };
}
