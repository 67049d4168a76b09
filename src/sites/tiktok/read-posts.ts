/**
 * TikTok videos (For You / Following feed, profile grid): description, thumbnail alt, permalink,
 * place; audience from the account.
 *
 * TikTok does have a per-video audience ("Who can watch this video": Everyone / Friends / Only me),
 * but no evidence was found of how (or whether) the web page marks it on a feed item or a profile
 * tile, so the reader never guesses one: every video gets ctx.accountAudience (from the "Private
 * account" reading; `unknown` until that setting was read).
 *
 * CONFIDENCE: every data-e2e hook below comes from third-party scrapers and automation written
 * against tiktok.com (search corpus, [code]); none was checked against a live page or a capture.
 * [unverified]
 */
import type { SiteDefinition } from '../types';
import { agreedHandle, finalUrl, handleOf, isIconSized, outermost, safeUrl, snapshot, textOf } from '../common/posts';
import { AUTHOR_LINK, NAV_PROFILE } from './selectors';

// ---------------------------------------------------------------------------------------------
// SELECTORS (to move into selectors.ts when the lead merges). data-e2e hooks only: TikTok's class
// names (css-1as5cen-DivWrapper …) are generated.
// ---------------------------------------------------------------------------------------------
const SELECTORS = {
  /** One video. */
  post: [
    '[data-e2e="recommend-list-item-container"]', // For You feed item (automation scripts, [code])
    '[data-e2e="user-post-item"]', // profile grid tile (many scrapers, [code])
  ],
  /** The description (caption with hashtags). */
  desc: [
    '[data-e2e="video-desc"]', // feed item description (scrapers, [code])
    '[data-e2e="browse-video-desc"]', // video page / modal description (scrapers, [code])
    '[data-e2e="user-post-item-desc"]', // profile tile caption, older grid (scrapers, [code])
  ],
  /** The author's avatar: a profile picture, never the video's image. */
  avatar: [
    '[data-e2e="video-author-avatar"]', // feed item avatar link (automation script, [code])
  ],
  /** The location chip links to a place page. [unverified] */
  location: [
    'a[href*="/place/"]',
  ],
  /** "more", "See translation": chrome inside a description. */
  chrome: [
    'button',
    '[role="button"]',
  ],
} as const;

/** /@{handle}/video/{id} or /@{handle}/photo/{id} (photo carousels). */
const VIDEO_PATH = /^\/@([A-Za-z0-9._]{1,24})\/(video|photo)\/(\d{5,25})(?:\/|$)/;
/** /@{handle} — a profile link. */
const PROFILE_PATH = /^\/@([A-Za-z0-9._]{1,24})\/?$/;
const HANDLE = /^[A-Za-z0-9._]{1,24}$/;
const HOSTS = ['tiktok.com'];
const ORIGIN = 'https://www.tiktok.com/';

const POST = SELECTORS.post.join(', ');
const DESC = SELECTORS.desc.join(', ');
const AVATAR = SELECTORS.avatar.join(', ');
const AUTHOR = AUTHOR_LINK.join(', ');
const LOCATION = SELECTORS.location.join(', ');
const CHROME = SELECTORS.chrome.join(', ');

/** The handle a profile link (/@{handle}) names; null for any other link. */
function profileHandle(href: string | null): string | null {
  const url = safeUrl(href, ORIGIN, HOSTS);
  const m = url ? PROFILE_PATH.exec(url.pathname) : null;
  return m ? handleOf(m[1], HANDLE) : null;
}

function permalink(href: string | null): string | null {
  const url = safeUrl(href, ORIGIN, HOSTS);
  const m = url ? VIDEO_PATH.exec(url.pathname) : null;
  return m ? finalUrl(new URL(`/@${m[1]!}/${m[2]!}/${m[3]!}`, ORIGIN)) : null;
}

/** A link to a profile (/@handle) that is not a video link: its image is a profile picture. */
function isProfileLink(a: Element): boolean {
  const url = safeUrl(a.getAttribute('href'), ORIGIN, HOSTS);
  return url !== null && /^\/@[^/]+\/?$/.test(url.pathname);
}

function read(root: Element, ctx: Parameters<SiteDefinition['posts']['read']>[1]): ReturnType<SiteDefinition['posts']['read']> {
  if (root.parentElement?.closest(POST)) return null; // read as part of the item around it

  const skip = (e: Element) => e.matches(CHROME);
  let descs = outermost(Array.from(root.querySelectorAll(DESC)));
  // Profile grid: the caption block is the tile's next sibling, not inside the tile. [unverified]
  const next = root.nextElementSibling;
  if (descs.length === 0 && next !== null && next.matches(DESC)) descs = [next];
  const texts = descs.map((d) => textOf(d, { skip }));

  const altTexts = Array.from(root.querySelectorAll('img[alt]'))
    .filter((img) => {
      if (isIconSized(img)) return false;
      if (img.closest(AVATAR)) return false;
      const link = img.closest('a[href]');
      return !(link && root.contains(link) && isProfileLink(link));
    })
    .map((img) => img.getAttribute('alt') ?? '');

  // The permalink, and the author: the handle in the permalink and in the author links must agree.
  let url: string | null = null;
  const authors: (string | null)[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href');
    if (url === null) url = permalink(href);
    if (a.matches(AUTHOR)) authors.push(profileHandle(href));
  }
  const m = url !== null ? VIDEO_PATH.exec(new URL(url).pathname) : null;
  if (m) authors.push(handleOf(m[1], HANDLE));

  const place = root.querySelector(LOCATION);
  return snapshot({
    url,
    audience: ctx.accountAudience,
    texts,
    altTexts,
    location: place ? textOf(place, { max: 200 }) : null,
    author: agreedHandle(authors),
  });
}

export const posts: SiteDefinition['posts'] = { rootSelector: POST, read };

const NAV = NAV_PROFILE.join(', ');

/**
 * The logged-in account: the side navigation's Profile link, /@{handle} [unverified hook, see
 * selectors.ts]. Links inside a video are ignored; none, or two different handles: null.
 */
export function accountHandle(doc: Document): string | null {
  const links = Array.from(doc.querySelectorAll(NAV)).filter((a) => a.closest(`${POST}, article`) === null);
  return agreedHandle(links.map((a) => profileHandle(a.getAttribute('href'))));
}
