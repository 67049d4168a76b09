import { describe, it, expect } from 'vitest';
import { readState, defaultState, migrate, ensureMeta, MIGRATIONS, SCHEMA_VERSION, writeKeys } from '../../src/shared/storage';
import { MemoryStorage } from '../support/memory-storage';

const AT = '2026-11-28T10:00:00.000Z';
const reading = { id: 'facebook.future-posts-audience', status: 'risky', value: 'Public', checkedAt: AT };

describe('storage', () => {
  it('returns defaults on an empty store and writes nothing', async () => {
    const area = new MemoryStorage();
    const { state, notices } = await readState(area);
    expect(state).toEqual(defaultState());
    expect(notices).toEqual([]);
    expect(area.writes).toBe(0);
  });

  it('throws when storage cannot be read, instead of answering defaults', async () => {
    const area = new MemoryStorage();
    await writeKeys(area, { 'site:facebook': { lastCheckedAt: AT, postsScanned: 4, settings: { [reading.id]: reading }, flagged: {}, health: null } });
    area.get = () => Promise.reject(new Error('IO error'));
    await expect(readState(area)).rejects.toThrow('IO error');
    expect(area.data['site:facebook']).toBeDefined();
  });

  it('reads back what was written', async () => {
    const area = new MemoryStorage();
    await writeKeys(area, { 'site:facebook': { lastCheckedAt: AT, postsScanned: 4, settings: { [reading.id]: reading }, flagged: {}, health: null } });
    const { state, notices } = await readState(area);
    expect(notices).toEqual([]);
    expect(state.sites.facebook.settings[reading.id]?.status).toBe('risky');
    expect(state.sites.facebook.postsScanned).toBe(4);
    expect(area.data.meta).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it.each([
    ['a string instead of a record', 'garbage'],
    ['an array', [1, 2, 3]],
    ['a record with one bad setting', { lastCheckedAt: AT, postsScanned: 1, settings: { [reading.id]: reading, 'bad id!': reading, 'facebook.x': { status: 'maybe' } }, flagged: {}, health: null }],
    ['a negative count', { lastCheckedAt: AT, postsScanned: -5, settings: { [reading.id]: reading }, flagged: {}, health: null }],
  ])('recovers what validates from %s and reports it', async (_name, raw) => {
    const area = new MemoryStorage();
    area.data = { meta: { schemaVersion: 1 }, 'site:facebook': raw, prefs: { locale: 'ms', firstRunSeen: true } };
    const { state, notices } = await readState(area);
    expect(notices).toContain('storage-recovered');
    expect(state.prefs.locale).toBe('ms'); // unrelated keys survive
    const kept = state.sites.facebook.settings[reading.id];
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) expect(kept?.status).toBe('risky');
    expect(Object.keys(state.sites.facebook.settings).every((k) => /^[a-z]+\.[a-z0-9-]+$/.test(k))).toBe(true);
  });

  it('says so when the data comes from a newer version', async () => {
    const area = new MemoryStorage();
    area.data = { meta: { schemaVersion: SCHEMA_VERSION + 1 } };
    expect((await readState(area)).notices).toContain('storage-newer-version');
  });

  it('ensureMeta never overwrites existing data (install, update, browser update)', async () => {
    const area = new MemoryStorage();
    area.data = { meta: { schemaVersion: 1 }, prefs: { locale: 'ta', firstRunSeen: true }, 'site:x': { postsScanned: 3 } };
    const before = structuredClone(area.data);
    await ensureMeta(area);
    await ensureMeta(area);
    expect(area.data).toEqual(before);
    const fresh = new MemoryStorage();
    await ensureMeta(fresh);
    expect(fresh.data).toEqual({ meta: { schemaVersion: SCHEMA_VERSION } });
  });
});

describe('migrations', () => {
  it('has one numbered step per version', () => {
    expect(MIGRATIONS.length).toBe(SCHEMA_VERSION - 1);
  });
  it('is the identity at the current version', () => {
    const data = { prefs: { locale: 'en' } };
    expect(migrate(data, SCHEMA_VERSION)).toBe(data);
  });
  it('refuses to migrate from a version it has no step for', () => {
    expect(() => migrate({}, 0)).toThrow(/no migration/);
  });
  // Each migration gets a stored fixture of the version before it: tests/shared/migrations/v<N>.json,
  // and a case here that runs migrate(fixture, N) and checks the result validates with readState.
});
