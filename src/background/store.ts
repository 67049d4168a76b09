/**
 * The background's copy of Jaga's data: read and validated from storage.local once per worker start,
 * then kept in memory; changes are written back in batches.
 *
 * - Every update runs in one queue, so each sees the previous one's result.
 * - An update marks the keys it changed (`save`); a write is queued behind the updates already waiting
 *   and stores every marked key's in-memory value in ONE storage.local.set (atomic). So a burst (a long
 *   feed sends 50 posts a message, many at once) shares one write, and whatever arrives while a write
 *   is in progress shares the next: the background never falls behind by more than one write, and no
 *   timer delays a reply (a sender that waits for each answer pays nothing extra).
 * - An update's promise resolves only once its change is in storage: the reply to a message means
 *   "stored". A worker killed before that write loses only changes nobody was told were stored, and a
 *   pending reply keeps the worker alive meanwhile. On wake-up, storage is read again: it is the truth.
 * - A failed write rejects every update it carried (and any queued behind it) and drops the memory
 *   copy, so the next update starts again from what storage really holds.
 * - The toolbar badge is set after a successful write, from what was written, and only when it changes.
 * - Only the background writes Jaga's keys (the popup and report read them), so the copy stays right.
 */
import { readState, writeKeys, defaultState, type State, type Notice, type StorageArea } from '../shared/storage';
import type { SiteId } from '../shared/site-ids';
import { badgeText, riskyCount } from './summary';

export type StoredKey = 'prefs' | 'guide' | 'progress' | 'dismissed' | `site:${SiteId}`;

/** What the store needs from the background's deps. */
export interface StoreDeps {
  area: StorageArea;
  setBadge: (text: string) => Promise<void>;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

class Store {
  queue: Promise<unknown> = Promise.resolve();
  loaded: { state: State; notices: Notice[] } | null = null;
  dirty = new Set<StoredKey>();
  waiters: Waiter[] = [];
  /** A write is queued and has not started: later updates join it. */
  writeQueued = false;
  /** Keys marked by the update running now (updates run one at a time). */
  marked = false;
  lastBadge: string | undefined;
  constructor(readonly deps: StoreDeps) {}
}

const stores = new WeakMap<StorageArea, Store>();

function storeFor(deps: StoreDeps): Store {
  let store = stores.get(deps.area);
  if (!store) {
    store = new Store(deps);
    stores.set(deps.area, store);
  }
  return store;
}

async function load(store: Store): Promise<{ state: State; notices: Notice[] }> {
  if (store.loaded) return store.loaded;
  // A read that fails throws (readState) and is not kept: it must not become "defaults" that the next
  // write would store over real data.
  const loaded = await readState(store.deps.area);
  store.loaded = loaded;
  return loaded;
}

function valueOf(state: State, key: StoredKey): unknown {
  switch (key) {
    case 'prefs':
      return state.prefs;
    case 'guide':
      return state.guide;
    case 'progress':
      return state.progress;
    case 'dismissed':
      return state.dismissed;
    default:
      return state.sites[key.slice('site:'.length) as SiteId];
  }
}

/** Write every marked key in one set; runs inside the queue, so no update changes the state meanwhile. */
async function flush(store: Store): Promise<void> {
  store.writeQueued = false;
  const waiters = store.waiters;
  const loaded = store.loaded;
  const keys = [...store.dirty];
  store.dirty = new Set();
  store.waiters = [];
  if (keys.length === 0 || !loaded) {
    for (const w of waiters) w.resolve();
    return;
  }
  try {
    await writeKeys(store.deps.area, Object.fromEntries(keys.map((k) => [k, valueOf(loaded.state, k)])));
  } catch (error) {
    store.loaded = null;
    for (const w of waiters) w.reject(error);
    return;
  }
  const text = badgeText(riskyCount(loaded.state));
  if (text !== store.lastBadge) {
    try {
      await store.deps.setBadge(text);
      store.lastBadge = text;
    } catch {
      // The data is stored; the badge is only a hint and is set again with the next write.
    }
  }
  for (const w of waiters) w.resolve();
}

function enqueue<T>(store: Store, task: () => Promise<T>): Promise<T> {
  const run = store.queue.then(task);
  store.queue = run.catch(() => undefined);
  return run;
}

/** Queue a write behind the updates already waiting, unless one is queued (it will carry this too). */
function schedule(store: Store): void {
  if (store.writeQueued) return;
  store.writeQueued = true;
  void enqueue(store, () => flush(store));
}

/**
 * Run `fn` on the state, after every earlier update. Resolves with its result once what it changed
 * (the keys it passed to `save`) is in storage; rejects if that write fails.
 */
export function withState<T>(deps: StoreDeps, fn: (state: State, notices: Notice[]) => Promise<T> | T): Promise<T> {
  const store = storeFor(deps);
  const run = enqueue(store, async () => {
    const { state, notices } = await load(store);
    store.marked = false;
    let value: T;
    try {
      value = await fn(state, notices);
    } finally {
      // Whatever was marked is a change made to the memory copy: it must reach storage either way.
      if (store.marked) schedule(store);
    }
    if (!store.marked) return { value, stored: Promise.resolve() };
    const stored = new Promise<void>((resolve, reject) => store.waiters.push({ resolve, reject }));
    return { value, stored };
  });
  return run.then(({ value, stored }) => stored.then(() => value));
}

/** Mark keys the running update changed in the state it was given; the next write stores them. */
export function save(deps: StoreDeps, ...keys: StoredKey[]): void {
  const store = storeFor(deps);
  for (const key of keys) store.dirty.add(key);
  if (keys.length > 0) store.marked = true;
}

/**
 * "Forget everything": write what is pending (its updates were answered or are about to be), then
 * clear storage and start again from defaults. On failure nothing in memory is trusted any more.
 */
export function forgetAll(deps: StoreDeps): Promise<void> {
  const store = storeFor(deps);
  return enqueue(store, async () => {
    await flush(store);
    try {
      await deps.area.clear();
    } catch (error) {
      store.loaded = null;
      throw error;
    }
    store.loaded = { state: defaultState(), notices: [] };
    // Everything is deleted: a badge that could not be cleared must not make that look like a failure
    // (it is set again with the next write, as flush() does).
    try {
      await deps.setBadge('');
      store.lastBadge = '';
    } catch {
      store.lastBadge = undefined;
    }
  });
}

/** The toolbar badge when the worker starts: from storage, which also primes the memory copy. */
export function restoreBadge(deps: StoreDeps): Promise<void> {
  const store = storeFor(deps);
  return enqueue(store, async () => {
    const { state } = await load(store);
    const text = badgeText(riskyCount(state));
    await deps.setBadge(text);
    store.lastBadge = text;
  });
}

