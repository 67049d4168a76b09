/**
 * Trust: hostile pages, content side. Captions, alt texts, locations and setting values carrying markup,
 * javascript: URLs, bidi controls, megabyte strings and Jaga's own words are read as capped plain text,
 * rendered in the badge as text (no element injected, no script run), sent in messages the background
 * accepts, and cannot change a setting reading.
 */
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import fc from 'fast-check';
import { SITES } from '../../src/sites/index';
import { renderBadge } from '../../src/content/badge';
import { excerptOf } from '../../src/background/handlers/content';
import { route } from '../../src/background/router';
import { postSnapshotSchema, type PostsReply } from '../../src/shared/messages';
import { snapshot, type SnapshotParts } from '../../src/sites/common/posts';
import { readState } from '../../src/shared/storage';
import { LIMITS } from '../../src/shared/limits';
import type { PostSnapshot } from '../../src/shared/readings';
import { testDeps, EXT_ID } from '../support/deps';
import { HOSTILE_SETTINGS, HOSTILE_FEED, HOSTILE_STRINGS, INVISIBLE_CONTROLS, hostileFixture, growMegabytePost } from './support/hostile';

const fb = SITES.find((s) => s.id === 'facebook')!;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

/** The hostile feed, read by the Facebook reader as the content script would. */
function feedSnapshots(): PostSnapshot[] {
  const doc = parse(hostileFixture(HOSTILE_FEED.file));
  growMegabytePost(doc);
  return [...doc.querySelectorAll(fb.posts.rootSelector)]
    .map((root) => fb.posts.read(root, { lang: 'en', accountAudience: 'unknown' }))
    .filter((p): p is PostSnapshot => p !== null);
}

/** Send them through the real router, as the content script does, and get the badges to show. */
async function assessInBackground(posts: PostSnapshot[]) {
  const deps = testDeps();
  const reply = await route({ type: 'content/posts', site: 'facebook', page: 'feed', posts }, { id: EXT_ID, url: HOSTILE_FEED.url, tab: { id: 1 }, frameId: 0 }, deps);
  if (!reply.ok) throw new Error(`the background refused the hostile feed: ${reply.error}`);
  return { badges: (reply.data as PostsReply).badges, state: (await readState(deps.area)).state };
}

/** Lone UTF-16 surrogates: what slicing through an emoji leaves behind (shows as �). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('trust: hostile fixtures stay in sync with the list of hostile strings', () => {
  it('every listed hostile string is in a fixture (as the page shows it)', () => {
    const shown = [HOSTILE_FEED.file, ...HOSTILE_SETTINGS.map((s) => s.file)].map((f) => {
      const doc = parse(hostileFixture(f));
      growMegabytePost(doc.getElementById('megabyte-caption') ? doc : parse('<p id="megabyte-caption"></p><img id="megabyte-alt">'));
      const attrs = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`));
      return `${doc.documentElement.outerHTML}\n${doc.body?.textContent ?? ''}\n${attrs.join('\n')}`;
    }).join('\n');
    for (const s of HOSTILE_STRINGS) {
      if (s.length >= 1_000_000) continue; // made by the page's own script
      expect(shown.includes(s), JSON.stringify(s.slice(0, 60))).toBe(true);
    }
    console.log(`[trust] hostile strings tried: ${HOSTILE_STRINGS.length}`);
  });
});

describe('trust: hostile pages cannot change a setting reading', () => {
  it.each(HOSTILE_SETTINGS.map((s) => [s.file, s] as const))('%s', (_file, spec) => {
    const doc = parse(hostileFixture(spec.file));
    const readings = fb.readSettings(doc, spec.page);
    const reading = readings.find((r) => r.id === spec.id);
    expect(reading?.status).toBe(spec.status);
    expect(reading?.value).toBe(spec.value);
    for (const r of readings) {
      expect(r.status === 'safe', `${r.id} must not read safe on a hostile page`).toBe(false);
      if (r.value !== null) {
        expect(r.value.length).toBeLessThanOrEqual(LIMITS.settingValue);
        expect(r.value).not.toMatch(INVISIBLE_CONTROLS);
      }
    }
  });
});

describe('trust: hostile posts are read as capped plain text', () => {
  const posts = feedSnapshots();

  it('every hostile post is read, capped, and valid as a message', () => {
    expect(posts.length).toBe(6);
    for (const post of posts) {
      const parsed = postSnapshotSchema.safeParse(post);
      expect(parsed.success, JSON.stringify(parsed.error?.issues ?? [])).toBe(true);
      for (const s of [post.text, ...post.altTexts, post.location ?? '']) expect(s).not.toMatch(INVISIBLE_CONTROLS);
      if (post.url !== null) expect(post.url).toMatch(/^https:\/\/(www|web)\.facebook\.com\//);
    }
  });

  it('a javascript: permalink is never kept as the post\'s url', () => {
    const post = posts.find((p) => p.text.startsWith('My daughter\'s first day'))!;
    expect(post.url).toBeNull();
    expect(post.key).toMatch(/^hash:/);
  });

  it('the background flags all six, stores capped excerpts and evidence, and nothing invisible', async () => {
    const { badges, state } = await assessInBackground(posts);
    expect(badges.length).toBe(6);
    const stored = Object.values(state.sites.facebook.flagged);
    expect(stored.length).toBe(6);
    for (const p of stored) {
      expect(p.excerpt.length).toBeLessThanOrEqual(LIMITS.excerpt);
      expect(p.excerpt).not.toMatch(INVISIBLE_CONTROLS);
      for (const r of p.reasons) expect(r.evidence.length).toBeLessThanOrEqual(LIMITS.evidence);
    }
    expect(stored.some((p) => p.excerpt.includes('<img src=x onerror="window.__pwned=1">'))).toBe(true);
  });
});

describe('trust: badges render hostile text as text', () => {
  let roots: ShadowRoot[] = [];
  beforeEach(() => {
    roots = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    delete (globalThis as { __pwned?: unknown }).__pwned;
  });
  afterEach(() => vi.restoreAllMocks());

  const ALLOWED = new Set(['SECTION', 'P', 'UL', 'LI', 'BUTTON', 'STYLE']);

  it('every hostile post\'s badge: only Jaga\'s own elements, the evidence as text, nothing run', async () => {
    const { badges } = await assessInBackground(feedSnapshots());
    expect(badges.length).toBe(6);
    for (const info of badges) {
      const host = renderBadge('facebook', info, () => undefined);
      document.body.append(host);
      await new Promise((r) => setTimeout(r, 10));
      const root = roots.at(-1)!;
      expect(root.mode).toBe('closed');
      const elements = [...root.querySelectorAll('*')];
      expect(elements.map((e) => e.tagName).filter((t) => !ALLOWED.has(t))).toEqual([]);
      for (const e of elements) for (const a of e.getAttributeNames()) expect(['class', 'role', 'aria-label', 'type']).toContain(a);
      const text = root.textContent ?? '';
      expect(text.length).toBeLessThan(2_000);
      expect(text).not.toMatch(INVISIBLE_CONTROLS);
      expect(pwned()).toBeUndefined();
      host.remove();
    }
  });

  it('evidence that is nothing but markup stays text', () => {
    const markup = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>';
    const info: PostsReply['badges'][number] = { key: 'k', audience: 'public', shows: { child: true, schoolUniform: false }, severity: 'high', reasons: [{ code: 'location.tag', evidence: markup }] };
    const host = renderBadge('facebook', info, () => undefined);
    document.body.append(host);
    const root = roots.at(-1)!;
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain(markup);
    expect(document.querySelector('img, script')).toBeNull();
    expect(pwned()).toBeUndefined();
    host.remove();
  });
});

// ---------------------------------------------------------------------------------------------------
// Whatever a page holds, the snapshot the content script sends is valid: one bad post would otherwise
// cost the whole batch of 50 (the router refuses the message).

const text = (max: number) => fc.oneof(fc.string({ maxLength: max, unit: 'grapheme' }), fc.string({ maxLength: 60, unit: 'binary' }), fc.constantFrom('😀'.repeat(6_000), `\u202E${'x'.repeat(20_000)}`, 'A'.repeat(1_000_000)));
const partsArb: fc.Arbitrary<SnapshotParts> = fc.record({
  url: fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constant(`https://www.facebook.com/x/posts/${'9'.repeat(5_000)}`)), { nil: null }),
  audience: fc.constantFrom('public', 'friends', 'private', 'custom', 'unknown'),
  texts: fc.array(text(300), { maxLength: 6 }),
  altTexts: fc.array(text(200), { maxLength: 25 }),
  location: fc.option(text(400), { nil: null }),
});

describe('trust: content → background messages', () => {
  it('snapshot() always produces a post the background accepts (500 hostile posts)', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const parsed = postSnapshotSchema.safeParse(snapshot(parts));
        if (!parsed.success) throw new Error(`refused: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }),
      { numRuns: 500, seed: 11 },
    );
  }, 60_000);

  it('excerptOf() caps at the excerpt limit and never splits an emoji in half (2,000 captions)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 600, unit: 'grapheme' }), (caption) => {
        const excerpt = excerptOf({ text: caption, altTexts: [] });
        expect(excerpt.length).toBeLessThanOrEqual(LIMITS.excerpt);
        expect(excerpt).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 2_000, seed: 12 },
    );
  });

  it.each([
    ['emoji', '😀'.repeat(200)],
    ['emoji after one letter', `a${'👧🏽'.repeat(100)}`],
    ['Tamil and emoji', `${'மகள் '.repeat(27)}🎒🎒🎒`],
  ])('excerptOf() never ends in half an emoji: %s', (_name, caption) => {
    const excerpt = excerptOf({ text: caption, altTexts: [] });
    expect(excerpt.length).toBeLessThanOrEqual(LIMITS.excerpt);
    expect(excerpt).not.toMatch(LONE_SURROGATE);
  });

  it('a megabyte caption becomes a 140-character excerpt', () => {
    const excerpt = excerptOf({ text: 'A'.repeat(1_000_000), altTexts: [] });
    expect(excerpt.length).toBe(LIMITS.excerpt);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
