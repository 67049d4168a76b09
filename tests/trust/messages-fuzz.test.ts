// @vitest-environment node
/**
 * Trust: messages. The background accepts only well-formed messages from the senders allowed to send
 * them. Property-based: for every message type, thousands of mutations of a valid message (wrong
 * types, huge strings, extra keys, prototype-pollution keys, NaN/Infinity, deep arrays) and fully
 * arbitrary values — route() never throws, always resolves to a Reply, and when it refuses, storage
 * is exactly as it was. Spoofed senders get nothing through, whatever they send. Privileged messages
 * (everything from the popup/report: export, forget, set-locale, first-run-seen, mark-done, open-setting…)
 * only from the extension's own pages.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fc from 'fast-check';
import { route } from '../../src/background/router';
import type { SenderInfo } from '../../src/background/deps';
import { SITES } from '../../src/sites/index';
import type { SiteId } from '../../src/shared/site-ids';
import { readState, SCHEMA_VERSION } from '../../src/shared/storage';
import { testDeps, EXT_ID, EXT_ORIGIN, popupSender, reportSender } from '../support/deps';
import { junkValue, mutate, mutationArb, MEGABYTE, ownProto } from './support/junk';

/** Runs per message type for the mutation property; fully arbitrary values come on top. */
const RUNS = Number(process.env.JAGA_FUZZ_RUNS ?? 10_000);
const SPOOF_RUNS = Math.max(500, Math.round(RUNS / 5));
const AT = '2026-11-20T08:00:00.000Z';

const site = (id: SiteId) => SITES.find((s) => s.id === id)!;
const fb = site('facebook');
const entryOn = (id: SiteId) => site(id).catalogue[0]!;

const tabOf = (id: SiteId, tabId = 3): SenderInfo => ({ id: EXT_ID, url: `https://${site(id).hosts[0]}/settings`, tab: { id: tabId }, frameId: 0 });

/** Storage as a parent's browser holds it after a week of use: every key type present. */
function seededStorage(): Record<string, unknown> {
  const future = fb.catalogue.find((e) => e.id === 'facebook.future-posts-audience')!;
  return {
    meta: { schemaVersion: SCHEMA_VERSION },
    prefs: { locale: 'ms', firstRunSeen: true },
    guide: { id: future.id, at: AT },
    progress: { 'facebook.review-tags': { manualAt: AT } },
    dismissed: { 'https://www.facebook.com/aminah.demo/posts/9': AT },
    'site:facebook': {
      lastCheckedAt: AT,
      postsScanned: 40,
      settings: { [future.id]: { id: future.id, status: 'risky', value: 'Public', checkedAt: AT } },
      flagged: {
        'https://www.facebook.com/aminah.demo/posts/1': {
          key: 'https://www.facebook.com/aminah.demo/posts/1', url: 'https://www.facebook.com/aminah.demo/posts/1', audience: 'public',
          shows: { child: true, schoolUniform: true }, severity: 'high', reasons: [{ code: 'uniform.word', evidence: 'baju sekolah' }], excerpt: 'Hari pertama Darjah 1', seenAt: AT,
        },
      },
      health: null,
    },
    'site:x': { lastCheckedAt: AT, postsScanned: 3, settings: {}, flagged: {}, health: { page: 'settings:location', missing: ['x.post-location'], at: AT } },
  };
}

/** A post as the content script reads it (PostSnapshot): the background assesses it. */
const snapshotOfPost = {
  key: 'https://www.facebook.com/aminah.demo/posts/2', url: 'https://www.facebook.com/aminah.demo/posts/2', audience: 'public',
  text: 'First day of school for my daughter in her new school uniform', altTexts: ['May be an image of 1 child and text'],
};

/** One valid message of each type, and the sender it is valid from. */
const VALID: Record<string, { msg: Record<string, unknown>; sender: SenderInfo }> = {
  'content/hello': { msg: { type: 'content/hello', site: 'facebook', page: 'settings:posts' }, sender: tabOf('facebook') },
  'content/settings': {
    msg: { type: 'content/settings', site: 'facebook', page: 'settings:posts', lang: 'en', readings: [{ id: 'facebook.future-posts-audience', status: 'safe', value: 'Only me' }, { id: 'facebook.stories-audience', status: 'unknown', value: null, why: 'not-found' }] },
    sender: tabOf('facebook'),
  },
  'content/posts': { msg: { type: 'content/posts', site: 'facebook', page: 'feed', posts: [snapshotOfPost, { ...snapshotOfPost, key: 'hash:0123456789abcdef', url: null, location: 'SK Taman Melati' }] }, sender: tabOf('facebook') },
  'content/dismiss-post': { msg: { type: 'content/dismiss-post', site: 'facebook', key: snapshotOfPost.key }, sender: tabOf('facebook') },
  'popup/export-report': { msg: { type: 'popup/export-report' }, sender: reportSender },
  'popup/forget-everything': { msg: { type: 'popup/forget-everything' }, sender: reportSender },
  'popup/set-locale': { msg: { type: 'popup/set-locale', locale: 'ta' }, sender: popupSender },
  'popup/first-run-seen': { msg: { type: 'popup/first-run-seen' }, sender: popupSender },
  'popup/mark-done': { msg: { type: 'popup/mark-done', id: entryOn('instagram').id, done: true }, sender: popupSender },
  'popup/open-setting': { msg: { type: 'popup/open-setting', id: entryOn('tiktok').id }, sender: popupSender },
};
const TYPES = Object.keys(VALID);
const PRIVILEGED = TYPES.filter((t) => t.startsWith('popup/'));

/** Senders that must never get a message through. */
const SPOOFED: Array<[string, SenderInfo]> = [
  ['no tab, no url', { id: EXT_ID }],
  ['no tab, web url', { id: EXT_ID, url: 'https://www.facebook.com/settings' }],
  ['another extension', { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/popup.html' }],
  ['another extension claiming our origin', { id: 'otherextensionidotherextensionid', url: `${EXT_ORIGIN}src/popup/index.html` }],
  ['another extension in a facebook tab', { id: 'otherextensionidotherextensionid', url: 'https://www.facebook.com/', tab: { id: 4 }, frameId: 0 }],
  ['a web origin (no id)', { url: 'https://evil.example/', tab: { id: 5 }, frameId: 0 }],
  ['a web origin with our id', { id: EXT_ID, url: 'https://evil.example/', tab: { id: 5 }, frameId: 0 }],
  ['a lookalike host', { id: EXT_ID, url: 'https://www.facebook.com.evil.example/settings', tab: { id: 6 }, frameId: 0 }],
  ['userinfo trick', { id: EXT_ID, url: 'https://www.facebook.com@evil.example/settings', tab: { id: 6 }, frameId: 0 }],
  ['bare domain, not a listed host', { id: EXT_ID, url: 'https://facebook.com/settings', tab: { id: 6 }, frameId: 0 }],
  ['a subframe of a supported host', { id: EXT_ID, url: 'https://www.facebook.com/plugins/post.php', tab: { id: 7 }, frameId: 3 }],
  ['plain http', { id: EXT_ID, url: 'http://www.facebook.com/settings', tab: { id: 8 }, frameId: 0 }],
  ['a tab without an id', { id: EXT_ID, url: 'https://www.facebook.com/settings', tab: {}, frameId: 0 }],
  ['a data: url in a tab', { id: EXT_ID, url: 'data:text/html,<p>hi</p>', tab: { id: 9 }, frameId: 0 }],
  ['a garbage url', { id: EXT_ID, url: 'not a url', tab: { id: 9 }, frameId: 0 }],
  ['an extension-like prefix', { id: EXT_ID, url: `chrome-extension://${EXT_ID}evil/x.html`, tab: { id: 9 }, frameId: 0 }],
];

const counts: Record<string, { mutated: number; accepted: number; refused: number; spoofed: number }> = {};
const bump = (type: string, key: 'mutated' | 'accepted' | 'refused' | 'spoofed') => {
  counts[type] ??= { mutated: 0, accepted: 0, refused: 0, spoofed: 0 };
  counts[type][key]++;
};
let arbitraryCount = 0;

afterAll(() => {
  const rows = Object.entries(counts).map(([type, c]) => ({ type, ...c }));
  console.log(`[trust] messages fuzzed per handler (accepted = still valid after mutation):\n${rows.map((r) => `  ${r.type.padEnd(24)} mutated ${r.mutated}  accepted ${r.accepted}  refused ${r.refused}  spoofed-sender ${r.spoofed}`).join('\n')}\n  fully arbitrary values: ${arbitraryCount}`);
});

/**
 * route() must resolve (never reject) to exactly { ok: true, data } or { ok: false, error: string }.
 * Plain checks, not expect(): this runs over 100,000 times.
 */
async function routeSafely(message: unknown, sender: SenderInfo, deps: ReturnType<typeof testDeps>) {
  const reply = await route(message, sender, deps);
  if (reply === null || typeof reply !== 'object') throw new Error(`route resolved to ${String(reply)}`);
  if (reply.ok === true) {
    if (Object.keys(reply).sort().join() !== 'data,ok') throw new Error(`odd reply keys ${Object.keys(reply).join()}`);
  } else if (reply.ok !== false || typeof reply.error !== 'string' || reply.error.length === 0 || reply.error.length > 200) {
    throw new Error(`not a Reply: ${JSON.stringify(reply).slice(0, 200)}`);
  }
  return reply;
}

/** A cheap, exact fingerprint of what storage holds (it only ever holds JSON). */
const fingerprint = (deps: ReturnType<typeof testDeps>) => JSON.stringify(deps.area.data);

function same(label: string, a: string, b: string) {
  if (a !== b) throw new Error(`${label}: storage changed\nbefore ${a.slice(0, 300)}\nafter  ${b.slice(0, 300)}`);
}

function freshDeps() {
  const deps = testDeps();
  deps.area.data = seededStorage();
  return deps;
}

describe('trust: messages', () => {
  it.each(TYPES)(`%s: ${RUNS} mutated messages never throw; a refusal leaves storage untouched; what is accepted stays valid`, async (type) => {
    const { msg, sender } = VALID[type]!;
    let deps = freshDeps();
    let snapshot = fingerprint(deps);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutationArb, async (mutation) => {
        const message = mutate(msg, mutation);
        const before = snapshot;
        const writes = deps.area.writes;
        const badges = deps.badges.length;
        const opened = deps.opened.length;
        bump(type, 'mutated');
        const reply = await routeSafely(message, sender, deps);
        if (!reply.ok) {
          bump(type, 'refused');
          same(type, before, fingerprint(deps));
          if (deps.area.writes !== writes || deps.badges.length !== badges || deps.opened.length !== opened) throw new Error('a refused message wrote, set the badge or opened a tab');
        } else {
          bump(type, 'accepted');
          // Whatever got in must still read back cleanly: nothing invalid was written.
          const { notices } = await readState(deps.area);
          if (notices.length > 0) throw new Error(`accepted message left storage that needs recovery: ${JSON.stringify(message).slice(0, 300)}`);
          if (type === 'popup/forget-everything' || type === 'popup/set-locale' || deps.area.writes - writes > 0) {
            if (++accepted % 50 === 0 || type === 'popup/forget-everything') deps = freshDeps();
          }
          snapshot = fingerprint(deps);
        }
        if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) throw new Error('Object.prototype polluted');
      }),
      { numRuns: RUNS, seed: 20261128, endOnFailure: true },
    );
  }, 120_000);

  it.each([
    ['a content tab', tabOf('facebook')],
    ['the popup', popupSender],
    ['the report', reportSender],
  ])('fully arbitrary values from %s are refused without a throw or a write', async (_name, sender) => {
    const deps = freshDeps();
    const before = fingerprint(deps);
    await fc.assert(
      fc.asyncProperty(fc.oneof(junkValue, fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withSparseArray: true, withObjectString: true })), async (value) => {
        arbitraryCount++;
        const reply = await routeSafely(value, sender, deps);
        // Only a bare `{ type: 'popup/export-report' }`-like value could be valid; fc.anything() does not make one.
        if (reply.ok) throw new Error(`accepted an arbitrary value: ${String(value).slice(0, 100)}`);
        same('arbitrary', before, fingerprint(deps));
      }),
      { numRuns: RUNS, seed: 7 },
    );
    expect(deps.opened).toEqual([]);
  }, 120_000);

  it.each(TYPES)(`%s from a spoofed sender: refused (${SPOOF_RUNS} runs, valid and mutated), storage untouched, no tab opened`, async (type) => {
    const { msg } = VALID[type]!;
    const deps = freshDeps();
    const before = fingerprint(deps);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SPOOFED), fc.option(mutationArb, { freq: 2 }), async ([name, sender], mutation) => {
        bump(type, 'spoofed');
        const message = mutation === null ? msg : mutate(msg, mutation);
        const reply = await routeSafely(message, sender, deps);
        if (reply.ok) throw new Error(`${name} got ${type} through`);
        same(name, before, fingerprint(deps));
      }),
      { numRuns: SPOOF_RUNS, seed: 42 },
    );
    expect(deps.badges).toEqual([]);
    expect(deps.opened).toEqual([]);
  }, 60_000);

  it.each(SITES.flatMap((s) => PRIVILEGED.map((t) => [t, s.id] as const)))('privileged %s is refused from a real %s content tab', async (type, id) => {
    const deps = freshDeps();
    const before = structuredClone(deps.area.data);
    const reply = await route(VALID[type]!.msg, tabOf(id), deps);
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    expect(deps.area.data).toEqual(before);
    expect(deps.opened).toEqual([]);
  });

  it.each(PRIVILEGED)('privileged %s is accepted from the popup and from the report page', async (type) => {
    for (const sender of [popupSender, reportSender]) {
      const deps = freshDeps();
      expect((await route(VALID[type]!.msg, sender, deps)).ok).toBe(true);
    }
  });

  it('a content tab may only write its own site, and only its own page\'s settings', async () => {
    const deps = freshDeps();
    const before = structuredClone(deps.area.data);
    for (const [type, { msg }] of Object.entries(VALID).filter(([t]) => t.startsWith('content/'))) {
      for (const other of SITES.filter((s) => s.id !== 'facebook')) {
        const reply = await route(msg, tabOf(other.id), deps);
        expect(reply, `${type} for facebook from a ${other.id} tab`).toEqual({ ok: false, error: 'site does not match the sender' });
      }
    }
    expect(deps.area.data).toEqual(before);
    // An instagram setting smuggled into a facebook settings message is not stored.
    const smuggled = { ...VALID['content/settings']!.msg, readings: [{ id: 'instagram.private-account', status: 'safe', value: 'on' }, { id: 'facebook.stories-audience', status: 'safe', value: 'Friends' }] };
    const reply = await route(smuggled, tabOf('facebook'), deps);
    expect(reply).toEqual({ ok: true, data: { stored: 0 } });
    const { state } = await readState(deps.area);
    expect(state.sites.instagram.settings).toEqual({});
    expect(state.sites.facebook.settings['facebook.stories-audience']).toBeUndefined();
  });

  it.each([
    ['__proto__', ownProto({ type: 'popup/forget-everything' })],
    ['constructor', { type: 'content/dismiss-post', site: 'facebook', key: 'constructor' }],
    ['__proto__ as a post key', { type: 'content/posts', site: 'facebook', page: 'feed', posts: [{ ...snapshotOfPost, key: '__proto__' }] }],
    ['constructor as a post key', { type: 'content/posts', site: 'facebook', page: 'feed', posts: [{ ...snapshotOfPost, key: 'constructor' }] }],
    ['__proto__ as a dismissed key', { type: 'content/dismiss-post', site: 'facebook', key: '__proto__' }],
    ['a megabyte page name', { type: 'content/hello', site: 'facebook', page: MEGABYTE }],
  ])('prototype keys and huge values do not pollute or throw: %s', async (_name, message) => {
    const deps = freshDeps();
    const reply = await routeSafely(message, tabOf('facebook'), deps);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(deps.area.data)).toBe(Object.prototype);
    const { notices } = await readState(deps.area);
    expect(notices).toEqual([]);
    if (reply.ok) {
      // Whatever was stored has only own, ordinary keys.
      for (const value of Object.values(deps.area.data)) {
        if (value && typeof value === 'object') expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      }
    }
  });
});
