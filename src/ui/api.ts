/** The extension pages' side of messaging: typed requests to the background, errors as values. */
import browser from 'webextension-polyfill';
import type { PopupMessage, Reply } from '../shared/messages';
import type { State, Notice } from '../shared/storage';
import type { Locale } from '../shared/locales';
import type { Report } from '../shared/report-schema';

export interface StateReply {
  state: State;
  notices: Notice[];
  locale: Locale;
  version: string;
}

export async function ask<T>(message: PopupMessage): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('no answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

export const getState = () => ask<StateReply>({ type: 'popup/get-state' });
export const exportReport = () => ask<Report>({ type: 'popup/export-report' });

/** Call `onChange` whenever Jaga's stored data changes (a reading arrives, a post is flagged). */
export function onStorageChange(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
