/**
 * Instagram posts (home feed, post page): caption, image descriptions, permalink, location tag;
 * audience from the account.
 *
 * Instagram has no per-post audience: a post is as visible as its account (ctx.accountAudience,
 * from the "Private account" reading; `unknown` until that setting was read).
 *
 * Instagram marks almost nothing: no testids, no caption hook. What is stable (shared/captures/
 * instagram-home.html): each post is an <article>; its author appears as a link to /{handle}/ in
 * the header (avatar + name) and again in front of the caption, below the media; the time link goes
 * to /p/{code}/; profile pictures' alt ends "'s profile picture" (English UI).
 */
import type { SiteDefinition } from '../types';
import { agreedHandle, finalUrl, handleOf, isIconSized, precedes, safeUrl, snapshot, textOf } from '../common/posts';
import { CONTENT, NAV_LINKS, NAV_PROFILE_PICTURE, OVERLAYS } from './selectors';

// ---------------------------------------------------------------------------------------------
// SELECTORS (to move into selectors.ts when the lead merges). Tags, hrefs and aria only.
// ---------------------------------------------------------------------------------------------
const SELECTORS = {
  /** One post. */
  post: [
    'article', // home feed (instagram-home.html capture: 3 articles, one per post)
  ],
  /** Links that are not the post's media: a profile picture is never a photo of the post. */
  notMedia: [
    'a[href$="/liked_by/"]', // "liked by" avatars row (capture)
  ],
  /** The location tag under the author's name. [code: many scrapers; not in the capture] */
  location: [
    'a[href*="/explore/locations/"]',
  ],
  /** Post page (/p/{code}/) caption in older layouts. [unverified] */
  postPageCaption: [
    'h1',
  ],
  /** Buttons inside the caption ("more", "See translation"): chrome, never caption. */
  chrome: [
    '[role="button"]', // capture: "more" is a div[role=button]
    'button',
  ],
} as const;

/** English UI: avatar alt "{handle}'s profile picture" (capture, brocc fixtures). */
const PROFILE_PICTURE_EN = /'s profile picture$/;
const PROFILE_PICTURE_EN_HANDLE = /^(.+)'s profile picture$/;
/** /{handle}/ — a profile link. Handles: letters, digits, dot, underscore (≤ 30). */
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
/** First path segments that are Instagram's own pages, not handles. */
const RESERVED = new Set(['explore', 'reels', 'reel', 'p', 'tv', 'stories', 'direct', 'accounts', 'about', 'legal', 'web']);

function isProfilePath(pathname: string): boolean {
  const m = PROFILE_PATH.exec(pathname);
  return m !== null && !RESERVED.has(m[1]!.toLowerCase());
}

/** The handle a profile link names (lower-cased); null for any other link. */
function profileHandle(pathname: string): string | null {
  const m = PROFILE_PATH.exec(pathname);
  return m ? handleOf(m[1], HANDLE, RESERVED) : null;
}

/** /p/{code}/, /reel/{code}/, /tv/{code}/, also under /{handle}/ (newer share links). */
const POST_PATH = /^\/(?:[A-Za-z0-9._]{1,30}\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})(?:\/|$)/;
const HOSTS = ['instagram.com'];
const ORIGIN = 'https://www.instagram.com/';

const POST = SELECTORS.post.join(', ');
const NOT_MEDIA = SELECTORS.notMedia.join(', ');
const LOCATION = SELECTORS.location.join(', ');
const POST_PAGE_CAPTION = SELECTORS.postPageCaption.join(', ');
const CHROME = SELECTORS.chrome.join(', ');

function path(a: Element): string {
  const url = safeUrl(a.getAttribute('href'), ORIGIN, HOSTS);
  return url ? url.pathname : '';
}

function permalink(a: Element): string | null {
  const m = POST_PATH.exec(path(a));
  return m ? finalUrl(new URL(`/${m[1]!}/${m[2]!}/`, ORIGIN)) : null;
}

/** Images that show the post: not a profile picture, not an icon, not the liked-by row. */
function mediaOf(root: Element): Element[] {
  return Array.from(root.querySelectorAll('img')).filter((img) => {
    if (PROFILE_PICTURE_EN.test(img.getAttribute('alt') ?? '')) return false;
    if (isIconSized(img)) return false;
    const link = img.closest('a[href]');
    if (link && root.contains(link) && (isProfilePath(path(link)) || link.matches(NOT_MEDIA))) return false;
    return true;
  });
}

/**
 * The caption: the text right after the author's link that follows the media. Climb from that link
 * to the first ancestor with a next sibling; the sibling is the caption block (capture structure).
 */
function captionOf(root: Element, authorPath: string, after: Element | null): Element | null {
  const links = Array.from(root.querySelectorAll('a[href]')).filter((a) => path(a).replace(/\/?$/, '/') === authorPath);
  const link = links.find((a) => a.querySelector('img') === null && (after === null || precedes(after, a)));
  if (!link) return null;
  let el: Element = link;
  for (let depth = 0; depth < 8 && el.parentElement && el.parentElement !== root; depth++) {
    if (el.nextElementSibling) return el.nextElementSibling;
    el = el.parentElement;
  }
  return null;
}

function read(root: Element, ctx: Parameters<SiteDefinition['posts']['read']>[1]): ReturnType<SiteDefinition['posts']['read']> {
  const links = Array.from(root.querySelectorAll('a[href]'));
  // The author: the first profile link (header avatar or name).
  const authorLink = links.find((a) => isProfilePath(path(a)));
  const authorPath = authorLink ? path(authorLink).replace(/\/?$/, '/') : null;

  const media = mediaOf(root);
  const timeLink = links.find((a) => a.querySelector('time') !== null && permalink(a) !== null);
  const firstMedia = media[0] ?? null;

  const skip = (e: Element) => e.matches(CHROME);
  const caption = authorPath ? captionOf(root, authorPath, firstMedia ?? timeLink ?? null) : null;
  const texts = caption ? [textOf(caption, { skip })] : Array.from(root.querySelectorAll(POST_PAGE_CAPTION)).map((h) => textOf(h, { skip }));

  let url = timeLink ? permalink(timeLink) : null;
  for (const a of links) {
    if (url !== null) break;
    url = permalink(a);
  }

  // The location tag sits in the header, before the media (a location in a caption is just text).
  const place = Array.from(root.querySelectorAll(LOCATION)).find((a) => firstMedia === null || precedes(a, firstMedia));

  return snapshot({
    url,
    audience: ctx.accountAudience,
    texts,
    altTexts: media.map((img) => img.getAttribute('alt') ?? ''),
    location: place ? textOf(place, { max: 200 }) : null,
    author: authorOf(links, firstMedia ?? timeLink ?? null),
  });
}

/**
 * The author: the handle the header links (avatar and name), i.e. the profile links before the
 * post's media (or, without media, before the time link). Tagged people and @mentions come after
 * and are never read. A collaboration post links two accounts in its header: unknown (null), as is
 * a post whose header cannot be told apart (no media, no time link: the post page's layout).
 */
function authorOf(links: readonly Element[], boundary: Element | null): string | null {
  if (boundary === null) return null;
  const found: string[] = [];
  for (const a of links) {
    if (!precedes(a, boundary)) break; // links are in page order: the header is over
    const h = profileHandle(path(a));
    if (h !== null) found.push(h);
  }
  return agreedHandle(found);
}

export const posts: SiteDefinition['posts'] = { rootSelector: POST, read };

const NOT_NAV = [...CONTENT, ...OVERLAYS].join(', ');
const CONTENT_SEL = CONTENT.join(', ');
const PICTURE = NAV_PROFILE_PICTURE.join(', ');

/**
 * The logged-in account: the navigation's Profile item, a link to /{handle}/ around the account's
 * profile picture. The navigation is the smallest element holding Instagram's own nav links
 * (at least two of Explore, Reels, Messages) outside the content; in English the picture's alt
 * ("{handle}'s profile picture") must name the same handle. None, or two different: null.
 */
export function accountHandle(doc: Document): string | null {
  const usable = (e: Element) => e.closest(NOT_NAV) === null;
  const anchors: Element[] = [];
  for (const sel of NAV_LINKS) {
    const a = Array.from(doc.querySelectorAll(sel)).find(usable);
    if (a) anchors.push(a);
  }
  if (anchors.length < 2) return null;
  let nav: Element | null = anchors[0]!.parentElement;
  while (nav !== null && !anchors.every((a) => nav!.contains(a))) nav = nav.parentElement;
  if (nav === null || nav.querySelector(CONTENT_SEL) !== null) return null;

  const found: (string | null)[] = [];
  for (const img of Array.from(nav.querySelectorAll(PICTURE))) {
    const a = img.closest('a[href]');
    if (a === null || !nav.contains(a) || !usable(a)) continue;
    const h = profileHandle(path(a));
    if (h === null) continue; // a picture in a link to another page: not the Profile item
    found.push(h);
    const alt = PROFILE_PICTURE_EN_HANDLE.exec((img.getAttribute('alt') ?? '').trim());
    if (alt) found.push(handleOf(alt[1], HANDLE));
  }
  return agreedHandle(found);
}
