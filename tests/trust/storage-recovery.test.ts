// @vitest-environment node
/**
 * Trust: storage. Whatever storage.local holds — partial, mangled, written by a future version — Jaga
 * keeps what validates, resets the rest to defaults, says so (a notice the popup shows), and never
 * throws. Install, update and browser update never overwrite data. A failed write is an error reply
 * with nothing half-written.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { readState, defaultState, SCHEMA_VERSION, type StorageArea } from '../../src/shared/storage';
import type { Report } from '../../src/shared/report-schema';
import { route } from '../../src/background/router';
import { SITE_IDS } from '../../src/shared/site-ids';
import { SITES } from '../../src/sites/index';
import { MemoryStorage } from '../support/memory-storage';
import { testDeps, popupSender, reportSender, EXT_ID } from '../support/deps';
import type { SenderInfo } from '../../src/background/deps';
import { MEGABYTE, BIDI, ownProto, deepArray } from './support/junk';

const AT = '2026-11-20T08:00:00.000Z';
const FB_FUTURE = 'facebook.future-posts-audience';
const FB_STORIES = 'facebook.stories-audience';
const setting = (id: string, status = 'risky', value: string | null = 'Public') => ({ id, status, value, checkedAt: AT });
const post = (key: string) => ({
  key, url: key, audience: 'public', shows: { child: true, schoolUniform: false }, severity: 'high',
  reasons: [{ code: 'child.word', evidence: 'anak' }], excerpt: 'Anak saya', seenAt: AT,
});
const GOOD_POST = 'https://www.facebook.com/aminah.demo/posts/1';

/** A healthy store: every key type present, each with something worth keeping. */
function healthy(): Record<string, unknown> {
  return {
    meta: { schemaVersion: SCHEMA_VERSION },
    prefs: { locale: 'ms', firstRunSeen: true },
    guide: { id: FB_FUTURE, at: AT },
    progress: { 'facebook.review-tags': { manualAt: AT } },
    dismissed: { 'https://www.facebook.com/aminah.demo/posts/9': AT },
    'site:facebook': { lastCheckedAt: AT, postsScanned: 40, settings: { [FB_FUTURE]: setting(FB_FUTURE) }, flagged: { [GOOD_POST]: post(GOOD_POST) }, health: null },
    'site:x': { lastCheckedAt: AT, postsScanned: 3, settings: {}, flagged: {}, health: { page: 'settings:location', missing: ['x.post-location'], at: AT } },
  };
}

type Check = (s: Awaited<ReturnType<typeof readState>>['state']) => void;
const keepsFacebook: Check = (s) => {
  expect(s.sites.facebook.settings[FB_FUTURE]?.status).toBe('risky');
  expect(Object.keys(s.sites.facebook.flagged)).toEqual([GOOD_POST]);
};
const keepsPrefs: Check = (s) => expect(s.prefs).toEqual({ locale: 'ms', firstRunSeen: true });

/** [what is mangled, the mangling, what must survive]; every other key must survive untouched too. */
const MANGLED: Array<[string, (d: Record<string, unknown>) => void, Check]> = [
  // prefs
  ['prefs: a string', (d) => void (d.prefs = 'garbage'), (s) => expect(s.prefs).toEqual(defaultState().prefs)],
  ['prefs: an unknown locale beside a valid flag (the flag is kept)', (d) => void (d.prefs = { locale: 'klingon', firstRunSeen: true }), (s) => expect(s.prefs).toEqual({ locale: 'auto', firstRunSeen: true })],
  ['prefs: a valid locale beside a bad flag (the locale is kept)', (d) => void (d.prefs = { locale: 'ta', firstRunSeen: 'yes' }), (s) => expect(s.prefs).toEqual({ locale: 'ta', firstRunSeen: false })],
  // guide
  ['guide: an array', (d) => void (d.guide = [1, 2]), (s) => expect(s.guide).toBeNull()],
  ['guide: a bad id', (d) => void (d.guide = { id: '<script>', at: AT }), (s) => expect(s.guide).toBeNull()],
  ['guide: a megabyte id', (d) => void (d.guide = { id: MEGABYTE, at: AT }), (s) => expect(s.guide).toBeNull()],
  // progress
  ['progress: a number', (d) => void (d.progress = 42), (s) => expect(s.progress).toEqual({})],
  ['progress: one good mark among bad ones', (d) => void (d.progress = { 'facebook.review-tags': { manualAt: AT }, 'bad id': { manualAt: AT }, 'x.post-location': { manualAt: 'yesterday' }, 'x.photo-tagging': null }), (s) => expect(s.progress).toEqual({ 'facebook.review-tags': { manualAt: AT } })],
  ['progress: __proto__ and constructor keys', (d) => void (d.progress = Object.assign(ownProto({ manualAt: AT }), { constructor: { manualAt: AT }, 'facebook.review-tags': { manualAt: AT } })), (s) => expect(Object.keys(s.progress)).toEqual(['facebook.review-tags'])],
  // dismissed
  ['dismissed: an array', (d) => void (d.dismissed = ['a', 'b']), (s) => expect(s.dismissed).toEqual({})],
  ['dismissed: an over-long key and a bad date among a good one', (d) => void (d.dismissed = { ['k'.repeat(301)]: AT, bad: 'not a date', 'https://www.facebook.com/aminah.demo/posts/9': AT }), (s) => expect(Object.keys(s.dismissed)).toEqual(['https://www.facebook.com/aminah.demo/posts/9'])],
  // site records
  ['site: null', (d) => void (d['site:facebook'] = null), (s) => expect(s.sites.facebook).toEqual(defaultState().sites.facebook)],
  ['site: deep arrays', (d) => void (d['site:facebook'] = deepArray(3_000)), (s) => expect(s.sites.facebook).toEqual(defaultState().sites.facebook)],
  ['site: one bad setting beside a good one', (d) => void ((d['site:facebook'] as { settings: Record<string, unknown> }).settings[FB_STORIES] = { ...setting(FB_STORIES), status: 'probably-fine' }), keepsFacebook],
  ['site: a setting value of a megabyte', (d) => void ((d['site:facebook'] as { settings: Record<string, unknown> }).settings[FB_STORIES] = setting(FB_STORIES, 'safe', MEGABYTE)), (s) => { keepsFacebook(s); expect(s.sites.facebook.settings[FB_STORIES]).toBeUndefined(); }],
  ['site: a "safe" reading filed under another setting\'s id', (d) => void ((d['site:facebook'] as { settings: Record<string, unknown> }).settings[FB_STORIES] = setting(FB_FUTURE, 'safe', 'Only me')), (s) => { keepsFacebook(s); expect(s.sites.facebook.settings[FB_STORIES]).toBeUndefined(); }],
  ['site: another site\'s setting filed under this site', (d) => void ((d['site:facebook'] as { settings: Record<string, unknown> }).settings['instagram.private-account'] = setting('instagram.private-account', 'safe', 'on')), (s) => { keepsFacebook(s); expect(s.sites.facebook.settings['instagram.private-account']).toBeUndefined(); }],
  ['site: a flagged post with a bidi excerpt of the wrong type', (d) => void ((d['site:facebook'] as { flagged: Record<string, unknown> }).flagged.bad = { ...post('bad'), excerpt: [BIDI] }), keepsFacebook],
  ['site: a flagged post filed under another post\'s key', (d) => void ((d['site:facebook'] as { flagged: Record<string, unknown> }).flagged['https://www.facebook.com/other/posts/2'] = post(GOOD_POST)), (s) => { keepsFacebook(s); }],
  ['site: NaN, Infinity and negative counters', (d) => void Object.assign(d['site:facebook'] as object, { postsScanned: NaN, lastCheckedAt: Infinity }), (s) => { keepsFacebook(s); expect(s.sites.facebook.postsScanned).toBe(0); expect(s.sites.facebook.lastCheckedAt).toBeNull(); }],
  ['site: health of the wrong shape', (d) => void ((d['site:x'] as { health: unknown }).health = { page: 1, missing: 'all' }), (s) => expect(s.sites.x.health).toBeNull()],
  ['site: settings as a string', (d) => void ((d['site:facebook'] as { settings: unknown }).settings = 'x'), (s) => { expect(s.sites.facebook.settings).toEqual({}); expect(Object.keys(s.sites.facebook.flagged)).toEqual([GOOD_POST]); }],
  // meta
  ['meta: a string', (d) => void (d.meta = 'garbage'), keepsFacebook],
  ['meta: NaN', (d) => void (d.meta = { schemaVersion: NaN }), keepsFacebook],
  ['meta: version 0 (no migration exists)', (d) => void (d.meta = { schemaVersion: 0 }), keepsFacebook],
];

describe('trust: storage recovery', () => {
  it.each(MANGLED)('%s → what validates is kept, the rest reset, a notice, no throw, no write', async (_name, mangle, check) => {
    const area = new MemoryStorage();
    area.data = healthy();
    mangle(area.data);
    const before = area.data;
    const { state, notices } = await readState(area);
    expect(notices).toContain('storage-recovered');
    check(state);
    // Untouched keys survive whatever happened to their neighbours.
    const reference = (await readState(Object.assign(new MemoryStorage(), { data: healthy() }))).state;
    for (const key of ['prefs', 'guide', 'progress', 'dismissed'] as const) {
      if (!_name.startsWith(key)) expect(state[key], key).toEqual(reference[key]);
    }
    for (const id of SITE_IDS) if (!_name.startsWith('site:') || id === 'tiktok') expect(state.sites[id], id).toEqual(reference.sites[id]);
    // Reading never writes (and so never resets data the parent might still want back).
    expect(area.writes).toBe(0);
    expect(area.data).toBe(before);
  });

  it('extra keys, own __proto__ and constructor keys included, are ignored without touching prototypes', async () => {
    const area = new MemoryStorage();
    area.data = healthy();
    area.data.prefs = Object.assign(ownProto({ locale: 'zh_CN' }), { locale: 'ms', firstRunSeen: true, constructor: { prototype: { polluted: 1 } } });
    area.data['site:facebook'] = Object.assign(ownProto({ postsScanned: 1e9 }), area.data['site:facebook'] as object);
    const { state } = await readState(area);
    keepsPrefs(state);
    keepsFacebook(state);
    expect(state.sites.facebook.postsScanned).toBe(40);
    expect(Object.getPrototypeOf(state.prefs)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a store that is entirely garbage reads as defaults with a notice', async () => {
    for (const raw of [{ meta: 7, prefs: 7, guide: 7, progress: 7, dismissed: 7, ...Object.fromEntries(SITE_IDS.map((id) => [`site:${id}`, 7])) }]) {
      const area = new MemoryStorage();
      area.data = raw;
      const { state, notices } = await readState(area);
      expect(state).toEqual(defaultState());
      expect(notices).toContain('storage-recovered');
    }
  });

  it('a partial store (only some keys, as after an interrupted first run) reads without a notice', async () => {
    const area = new MemoryStorage();
    area.data = { prefs: { locale: 'ta' } };
    const { state, notices } = await readState(area);
    expect(notices).toEqual([]);
    expect(state.prefs).toEqual({ locale: 'ta', firstRunSeen: false });
  });

  it('the popup\'s read gets the notice, the background\'s read keeps the good data, and nothing is lost by the next write', async () => {
    const deps = testDeps();
    deps.area.data = healthy();
    (deps.area.data['site:facebook'] as { settings: Record<string, unknown> }).settings['bad id'] = 1;
    // The popup reads storage itself (src/ui/api.ts getState is readState plus locale and version).
    expect((await readState(deps.area)).notices).toEqual(['storage-recovered']);
    const reply = await route({ type: 'popup/export-report' }, popupSender, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const facebook = (reply.data as Report).platforms.find((p) => p.platform === 'facebook');
    expect(facebook?.settings.find((s) => s.id === FB_FUTURE)?.status).toBe('risky');
    await route({ type: 'popup/set-locale', locale: 'en' }, popupSender, deps);
    const { state } = await readState(deps.area);
    expect(state.sites.facebook.settings[FB_FUTURE]?.status).toBe('risky');
    expect(state.prefs.locale).toBe('en');
  });
});

// ---------------------------------------------------------------------------------------------------
// Install, update, browser update: the real background entry, with webextension-polyfill faked.

type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => ({
  onInstalled: [] as Array<(...args: unknown[]) => unknown>,
  onMessage: [] as Array<(...args: unknown[]) => unknown>,
  area: null as null | { data: Record<string, unknown> },
}));

vi.mock('webextension-polyfill', async () => {
  const { MemoryStorage: Memory } = await import('../support/memory-storage');
  const area = new Memory();
  fake.area = area;
  return {
    default: {
      runtime: {
        id: 'abcdefghijklmnopabcdefghijklmnop',
        getURL: (p: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${p}`,
        getManifest: () => ({ version: '0.1.0' }),
        onMessage: { addListener: (l: Listener) => void fake.onMessage.push(l) },
        onInstalled: { addListener: (l: Listener) => void fake.onInstalled.push(l) },
      },
      i18n: { getUILanguage: () => 'en-US' },
      storage: { local: area },
      tabs: { create: async () => ({}) },
      action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    },
  };
});

describe('trust: install and update never overwrite data', () => {
  beforeEach(async () => {
    await import('../../src/background/index');
  });

  it.each([
    ['install', { reason: 'install' }],
    ['update', { reason: 'update', previousVersion: '0.0.9' }],
    ['browser update', { reason: 'browser_update' }],
    ['chrome_update (older Chrome)', { reason: 'chrome_update' }],
    ['shared module update', { reason: 'shared_module_update' }],
  ])('%s keeps every stored key byte for byte', async (_name, details) => {
    expect(fake.onInstalled.length).toBe(1);
    const area = fake.area!;
    area.data = healthy();
    (area.data['site:facebook'] as { settings: Record<string, unknown> }).settings['bad id'] = 'even the corrupt part';
    const before = structuredClone(area.data);
    await fake.onInstalled[0]!(details);
    await new Promise((r) => setTimeout(r, 10));
    expect(area.data).toEqual(before);
  });

  it('a first install writes only the version marker', async () => {
    const area = fake.area!;
    area.data = {};
    await fake.onInstalled[0]!({ reason: 'install' });
    await new Promise((r) => setTimeout(r, 10));
    expect(area.data).toEqual({ meta: { schemaVersion: SCHEMA_VERSION } });
  });

  it('the real onMessage listener answers through the router (spoofed sender refused)', async () => {
    const reply = await fake.onMessage[0]!({ type: 'popup/forget-everything' }, { id: EXT_ID, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 });
    expect(reply).toMatchObject({ ok: false });
  });
});

// ---------------------------------------------------------------------------------------------------
// Failed writes: an error reply, nothing half-written, one atomic write per message.

const fbTab: SenderInfo = { id: EXT_ID, url: 'https://www.facebook.com/settings/?tab=posts', tab: { id: 3 }, frameId: 0 };
const fbPage = SITES.find((s) => s.id === 'facebook')!.catalogue.find((e) => e.id === FB_FUTURE)!.page;
const WRITERS: Array<[string, unknown, SenderInfo]> = [
  ['content/settings', { type: 'content/settings', site: 'facebook', page: fbPage, lang: 'en', readings: [{ id: FB_FUTURE, status: 'safe', value: 'Only me' }] }, fbTab],
  ['content/posts', { type: 'content/posts', site: 'facebook', page: 'feed', posts: [{ key: 'https://www.facebook.com/aminah.demo/posts/3', url: 'https://www.facebook.com/aminah.demo/posts/3', audience: 'public', text: 'My daughter in her school uniform', altTexts: [] }] }, fbTab],
  ['content/dismiss-post', { type: 'content/dismiss-post', site: 'facebook', key: GOOD_POST }, fbTab],
  ['popup/set-locale', { type: 'popup/set-locale', locale: 'zh_CN' }, popupSender],
  ['popup/first-run-seen', { type: 'popup/first-run-seen' }, popupSender],
  ['popup/mark-done', { type: 'popup/mark-done', id: FB_FUTURE, done: true }, popupSender],
  ['popup/open-setting', { type: 'popup/open-setting', id: FB_FUTURE }, popupSender],
  ['popup/forget-everything', { type: 'popup/forget-everything' }, reportSender],
];

/** storage.local that fails every write, like a full quota or a broken profile. */
class FailingStorage extends MemoryStorage {
  override async set(): Promise<void> {
    throw new Error('QUOTA_BYTES quota exceeded');
  }
  override async clear(): Promise<void> {
    throw new Error('IO error: the profile is read-only');
  }
  override async remove(): Promise<void> {
    throw new Error('IO error: the profile is read-only');
  }
}

/** Counts the writes each message makes. */
class CountingStorage extends MemoryStorage implements StorageArea {
  calls: string[] = [];
  override async set(items: Record<string, unknown>): Promise<void> {
    this.calls.push(`set(${Object.keys(items).sort().join(',')})`);
    return super.set(items);
  }
  override async clear(): Promise<void> {
    this.calls.push('clear');
    return super.clear();
  }
  override async remove(keys: string | string[]): Promise<void> {
    this.calls.push(`remove(${String(keys)})`);
    return super.remove(keys);
  }
}

describe('trust: failed writes', () => {
  it.each(WRITERS)('%s: a failed write answers { ok: false, error }, stores nothing, opens nothing', async (_type, message, sender) => {
    const deps = testDeps({ area: new FailingStorage() });
    deps.area.data = healthy();
    const before = structuredClone(deps.area.data);
    const reply = await route(message, sender, deps);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^failed: (QUOTA_BYTES|IO error)/);
    expect(deps.area.data).toEqual(before);
    expect(deps.opened).toEqual([]);
    expect(deps.badges).toEqual([]);
  });

  it.each(WRITERS)('%s: makes exactly one write (storage.local.set is atomic, so nothing can be half-written)', async (_type, message, sender) => {
    const area = new CountingStorage();
    area.data = healthy();
    const deps = testDeps({ area });
    const reply = await route(message, sender, deps);
    expect(reply.ok).toBe(true);
    expect(area.calls).toHaveLength(1);
  });

  it('reads never write, even on a corrupt store', async () => {
    const area = new CountingStorage();
    area.data = { ...healthy(), prefs: 'garbage', 'site:facebook': [] };
    const deps = testDeps({ area });
    await readState(area); // the popup's and report's read
    expect((await route({ type: 'popup/export-report' }, popupSender, deps)).ok).toBe(true);
    expect((await route({ type: 'content/hello', site: 'facebook', page: 'feed' }, fbTab, deps)).ok).toBe(true);
    expect(area.calls).toEqual([]);
  });
});
