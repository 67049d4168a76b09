/**
 * The pages' view of the stored state: read at once, read again on every storage change (a burst of
 * changes while a feed is scanned becomes one more read, never a pile of them, and never an older
 * state shown after a newer one), with the parent's language loaded before anything is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getState, onStorageChange, type StateReply } from './api';
import { loadLocale } from './i18n';

/**
 * The stored state, once the parent's language is loaded too. A language table that cannot be loaded
 * (a chunk missing after an update) leaves the pages in English, which is always there: the parent still
 * sees their checklist, never an error screen for want of a translation.
 */
export async function readWithLanguage(): Promise<StateReply> {
  const reply = await getState();
  await loadLocale(reply.locale).catch(() => undefined);
  return reply;
}

/** A read started before the first render, and whether storage changed since (so it may be stale). */
export interface EarlyRead {
  read: Promise<StateReply>;
  /** Stop watching; true when storage changed after the read began. */
  changedSince: () => boolean;
}

/** main.tsx starts the first read at once: Preact runs effects (where the hook would) only after a frame. */
export function startReading(): EarlyRead {
  let changed = false;
  const stop = onStorageChange(() => void (changed = true));
  const read = readWithLanguage();
  read.catch(() => undefined); // the hook handles it; not an unhandled rejection meanwhile
  return { read, changedSince: () => (stop(), changed) };
}

export function useStoredState(first?: EarlyRead): { reply: StateReply | null; error: string | null; reload: () => void } {
  const [reply, setReply] = useState<StateReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const again = useRef(false);

  const pending = useRef(first?.read);
  const reload = useCallback(() => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    const read = pending.current ?? readWithLanguage();
    pending.current = undefined;
    read
      .then((r) => {
        setReply(r);
        setError(null);
      }, async (e: unknown) => {
        // The error is shown in English at least: make sure that table is there.
        await loadLocale('en').catch(() => undefined);
        setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        busy.current = false;
        if (again.current) {
          again.current = false;
          reload();
        }
      });
  }, []);

  useEffect(() => {
    const stop = onStorageChange(reload);
    reload();
    if (first?.changedSince()) reload(); // runs again once the early read is done
    return stop;
  }, [reload]); // `first` is used once, on mount

  return { reply, error, reload };
}
