/**
 * Threads posts (home feed, profile, post page): text, image descriptions, permalink, location tag;
 * audience from the account, unless the post itself says it is public.
 *
 * Threads has no per-post audience: a post is as visible as its author's profile. For the parent's
 * account that is ctx.accountAudience (from the "Private profile" reading; `unknown` until that
 * setting was read). One marker the page shows itself: the Fediverse globe in the post's own author
 * line. Only public profiles can share to the Fediverse, so such a post is `public` whatever the
 * account reading says — a marker that can only make a post look MORE exposed, never less.
 *
 * Structure (shared/captures/threads-home.html): each post is a div[data-pressable-container=true];
 * a quoted post is another one nested inside it. The quote is part of what the outer post shows, so
 * its text and images are read with the outer post, and the nested root reads null (never twice).
 * The marker, permalink and location are the OUTER post's: the quote's are skipped.
 */
import type { PostContext, SiteDefinition } from '../types';
import type { PostSnapshot } from '../../shared/readings';
import { finalUrl, insideAny, outermost, safeUrl, snapshot, textOf } from '../common/posts';
import { CHROME, FEDIVERSE_MARKER, LOCATION, POST, TEXT_BLOCK } from './selectors';

const HOSTS = ['threads.net', 'threads.com'];
/** Canonical origin for permalinks: one key per post whichever host the page was on. */
const ORIGIN = 'https://www.threads.com/';
/** /@{handle}/post/{code} (capture: time links and quoted-post links). */
const POST_PATH = /^\/@([A-Za-z0-9._]{1,30})\/post\/([A-Za-z0-9_-]{5,64})\/?$/;
/** Avatars are drawn 36×36 (22×22 in a quote), favicons 14×14: never a photo of the post. */
const AVATAR_MAX = 48;
/** English UI avatar alt "{handle}'s profile picture" / "A Threads user's profile picture" (capture). */
const PROFILE_PICTURE_EN = /'s profile picture$/;

const ROOT = POST.join(', ');
const MARKER = FEDIVERSE_MARKER.join(', ');
const TEXT = TEXT_BLOCK.join(', ');
const PLACE = LOCATION.join(', ');
const IS_CHROME = CHROME.join(', ');

function permalinkOf(a: Element): string | null {
  const url = safeUrl(a.getAttribute('href'), ORIGIN, HOSTS);
  if (url === null || url.hostname.startsWith('l.')) return null; // l.threads.net: outbound link shim
  const m = POST_PATH.exec(url.pathname);
  return m ? finalUrl(new URL(`/@${m[1]!}/post/${m[2]!}`, ORIGIN)) : null;
}

function isAvatarSized(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return w > 0 && h > 0 && w <= AVATAR_MAX && h <= AVATAR_MAX;
}

/** Inside `root`, the closest <a href> around `el` that is not a post permalink (profile, link card). */
function inForeignLink(el: Element, root: Element): boolean {
  const a = el.closest('a[href]');
  return a !== null && root.contains(a) && permalinkOf(a) === null;
}

/** A text block that is the post's words: not chrome, not a name or link card, not the time. */
function isTextBlock(span: Element, root: Element): boolean {
  const chrome = span.closest(IS_CHROME);
  if (chrome !== null && root.contains(chrome)) return false;
  if (inForeignLink(span, root)) return false;
  return span.querySelector('time') === null && span.closest('time') === null;
}

/** Images that show the post: not an avatar, favicon or link-card picture. */
function isMedia(img: Element, root: Element): boolean {
  if (isAvatarSized(img)) return false;
  if (PROFILE_PICTURE_EN.test(img.getAttribute('alt') ?? '')) return false;
  return !inForeignLink(img, root);
}

function read(root: Element, ctx: PostContext): PostSnapshot | null {
  // A quoted post is read with the post quoting it.
  if (root.parentElement?.closest(ROOT)) return null;
  const quotes = outermost(Array.from(root.querySelectorAll(ROOT)));
  const own = (el: Element) => !insideAny(el, quotes);

  const marked = Array.from(root.querySelectorAll(MARKER)).some(own);
  const audience = marked ? 'public' : ctx.accountAudience;

  // The permalink: the outer post's time link; else any of its own post links.
  const links = Array.from(root.querySelectorAll('a[href]')).filter(own);
  const timeLink = links.find((a) => a.querySelector('time') !== null && permalinkOf(a) !== null);
  let url = timeLink ? permalinkOf(timeLink) : null;
  for (const a of links) {
    if (url !== null) break;
    url = permalinkOf(a);
  }

  // Own words first, then the quote's: outermost text blocks, each read once.
  const blocks = outermost(Array.from(root.querySelectorAll(TEXT)).filter((s) => isTextBlock(s, root)));
  const skip = (e: Element) => e.matches(IS_CHROME);
  const texts = [...blocks.filter(own), ...blocks.filter((b) => !own(b))].map((b) => textOf(b, { skip }));

  const images = Array.from(root.querySelectorAll('img')).filter((img) => isMedia(img, root));
  const altTexts = [...images.filter(own), ...images.filter((i) => !own(i))].map((img) => img.getAttribute('alt') ?? '');

  const place = Array.from(root.querySelectorAll(PLACE)).find(own);

  return snapshot({ url, audience, texts, altTexts, location: place ? textOf(place, { max: 200 }) : null });
}

export const posts: SiteDefinition['posts'] = { rootSelector: ROOT, read };
