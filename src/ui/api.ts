/**
 * The extension pages' side of the data: they READ the stored state straight from storage.local (the
 * same validation as the background, so no waiting for a service worker that may be asleep), and ASK the
 * background for every change, which it writes before answering. Errors are values.
 */
import { ext } from './ext';
import type { PopupMessage, Reply } from '../shared/messages';
import { readState, type State, type Notice, type StorageArea } from '../shared/storage';
import { resolveLocale, type Locale } from '../shared/locales';
import type { Report } from '../shared/report-schema';

export interface StateReply {
  state: State;
  notices: Notice[];
  locale: Locale;
  version: string;
}

export async function ask<T>(message: PopupMessage): Promise<T> {
  const reply = (await ext.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('no answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** The stored state, validated (what fails validation is dropped and reported as a notice). */
export async function getState(): Promise<StateReply> {
  // A read that fails throws (readState): an error to show, not an empty store (the first-run screen).
  const { state, notices } = await readState(ext.storage.local as unknown as StorageArea);
  return {
    state,
    notices,
    locale: resolveLocale(state.prefs.locale, ext.i18n.getUILanguage()),
    version: ext.runtime.getManifest().version,
  };
}

export const exportReport = () => ask<Report>({ type: 'popup/export-report' });

/** Call `onChange` whenever Jaga's stored data changes (a reading arrives, a post is flagged). */
export function onStorageChange(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') onChange();
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}
