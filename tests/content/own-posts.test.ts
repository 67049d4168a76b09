/**
 * Only the parent's own posts are sent to the background. A home feed shows other people's posts;
 * where the site names the logged-in account and the reader names a post's author, another
 * author's post is not sent (not assessed, not counted, no badge). Unknown account or unknown
 * author: sent, so the parent's own post is never missed.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentMessage } from '../../src/shared/messages';
import type { PostSnapshot } from '../../src/shared/readings';
import type { SiteDefinition } from '../../src/sites/types';

// content/messaging.ts picks the extension API when it is imported: stub it first.
const { sendMessage } = vi.hoisted(() => {
  const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true, data: { badges: [] } }));
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime: { sendMessage } };
  return { sendMessage };
});

import { watchPosts } from '../../src/content/posts-page';
import x from '../../src/sites/x/index';
import instagram from '../../src/sites/instagram/index';
import tiktok from '../../src/sites/tiktok/index';
import facebook from '../../src/sites/facebook/index';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  sendMessage.mockClear();
});

/** Every post the content script sent to the background, in order. */
function sentPosts(): PostSnapshot[] {
  return sendMessage.mock.calls
    .map(([m]) => m as ContentMessage)
    .flatMap((m) => (m.type === 'content/posts' ? (m.posts as PostSnapshot[]) : []));
}

/** Put `html`'s body in the page, watch it until every post root was read, then leave (which sends what is pending). */
async function watch(site: SiteDefinition, html: string): Promise<{ sent: PostSnapshot[]; handleReads: number }> {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.setAttribute('lang', 'en');
  document.body.replaceWith(document.importNode(parsed.body, true));
  const roots = document.querySelectorAll(site.posts.rootSelector).length;
  let reads = 0;
  let handleReads = 0;
  const counted: SiteDefinition = {
    ...site,
    posts: { ...site.posts, read: (root, ctx) => (reads++, site.posts.read(root, ctx)) },
    ...(site.accountHandle ? { accountHandle: (doc: Document) => (handleReads++, site.accountHandle!(doc)) } : {}),
  };
  const controller = new AbortController();
  controllers.push(controller);
  watchPosts(counted, 'feed', { lang: 'en', accountAudience: 'public' }, new Set(), controller.signal);
  await vi.waitFor(() => expect(reads).toBeGreaterThanOrEqual(roots), { timeout: 5_000, interval: 20 });
  controller.abort(); // leaving the page flushes what is pending
  return { sent: sentPosts(), handleReads };
}

const NAV = (handle: string) => `<header role="banner"><nav aria-label="Primary" role="navigation"><a href="/home" data-testid="AppTabBar_Home_Link">Home</a><a href="/${handle}" aria-label="Profile" data-testid="AppTabBar_Profile_Link">Profile</a></nav></header>`;
const tweet = (handle: string | null, id: string, text: string) => {
  const header = handle === null
    ? '<div data-testid="User-Name"><span>Someone</span><a href="javascript:void(0)"><time>1h</time></a></div>'
    : `<div data-testid="User-Name"><a href="/${handle}">${handle}</a><a href="/${handle}/status/${id}"><time>1h</time></a></div>`;
  return `<article data-testid="tweet">${header}<div data-testid="tweetText">${text}</div></article>`;
};
const page = (nav: string, ...posts: string[]) => `<!DOCTYPE html><html lang="en"><body>${nav}<main role="main">${posts.join('')}</main></body></html>`;
const keys = (posts: PostSnapshot[]) => posts.map((p) => p.key);

describe('own posts only (X page, hand-written)', () => {
  const own = tweet('aminah_rosli', '101', 'Sports day at school, Aishah in her school uniform');
  const stranger = tweet('davidlim_my', '102', 'My son Ethan in his school uniform');
  const unknown = tweet(null, '', 'Anak saya di hari sukan sekolah');

  test('the parent\'s own post is sent, a stranger\'s is not', async () => {
    const { sent } = await watch(x, page(NAV('aminah_rosli'), own, stranger));
    expect(keys(sent)).toEqual(['https://x.com/aminah_rosli/status/101']);
  });

  test('benign twin: logged in as the other account, the other post is sent', async () => {
    const { sent } = await watch(x, page(NAV('davidlim_my'), own, stranger));
    expect(keys(sent)).toEqual(['https://x.com/davidlim_my/status/102']);
  });

  test('handles compare without case', async () => {
    const { sent } = await watch(x, page(NAV('Aminah_Rosli'), own, stranger));
    expect(keys(sent)).toEqual(['https://x.com/aminah_rosli/status/101']);
  });

  test('a post whose author is unknown is sent', async () => {
    const { sent } = await watch(x, page(NAV('aminah_rosli'), own, stranger, unknown));
    expect(sent).toHaveLength(2);
    expect(sent[0]!.key).toBe('https://x.com/aminah_rosli/status/101');
    expect(sent[1]!.text).toContain('Anak saya');
  });

  test('no account in the page chrome: every post is sent', async () => {
    const { sent } = await watch(x, page('', own, stranger, unknown));
    expect(sent).toHaveLength(3);
  });

  test('two different accounts in the chrome (ambiguous): every post is sent', async () => {
    const { sent } = await watch(x, page(NAV('aminah_rosli') + NAV('davidlim_my'), own, stranger));
    expect(sent).toHaveLength(2);
  });

  test('the author does not leave the page', async () => {
    const { sent } = await watch(x, page(NAV('aminah_rosli'), own));
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toHaveProperty('author');
  });

  test('the account is read once per page, and again on the next page', async () => {
    const first = await watch(x, page(NAV('aminah_rosli'), own, stranger, tweet('kumar_s', '103', 'x'), tweet('farah_z', '104', 'y')));
    expect(first.handleReads).toBe(1);
    // Client-side navigation: start.ts makes a new watcher for the new URL, which reads it again.
    const second = await watch(x, page(NAV('davidlim_my'), own, stranger));
    expect(second.handleReads).toBe(1);
    expect(keys(second.sent)).toContain('https://x.com/davidlim_my/status/102');
  });
});

describe('own posts only, on each site\'s feed fixture', () => {
  const fixture = (site: string) => readFileSync(resolve(`tests/fixtures/${site}/feed-en.html`), 'utf8');

  test.each([
    { site: x, own: ['https://x.com/aminah_rosli/status/1890000000000000001'] },
    { site: instagram, own: ['https://www.instagram.com/p/DA1aaaaaAA1/'] },
    { site: tiktok, own: ['https://www.tiktok.com/@cikgu.lina/video/7350000000000000001'] },
  ])('$site.id: only the logged-in account\'s posts are sent', async ({ site, own }) => {
    const { sent } = await watch(site, fixture(site.id));
    expect(keys(sent)).toEqual(own);
  });

  test('Facebook names no account (per-post audiences): every post is sent', async () => {
    const { sent } = await watch(facebook, fixture('facebook'));
    expect(sent).toHaveLength(10);
  });
});
