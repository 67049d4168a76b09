/**
 * YouTube videos (channel/home/search grids, watch page, YouTube Studio content list): title and
 * description, thumbnail alt, permalink, and the video's visibility.
 *
 * Visibility, as the page shows it:
 * - Studio content rows have a Visibility column: Public / Unlisted / Private (and Draft,
 *   Scheduled…). The value is read in the page language only; anything else is `unknown`.
 * - Outside Studio a video is public unless a badge says Unlisted or Private (YouTube shows those
 *   badges to the owner). "No badge → public" only holds where Jaga could have read the badge: on a
 *   page in another language a badge we cannot read might say Unlisted, so there it is `unknown`.
 * - Unlisted → `custom`: only people given the link can watch, which is how YouTube itself tells
 *   parents to share with family (platforms.md: max privacy "Private (or Unlisted)"). It is not
 *   `public` (not searchable, not on the channel) and not `private` (no sign-in list).
 *
 * CONFIDENCE: the visibility words are YouTube's own (Android `video_privacy_*` strings, Malay help
 * centre — localized-strings.md YT_AND / YT_HELP_MS); that the web badge and Studio column use the
 * same words, and the custom-element/id hooks below, come from third-party scripts ([code]) — no
 * YouTube capture was available. [unverified]
 */
import type { Audience } from '../../shared/audience';
import type { SiteDefinition, UiLang, Wording } from '../types';
import { matchKeys } from '../common/labels';
import { matchForm } from '../common/text';
import { agreed, finalUrl, isIconSized, outermost, safeUrl, snapshot, textOf } from '../common/posts';

// ---------------------------------------------------------------------------------------------
// SELECTORS (to move into selectors.ts when the lead merges). Custom-element tag names and
// template ids (Polymer/Lit component names, stable for years); never the style-scope classes.
// ---------------------------------------------------------------------------------------------
const SELECTORS = {
  /** One video. */
  post: [
    'ytd-rich-item-renderer', // home and channel "Videos" grid (ad-blocker and scraper code, [code])
    'ytd-video-renderer', // search results, older channel lists ([code])
    'ytd-grid-video-renderer', // older channel grid ([code])
    'ytd-compact-video-renderer', // watch-page sidebar ([code])
    'ytd-playlist-video-renderer', // playlist rows ([code])
    'ytd-watch-metadata', // the watch page's own video: title, badges, description ([code])
    'ytcp-video-row', // YouTube Studio content list row (Studio automation scripts, [code])
  ],
  /** Studio row (its visibility is a column, not a badge). */
  studioRow: ['ytcp-video-row'],
  /** Title and description text. */
  text: [
    '#video-title', // feed/search title (a#video-title, yt-formatted-string#video-title) and Studio title ([code])
    '#description-text', // search-result description snippet ([code])
    'h1', // watch page title inside ytd-watch-metadata ([code])
    '#description-inline-expander', // watch page description ([code]) [unverified]
    '#video-description', // Studio row description [unverified]
  ],
  /** Badges: Unlisted, Private, also New, 4K, CC, Members only, LIVE… */
  badge: [
    'ytd-badge-supported-renderer', // classic badge element ([code])
    'badge-shape', // 2024 badge component, aria-label carries the text [unverified]
  ],
  /** Channel avatars: a profile picture, never the video's image. */
  avatar: [
    '#avatar', // yt-img-shadow#avatar / #avatar-link ([code])
    'a[href^="/@"]', // channel handle links
    'a[href^="/channel/"]',
  ],
  /** In a Studio row, these hold the title/description, never the visibility value. */
  studioNotValue: [
    'a', // title link, comment counts
    '#video-title',
    '#video-description',
  ],
} as const;

// Visibility words (localized-strings.md, YouTube table: every one `platform` provenance).
const p = (lang: UiLang, text: string, ref: string): Wording => ({ lang, text, source: 'platform', ref });
const VISIBILITY: Record<'public' | 'unlisted' | 'private', readonly Wording[]> = {
  public: [
    p('en', 'Public', 'YT_AND video_privacy_public'),
    p('ms', 'Umum', 'YT_AND video_privacy_public; YT_HELP_MS'),
    p('zh', '公开', 'YT_AND video_privacy_public'),
    p('ta', 'பொது', 'YT_AND video_privacy_public'),
  ],
  unlisted: [
    p('en', 'Unlisted', 'YT_AND video_privacy_unlisted'),
    p('ms', 'Tidak tersenarai', 'YT_AND video_privacy_unlisted; YT_HELP_MS'),
    p('zh', '不公开列出', 'YT_AND video_privacy_unlisted'),
    p('ta', 'பட்டியலிடப்படாதவை', 'YT_AND video_privacy_unlisted'),
  ],
  private: [
    p('en', 'Private', 'YT_AND video_privacy_private'),
    p('ms', 'Peribadi', 'YT_AND video_privacy_private; YT_HELP_MS'),
    p('zh', '私享', 'YT_AND video_privacy_private'),
    p('ta', 'தனிப்பட்டது', 'YT_AND video_privacy_private'),
  ],
};
const AS_AUDIENCE: Record<keyof typeof VISIBILITY, Audience> = { public: 'public', unlisted: 'custom', private: 'private' };

/** A visibility word, whole, in the page language -> audience; null when it is no visibility word. */
export function readVisibility(raw: string, lang: UiLang | null): Audience | null {
  const s = matchForm(raw);
  if (s === '') return null;
  for (const [word, wordings] of Object.entries(VISIBILITY) as [keyof typeof VISIBILITY, readonly Wording[]][]) {
    if (matchKeys(wordings, lang).includes(s)) return AS_AUDIENCE[word];
  }
  return null;
}

const HOSTS = ['youtube.com', 'youtu.be'];
const ORIGIN = 'https://www.youtube.com/';
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

const POST = SELECTORS.post.join(', ');
const STUDIO_ROW = SELECTORS.studioRow.join(', ');
const TEXT = SELECTORS.text.join(', ');
const BADGE = SELECTORS.badge.join(', ');
const AVATAR = SELECTORS.avatar.join(', ');
const STUDIO_NOT_VALUE = SELECTORS.studioNotValue.join(', ');

/** Any link to a video (watch, shorts, youtu.be, Studio edit page) -> https://www.youtube.com/watch?v={id}. */
function permalink(href: string | null): string | null {
  const url = safeUrl(href, ORIGIN, HOSTS);
  if (url === null) return null;
  let id: string | null = null;
  if (url.hostname === 'youtu.be') id = url.pathname.slice(1);
  else if (url.pathname === '/watch') id = url.searchParams.get('v');
  else id = /^\/(?:shorts|video|live)\/([^/]+)/.exec(url.pathname)?.[1] ?? null;
  if (id === null || !VIDEO_ID.test(id)) return null;
  return finalUrl(new URL(`/watch?v=${id}`, ORIGIN));
}

function studioVisibility(row: Element, lang: UiLang | null): Audience {
  const found: Audience[] = [];
  for (const el of Array.from(row.querySelectorAll('*'))) {
    if (el.firstElementChild !== null) continue; // leaves only: the value is a short text of its own
    const fence = el.closest(STUDIO_NOT_VALUE);
    if (fence && row.contains(fence)) continue;
    const v = readVisibility(el.textContent ?? '', lang);
    if (v !== null) found.push(v);
  }
  return agreed(found);
}

function badgeVisibility(root: Element, lang: UiLang | null): Audience {
  if (matchKeys(VISIBILITY.public, lang).length === 0) return 'unknown'; // cannot read a badge here
  const found: Audience[] = [];
  for (const badge of Array.from(root.querySelectorAll(BADGE))) {
    for (const raw of [badge.getAttribute('aria-label') ?? '', badge.textContent ?? '', ...Array.from(badge.querySelectorAll('[aria-label]'), (e) => e.getAttribute('aria-label') ?? '')]) {
      const v = readVisibility(raw, lang);
      if (v !== null) found.push(v);
    }
  }
  return found.length === 0 ? 'public' : agreed(found);
}

function read(root: Element, ctx: Parameters<SiteDefinition['posts']['read']>[1]): ReturnType<SiteDefinition['posts']['read']> {
  if (root.parentElement?.closest(POST)) return null; // read as part of the item around it

  const texts = outermost(Array.from(root.querySelectorAll(TEXT))).map((t) => textOf(t));
  const altTexts = Array.from(root.querySelectorAll('img[alt]'))
    .filter((img) => !isIconSized(img) && !(img.closest(AVATAR) && root.contains(img.closest(AVATAR))))
    .map((img) => img.getAttribute('alt') ?? '');

  let url: string | null = null;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    url = permalink(a.getAttribute('href'));
    if (url !== null) break;
  }
  // The watch page's own metadata block links nowhere: the page address names the video.
  if (url === null && root.matches('ytd-watch-metadata')) url = permalink(root.ownerDocument?.URL ?? null);

  const audience = root.matches(STUDIO_ROW) ? studioVisibility(root, ctx.lang) : badgeVisibility(root, ctx.lang);
  return snapshot({ url, audience, texts, altTexts });
}

export const posts: SiteDefinition['posts'] = { rootSelector: POST, read };
