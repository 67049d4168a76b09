/**
 * X posts (home timeline, profile, conversation): text, image descriptions, permalink; audience
 * from the account.
 *
 * X has no per-post audience: a post is as visible as its account (ctx.accountAudience, from the
 * "Protect your posts" reading; `unknown` until that setting was read). One exception the page
 * shows itself: a post whose own header carries the lock icon is from a protected account, so it is
 * `private` whatever the account reading says. The lock must be the OUTER post's: a public post
 * quoting a protected one carries the quoted author's lock inside the quote.
 */
import type { SiteDefinition } from '../types';
import { agreedHandle, finalUrl, handleOf, insideAny, safeUrl, snapshot, textOf } from '../common/posts';
import { ACCOUNT_MENU_AVATAR, ACCOUNT_PROFILE_LINK, AVATAR_TESTID_PREFIX, AVATAR_TESTID_UNRESOLVED } from './selectors';

// ---------------------------------------------------------------------------------------------
// SELECTORS (to move into selectors.ts when the lead merges). data-testid hooks and aria only:
// X's class names (css-175oi2r r-…) are generated.
// ---------------------------------------------------------------------------------------------
const SELECTORS = {
  /** One post. */
  post: [
    'article[data-testid="tweet"]', // every timeline post (x-home.html capture; brocc fixtures)
  ],
  /** The author line: display name, @handle, time link — and the lock of a protected account. */
  userName: [
    '[data-testid="User-Name"]', // x-home.html capture: one per post, one more per quoted post
  ],
  /** Protected account lock in the author line. */
  lock: [
    '[data-testid="icon-lock"]', // language-independent hook (platforms.md, [code])
    'svg[aria-label="Protected account"]', // its English accessible name, in case the testid goes
  ],
  /** The post's text. */
  text: [
    '[data-testid="tweetText"]', // x-home.html capture (30 on the page; one per post or quote)
  ],
  /** Photos; video posters are inside the same hook. */
  photo: [
    '[data-testid="tweetPhoto"] img', // x-home.html capture
  ],
  /**
   * A quoted post: a div[role=link] (not an <a>) wrapping its own User-Name (x-home.html capture,
   * the "Quote" block). Filtered in code to those that hold a User-Name.
   */
  quote: [
    'div[role="link"]',
  ],
} as const;

/**
 * X writes no automatic alt text: an image without a description gets a default (x-home.html: 11×
 * alt="Image"; video thumbnails alt="Embedded video"). Defaults say nothing about the picture, so
 * they are dropped. Only the English defaults are known; another UI's default is kept (harmless:
 * it names no child, no uniform).
 */
const DEFAULT_ALTS = new Set(['Image', 'Embedded video']);

const HOSTS = ['x.com', 'twitter.com'];
const ORIGIN = 'https://x.com/';
/** /{handle}/status/{id} — handles are 1–15 word characters, ids are decimal. */
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})(?:\/|$)/;
/** /{handle} — a profile link. */
const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** First path segments that are X's own pages, not accounts (/i/status/… is a handle-less permalink). */
const RESERVED = new Set(['i', 'home', 'explore', 'notifications', 'messages', 'search', 'settings', 'compose', 'hashtag', 'login', 'logout', 'signup', 'tos', 'privacy']);

const POST = SELECTORS.post.join(', ');
const USER_NAME = SELECTORS.userName.join(', ');
const LOCK = SELECTORS.lock.join(', ');
const TEXT = SELECTORS.text.join(', ');
const PHOTO = SELECTORS.photo.join(', ');
const QUOTE = SELECTORS.quote.join(', ');

function permalink(href: string | null): string | null {
  const url = safeUrl(href, ORIGIN, HOSTS);
  const m = url ? STATUS_PATH.exec(url.pathname) : null;
  if (!m) return null;
  // Canonical form on x.com, without /photo/1, /analytics or query: one key per post.
  return finalUrl(new URL(`/${m[1]!}/status/${m[2]!}`, ORIGIN));
}

/** The handle a profile link (/{handle}) names; null for any other link. */
function profileHandle(href: string | null): string | null {
  const url = safeUrl(href, ORIGIN, HOSTS);
  const m = url ? PROFILE_PATH.exec(url.pathname) : null;
  return m ? handleOf(m[1], HANDLE, RESERVED) : null;
}

/**
 * The post's author: the profile links of the OUTER post's author line (name and @handle; a quoted
 * post's author line is inside the quote and never read) and the handle in its permalink. They
 * must agree; none, or two different, is null (unknown author).
 */
function authorOf(headerLinks: readonly Element[], url: string | null): string | null {
  const found: string[] = [];
  for (const a of headerLinks) {
    const h = profileHandle(a.getAttribute('href'));
    if (h !== null) found.push(h);
  }
  const m = url !== null ? STATUS_PATH.exec(new URL(url).pathname) : null;
  const fromUrl = m ? handleOf(m[1], HANDLE, RESERVED) : null;
  if (fromUrl !== null) found.push(fromUrl);
  return agreedHandle(found);
}

function read(root: Element, ctx: Parameters<SiteDefinition['posts']['read']>[1]): ReturnType<SiteDefinition['posts']['read']> {
  const quotes = Array.from(root.querySelectorAll(QUOTE)).filter((q) => q.querySelector(USER_NAME) !== null);
  const header = Array.from(root.querySelectorAll(USER_NAME)).find((u) => !insideAny(u, quotes)) ?? null;

  const locked = header !== null && header.querySelector(LOCK) !== null;
  const audience = locked ? 'private' : ctx.accountAudience;

  // The time link in the outer author line; else any status link with a <time> outside quotes.
  const links = header ? Array.from(header.querySelectorAll('a[href]')) : [];
  const timeLinks = Array.from(root.querySelectorAll('a[href]')).filter((a) => a.querySelector('time') !== null && !insideAny(a, quotes));
  let url: string | null = null;
  for (const a of [...links, ...timeLinks]) {
    url = permalink(a.getAttribute('href'));
    if (url !== null) break;
  }

  // The post's own text first, then what it quotes (part of what the post shows).
  const texts = Array.from(root.querySelectorAll(TEXT));
  const own = texts.filter((t) => !insideAny(t, quotes));
  const quoted = texts.filter((t) => insideAny(t, quotes));
  const altTexts = Array.from(root.querySelectorAll(PHOTO))
    .map((img) => img.getAttribute('alt') ?? '')
    .filter((alt) => !DEFAULT_ALTS.has(alt.trim()));

  return snapshot({
    url,
    audience,
    texts: [...own, ...quoted].map((t) => textOf(t)),
    altTexts,
    author: authorOf(links, url),
  });
}

export const posts: SiteDefinition['posts'] = { rootSelector: POST, read };

const PROFILE_LINK = ACCOUNT_PROFILE_LINK.join(', ');
const MENU_AVATAR = ACCOUNT_MENU_AVATAR.join(', ');

/**
 * The logged-in account: the side nav's Profile link (required), cross-checked by the account
 * menu's avatar when it is there. Anything inside a post is ignored; two different handles is null.
 */
export function accountHandle(doc: Document): string | null {
  const outsidePosts = (e: Element) => e.closest(POST) === null;
  const links = Array.from(doc.querySelectorAll(PROFILE_LINK)).filter(outsidePosts);
  if (links.length === 0) return null;
  const found = links.map((a) => profileHandle(a.getAttribute('href')));
  for (const el of Array.from(doc.querySelectorAll(MENU_AVATAR)).filter(outsidePosts)) {
    const suffix = (el.getAttribute('data-testid') ?? '').slice(AVATAR_TESTID_PREFIX.length);
    if (suffix !== AVATAR_TESTID_UNRESOLVED) found.push(handleOf(suffix, HANDLE, RESERVED));
  }
  return agreedHandle(found);
}
