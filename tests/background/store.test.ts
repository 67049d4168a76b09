/**
 * The background keeps the state in memory and batches writes: many messages, few writes, one read;
 * yet a reply still means "stored", a failed write loses nothing silently, and a new worker (MV3 may
 * stop it at any time) starts from storage.
 */
import { describe, it, expect, vi } from 'vitest';
import { testDeps, popupSender, facebookTab } from '../support/deps';
import { MemoryStorage } from '../support/memory-storage';
import { readState } from '../../src/shared/storage';
import type { Report } from '../../src/shared/report-schema';

/** A fresh worker: the modules (and so the memory copy) start again; storage is what survives. */
async function worker() {
  vi.resetModules();
  return (await import('../../src/background/router')).route;
}

class CountingStorage extends MemoryStorage {
  reads = 0;
  override async get(keys?: string | string[] | null) {
    this.reads++;
    return super.get(keys);
  }
}

/** storage.local whose writes wait until released, to see what arrives while one is in progress. */
class SlowStorage extends MemoryStorage {
  started = 0;
  private opened = false;
  release() {
    this.opened = true;
  }
  override async set(items: Record<string, unknown>): Promise<void> {
    this.started++;
    while (!this.opened) await new Promise((r) => setTimeout(r, 2));
    return super.set(items);
  }
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

const posts = (batch: number) => Array.from({ length: 50 }, (_, i) => ({
  key: `https://www.facebook.com/aisyah.demo/posts/${batch}-${i}`,
  url: `https://www.facebook.com/aisyah.demo/posts/${batch}-${i}`,
  audience: 'public' as const,
  text: i === 0 ? 'Hari pertama Darjah 1 Aisyah, comel pakai baju sekolah baru!' : `Makan malam ${batch} ${i}`,
  altTexts: [],
}));
const feed = (batch: number) => ({ type: 'content/posts', site: 'facebook', page: 'feed', posts: posts(batch) });

describe('background store', () => {
  it('a burst of messages: one read, a few writes, every post counted, each reply only once stored', async () => {
    const route = await worker();
    const area = new CountingStorage();
    const deps = testDeps({ area });
    const storedAtReply: number[] = [];
    const replies = await Promise.all(Array.from({ length: 20 }, (_, b) =>
      route(feed(b), facebookTab, deps).then(async (reply) => {
        storedAtReply.push((await readState(area)).state.sites.facebook.postsScanned);
        return reply;
      })));
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(area.writes).toBeLessThanOrEqual(3);
    expect(area.reads - storedAtReply.length).toBe(1);
    // Each reply came after a write that held its batch (the counts at reply time are never short).
    for (const n of storedAtReply) expect(n).toBeGreaterThanOrEqual(50);
    const { state } = await readState(area);
    expect(state.sites.facebook.postsScanned).toBe(1000);
    expect(Object.keys(state.sites.facebook.flagged)).toHaveLength(20);
    expect(deps.badges.at(-1)).toBe('20');
  });

  it('messages that arrive while a write is in progress share the next write', async () => {
    const route = await worker();
    const area = new SlowStorage();
    const deps = testDeps({ area });
    const first = route(feed(0), facebookTab, deps);
    await until(() => area.started === 1); // the first write has begun and is not done
    const later = [1, 2, 3, 4].map((b) => route(feed(b), facebookTab, deps));
    await new Promise((r) => setTimeout(r, 20));
    expect(area.started).toBe(1);
    area.release();
    const replies = await Promise.all([first, ...later]);
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(area.writes).toBe(2);
    expect((await readState(area)).state.sites.facebook.postsScanned).toBe(250);
  });

  it('no timer delays a reply: a sender that waits for each answer is answered once its write is done', async () => {
    const route = await worker();
    const deps = testDeps();
    vi.useFakeTimers();
    try {
      // Nothing here can advance the fake clock: a reply that waited for a timer would never come.
      for (let b = 0; b < 3; b++) await expect(route(feed(b), facebookTab, deps)).resolves.toMatchObject({ ok: true });
      await expect(route({ type: 'popup/set-locale', locale: 'ta' }, popupSender, deps)).resolves.toMatchObject({ ok: true });
      expect(deps.area.data.prefs).toMatchObject({ locale: 'ta' });
      expect(deps.area.writes).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a new worker starts from storage: everything answered before it stopped is there', async () => {
    const area = new MemoryStorage();
    const first = await worker();
    const deps = testDeps({ area });
    await Promise.all([first(feed(1), facebookTab, deps), first({ type: 'popup/first-run-seen' }, popupSender, deps), first(feed(2), facebookTab, deps)]);
    const second = await worker();
    const secondDeps = testDeps({ area });
    // The new worker's own copy: the report it builds, and the prefs it writes back whole.
    const reply = await second({ type: 'popup/export-report' }, popupSender, secondDeps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const facebook = (reply.data as Report).platforms.find((p) => p.platform === 'facebook');
    expect(facebook?.postsScanned).toBe(100);
    expect(facebook?.flaggedPosts).toHaveLength(2);
    expect((await second({ type: 'popup/set-locale', locale: 'ta' }, popupSender, secondDeps)).ok).toBe(true);
    expect((await readState(area)).state.prefs).toEqual({ locale: 'ta', firstRunSeen: true });
  });

  it('a failed write fails every message it carried, and the next one starts again from storage', async () => {
    const route = await worker();
    const deps = testDeps();
    expect((await route(feed(1), facebookTab, deps)).ok).toBe(true);
    deps.area.failWrites = true;
    const failed = await Promise.all([route(feed(2), facebookTab, deps), route(feed(3), facebookTab, deps)]);
    expect(failed.map((r) => r.ok)).toEqual([false, false]);
    deps.area.failWrites = false;
    expect((await route(feed(4), facebookTab, deps)).ok).toBe(true);
    const { state } = await readState(deps.area);
    // Batches 2 and 3 were answered "failed", so they are not counted: storage never held them.
    expect(state.sites.facebook.postsScanned).toBe(100);
    expect(Object.keys(state.sites.facebook.flagged).sort()).toEqual([posts(1)[0]!.key, posts(4)[0]!.key].sort());
  });

  it('forget-everything while writes are pending ends with storage empty, and then starts afresh', async () => {
    const route = await worker();
    const deps = testDeps();
    const pending = [route(feed(1), facebookTab, deps), route(feed(2), facebookTab, deps)];
    const forgot = await route({ type: 'popup/forget-everything' }, popupSender, deps);
    await Promise.all(pending);
    expect(forgot.ok).toBe(true);
    expect(deps.area.data).toEqual({});
    expect(deps.badges.at(-1)).toBe('');
    await route(feed(3), facebookTab, deps);
    expect((await readState(deps.area)).state.sites.facebook.postsScanned).toBe(50);
  });

  it('forget-everything succeeds when storage is cleared, even if the toolbar badge could not be', async () => {
    const route = await worker();
    const deps = testDeps({ setBadge: async () => { throw new Error('no tab'); } });
    await route(feed(1), facebookTab, deps);
    const forgot = await route({ type: 'popup/forget-everything' }, popupSender, deps);
    expect(forgot.ok).toBe(true);
    expect(deps.area.data).toEqual({});
  });

  it('a storage read that fails is an error, never defaults written over the real data', async () => {
    const route = await worker();
    const area = new MemoryStorage();
    area.data = { prefs: { locale: 'ms', firstRunSeen: true } };
    const get = area.get.bind(area);
    area.get = () => Promise.reject(new Error('IO error'));
    const deps = testDeps({ area });
    const reply = await route(feed(1), facebookTab, deps);
    expect(reply.ok).toBe(false);
    expect(area.data).toEqual({ prefs: { locale: 'ms', firstRunSeen: true } });
    area.get = get;
    // Read again now: the first-run flag survives a change of language.
    expect((await route({ type: 'popup/set-locale', locale: 'ta' }, popupSender, deps)).ok).toBe(true);
    expect(area.data.prefs).toEqual({ locale: 'ta', firstRunSeen: true });
  });
});
