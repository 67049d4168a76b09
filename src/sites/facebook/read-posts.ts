/**
 * Facebook posts (feed, profile timeline): audience marker, caption, alt texts, permalink, place.
 *
 * The audience that counts is the OUTER post's own marker, in its header beside the author's name
 * and timestamp. A re-share carries a second marker, the embedded original's, and comments can
 * carry anything ("Public!" is a valid comment): reading the first marker found anywhere in the
 * post misreads a private re-share of a public post as public (social-media-collector #7). So the
 * reader finds the header first (the smallest region around the first author heading that holds
 * none of the post's body) and reads markers only there; several markers that disagree, or a marker
 * it cannot read, give `unknown` — never a guess.
 */
import type { Audience } from '../../shared/audience';
import type { SiteDefinition, UiLang, Wording } from '../types';
import { matchKeys } from '../common/labels';
import { PRIVACY_BUTTON_PREFIXES, SHARING_WITH } from '../common/selectors';
import { matchForm } from '../common/text';
import { POST_LIMITS, agreed, handleOf, hrefParts, insideAny, isIconSized, outermost, precedes, snapshot, textOf } from '../common/posts';
import { compileKinds, compileSelectors } from '../common/simple-selector';

// ---------------------------------------------------------------------------------------------
// SELECTORS (to move into selectors.ts when the lead merges). Roles, aria-*, data-ad-* and tag
// names only: Facebook's class names are hashed and change weekly.
// ---------------------------------------------------------------------------------------------
const SELECTORS = {
  /** One post. Nested ones are comments or the embedded original of a re-share. */
  post: [
    '[role="article"]', // every era since Comet 2020 (News Feed Eradicator #218/#244: outlived class names)
  ],
  /** The author line that starts a post's header. */
  heading: [
    'h2', // Comet feed author line (2021+ markup copied in clones)
    'h3', // Comet feed / profile author line
    'h4', // author line of a shared original and of group posts
    'h5', // 2016 "classic" author line (tracking-exposed fixtures)
    'h6', // same era, smaller variant
    '[data-ad-rendering-role="profile_name"]', // 2024–25 feed: author block (crawler notes, [code])
  ],
  /** The caption. */
  caption: [
    '[data-ad-preview="message"]', // long-standing hook for the post body (many scrapers, [code])
    '[data-ad-comet-preview="message"]', // its Comet twin, often on the same element
    '[data-ad-rendering-role="story_message"]', // 2024–25 feed body (crawler notes, [code])
    '[data-testid="post_message"]', // pre-2020 body (older scrapers, [code])
  ],
  /** Caption fallback when no hook is there: the post's own text blocks. */
  textBlock: [
    'div[dir="auto"]', // Facebook marks every block of user text dir=auto
  ],
  /** Where comments live: a nested article inside a list is a comment, not an embedded original. */
  commentList: [
    'ul', // Comet comment list (ul > li > div[role=article])
    'ol',
    '[role="list"]',
  ],
  /** UI chrome inside a caption: "See more", "See translation", 查看更多, 查看翻译 — never the caption. */
  chrome: [
    '[role="button"]', // Facebook renders its text buttons as div[role=button]
    'button',
  ],
} as const;

/** Attributes that carry an audience marker's name (each era used a different one). */
const MARKER_ATTRS = [
  'aria-label', // i[aria-label="Shared with Public"] (Comet 2020), privacy button "Edit privacy. Sharing with Public."
  'title', // svg[title="Shared with Public"] (current globe icon)
  'alt', // img[alt="Public"] (Comet 2020)
  'data-tooltip-content', // "Shared with: Public" (2016 classic)
] as const;

/** Link paths that are a post's permalink (its timestamp link). Photo/video links come last. */
const PERMALINK_PATHS: readonly RegExp[] = [
  /\/posts\//, // /{user}/posts/{id}, /groups/{g}/posts/{id}
  /\/permalink(?:\.php|\/)/, // /permalink.php?story_fbid=…&id=…, /groups/{g}/permalink/{id}
  /\/story\.php$/,
  /\/share\/[prv]\//, // share links
  /\/reel\//,
  /\/videos\//,
  /\/watch\/?$/,
  /\/photo(?:\.php|\/)?$/, // /photo/?fbid=…, /photo.php?fbid=…
  /\/photos\//,
];
/**
 * Cheap test of the raw href before it is parsed: every permalink path above holds one of these
 * words. Parsing never adds letters to a path (it drops tabs and newlines, turns `\` into `/` and
 * removes dot segments), so an href without any of them, and without a tab or newline, cannot be a
 * permalink — most links in a header (the author's profile, the avatar) are not.
 */
const PERMALINK_HINT = /posts|permalink|story\.php|share|reel|videos|watch|photo|[\t\n\r]/;
/** Query parameters that name the post; everything else (__cft__, __tn__, ref…) is tracking and unstable. */
const PERMALINK_PARAMS = ['story_fbid', 'id', 'fbid', 'set', 'v'];
const HOSTS = ['facebook.com'];
const ORIGIN = 'https://www.facebook.com/';

// ---------------------------------------------------------------------------------------------
// Audience vocabulary. Only `observed`/`platform` wordings are match keys (see common/labels.ts);
// a page in any other language (Malay, Tamil: nothing verified) reads `unknown`.
// The full marker is [edit-privacy prefix] [sharing-with] VALUE; the value is compared whole.
// ---------------------------------------------------------------------------------------------
const w = (lang: UiLang, text: string, ref: string): Wording => ({ lang, text, source: 'observed', ref });

const VALUES: Record<Exclude<Audience, 'unknown'>, readonly Wording[]> = {
  public: [
    w('en', 'Public', 'social-media-collector post2020 isPublicPost.js; platforms.md FB markers [code]'),
    w('zh', '公开', 'localized-strings.md FB_AUTO_ZH / FB_CLONE_ZH'),
    // Friends of friends → public, deliberately. It is not one of Jaga's five audiences, and the
    // two candidates are both wrong in a way that matters: `custom` would stop a child's photo
    // seen by tens of thousands of strangers (friends of every friend) from being flagged — a
    // wrong "safe"; `unknown` would still flag it but claim Jaga could not read a marker it read
    // perfectly well. What decides the flag is "can people the parent does not know see it": yes.
    w('en', 'Your friends of friends', 'platforms.md FB post editing (2024–26) [code]'),
    w('en', 'Friends of friends', 'platforms.md FB settings values (StellarSand) [code]'),
  ],
  friends: [
    w('en', 'Friends', 'platforms.md FB post editing "Edit privacy. Sharing with Friends." [code]'),
    w('zh', '你的好友', 'localized-strings.md FB_AUTO_ZH'),
    w('zh', '好友', 'localized-strings.md FB_CLONE_ZH'),
  ],
  private: [
    w('en', 'Only me', 'platforms.md FB post editing "… Only me." [code]'),
    w('zh', '仅限自己', 'localized-strings.md FB_CLONE_ZH'),
  ],
  custom: [
    w('en', 'Custom', 'platforms.md FB audience dialog [code]'),
    w('zh', '自定义', 'localized-strings.md FB_CLONE_ZH'),
    w('zh', '指定好友', 'localized-strings.md FB_CLONE_ZH (specific friends)'),
  ],
};
/** Values that continue with names: "Friends except: Ana, Ben", "好友,除了..." — a custom list. */
const CUSTOM_PREFIXES: readonly Wording[] = [
  w('en', 'Friends except', 'platforms.md FB post editing "Friends except: {names}" [code]'),
  w('zh', '好友,除了', 'localized-strings.md FB_CLONE_ZH "好友,除了..."'),
];
/** 2016 "Shared with: Ana's friends" (tracking-exposed fixtures) — English only. */
const NAMED_FRIENDS_EN = /^.+'s friends$/;

type MarkerRead = Audience | 'not-a-marker';

interface Vocabulary {
  prefixes: string[];
  sharing: string[];
  values: [string, Exclude<Audience, 'unknown'>][];
  custom: string[];
  lang: UiLang;
}

const vocabularies = new Map<UiLang, Vocabulary | null>();
function vocabulary(lang: UiLang | null): Vocabulary | null {
  if (lang === null) return null;
  if (!vocabularies.has(lang)) {
    const values: [string, Exclude<Audience, 'unknown'>][] = [];
    for (const [audience, wordings] of Object.entries(VALUES) as [Exclude<Audience, 'unknown'>, readonly Wording[]][]) {
      for (const k of matchKeys(wordings, lang)) values.push([k, audience]);
    }
    vocabularies.set(
      lang,
      values.length === 0
        ? null
        : {
            lang,
            values,
            prefixes: matchKeys(PRIVACY_BUTTON_PREFIXES, lang),
            // Longest first so "shared with:" is not cut as "shared with" + ":".
            sharing: matchKeys(SHARING_WITH, lang).sort((a, b) => b.length - a.length),
            custom: matchKeys(CUSTOM_PREFIXES, lang),
          },
    );
  }
  return vocabularies.get(lang) ?? null;
}

const LEADING_PUNCT = /^[\s.:,;!?-]+/;

/** One attribute value -> the audience it names, `unknown` for a marker whose value we cannot read, or not a marker. */
export function readMarker(raw: string, lang: UiLang | null): MarkerRead {
  const v = vocabulary(lang);
  if (v === null) return 'not-a-marker';
  let s = matchForm(raw);
  let framed = false; // it said "Edit privacy" / "Shared with": it IS a marker, readable or not
  for (const p of v.prefixes) {
    if (s.startsWith(p)) {
      s = s.slice(p.length).replace(LEADING_PUNCT, '');
      framed = true;
      break;
    }
  }
  for (const p of v.sharing) {
    if (s.startsWith(p)) {
      s = s.slice(p.length).replace(LEADING_PUNCT, '');
      framed = true;
      break;
    }
  }
  for (const [key, audience] of v.values) if (s === key) return audience;
  for (const key of v.custom) if (s.startsWith(key)) return 'custom';
  if (v.lang === 'en' && framed && NAMED_FRIENDS_EN.test(s)) return 'friends';
  return framed ? 'unknown' : 'not-a-marker';
}

// ---------------------------------------------------------------------------------------------

const POST = SELECTORS.post.join(', ');
const HEADING = SELECTORS.heading.join(', ');
const CAPTION = SELECTORS.caption.join(', ');
const TEXT_BLOCK = SELECTORS.textBlock.join(', ');
const COMMENT_LIST = SELECTORS.commentList.join(', ');
const CHROME = SELECTORS.chrome.join(', ');

// Each querySelectorAll costs a walk of the post, and every element handed to the content script's
// world costs a wrapper: one query per block and one per header, sorted here by cheap predicates.
const IS_TEXT_BLOCK = compileSelectors(SELECTORS.textBlock);
/** Caption text leaves out UI chrome and nested posts. */
const SKIP_IN_TEXT = compileSelectors([...SELECTORS.chrome, ...SELECTORS.post]);
/** What block() sorts each part into (bits of PART_KINDS): one element may be several things. */
const K_POST = 1;
const K_HEADING = 2;
const K_CAPTION = 4;
const K_MEDIA = 8;
/** The selector lists behind PART_KINDS' bits, in bit order (exported for the tests). */
export const PART_LISTS: readonly (readonly string[])[] = [SELECTORS.post, SELECTORS.heading, SELECTORS.caption, ['img', 'video']];
export const PART_KINDS = compileKinds(PART_LISTS);
/**
 * Inside a post (an element with an ancestor that is one): `root.parentElement.closest(POST) !== null`,
 * asked without handing the parent to the content script's world (every element it touches costs a
 * wrapper there).
 */
const NESTED_POST = SELECTORS.post.map((outer) => `${outer} *`).join(', ');

/** What block() sorts: nested posts, headings, captions, images and videos. */
const BLOCK_PARTS = `${POST}, ${HEADING}, ${CAPTION}, img, video`;
/** What is read in a header: elements that may carry an audience marker (one of MARKER_ATTRS, or an <svg>'s <title>), and links. */
const HEADER_PARTS = `${MARKER_ATTRS.map((a) => `[${a}]`).join(', ')}, svg > title, a`;

/** The matches as an array (an indexed copy: NodeList iteration is slower in every browser). */
function all(root: Element, selector: string): Element[] {
  const list = root.querySelectorAll(selector);
  const out = new Array<Element>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}

/** A nested article is a comment when it sits in a list, or names itself one. */
function isComment(article: Element, root: Element): boolean {
  const list = article.parentElement?.closest(COMMENT_LIST);
  if (list && root.contains(list)) return true;
  const label = article.getAttribute('aria-label') ?? '';
  return /^(comment|reply) by /i.test(label.trim()); // English Comet comments [code]; other languages rely on the list
}

function markerValues(el: Element, name: string): string[] {
  const out: string[] = [];
  for (const a of MARKER_ATTRS) {
    const v = el.getAttribute(a);
    if (v) out.push(v);
  }
  // <svg><title>Shared with Public</title></svg> (current globe icon).
  if (name === 'title' && el.parentElement?.localName === 'svg') out.push(el.textContent ?? '');
  return out;
}

/** One post, or the embedded original of a re-share: the parts read the same way. */
interface Block {
  el: Element;
  /** Articles nested in this block (comments, embedded originals): never this block's own content. */
  nested: Element[];
  heading: Element | null;
  header: Element | null;
  captions: Element[];
  /** Every img and video in the block, nested ones included, in document order. */
  media: Element[];
}

function block(el: Element, lang: UiLang | null): Block {
  const nested: Element[] = [];
  const allHeadings: Element[] = [];
  const allCaptions: Element[] = [];
  const media: Element[] = [];
  const parts = el.querySelectorAll(BLOCK_PARTS);
  for (let i = 0; i < parts.length; i++) {
    const e = parts[i]!;
    // Not else-if: one element may be several things (a hostile page can make an h3 a caption).
    const kinds = PART_KINDS(e);
    if (kinds & K_POST) nested.push(e);
    if (kinds & K_HEADING) allHeadings.push(e);
    if (kinds & K_CAPTION) allCaptions.push(e);
    if (kinds & K_MEDIA) media.push(e);
  }
  const own = nested.length === 0 ? () => true : (e: Element) => !insideAny(e, nested);
  const headings = nested.length === 0 ? allHeadings : allHeadings.filter(own);
  const heading = outermost(headings)[0] ?? null;
  const captions = outermost(nested.length === 0 ? allCaptions : allCaptions.filter(own));
  let header: Element | null = null;
  if (heading !== null) {
    // The body: anything that is not header. The header is the largest ancestor of the author
    // heading (below the post) that holds none of it.
    const body: Element[] = [...captions, ...outermost(nested), ...headings.filter((h) => !heading.contains(h) && !h.contains(heading))];
    // Without a caption hook, the post's own text blocks and lists are body too.
    if (captions.length === 0) {
      for (const d of all(el, `${TEXT_BLOCK}, ${COMMENT_LIST}`)) {
        if (own(d) && !heading.contains(d) && precedes(heading, d) && (!IS_TEXT_BLOCK(d) || isTextLeaf(d, el))) body.push(d);
      }
    }
    for (let i = 0; i < media.length; i++) {
      const m = media[i]!;
      if (!own(m) || heading.contains(m) || !precedes(heading, m)) continue; // avatars come before the author line
      if (m.tagName === 'IMG' && (isMarkerImg(m, lang) || isIconSized(m))) continue; // img[alt="Public"], icons: header
      body.push(m);
    }
    header = heading;
    climb: for (let a = heading.parentElement; a !== null && a !== el; a = a.parentElement) {
      for (let i = 0; i < body.length; i++) if (a.contains(body[i]!)) break climb;
      header = a;
    }
  }
  return { el, nested, heading, header, captions, media };
}

/**
 * The header's descendants that read() looks at (marker carriers and links), in document order, with
 * their tag names (read once: several readers below ask), and the links of the author heading.
 */
interface HeaderParts {
  parts: Element[];
  names: string[];
  /** The `a` elements inside the author heading (not the heading itself), in document order. */
  links: Element[];
}

function headerParts(b: Block): HeaderParts {
  const parts = b.header === null ? [] : all(b.header, HEADER_PARTS);
  const names = new Array<string>(parts.length);
  const links: Element[] = [];
  const h = b.heading;
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i]!;
    const name = (names[i] = a.localName);
    if (h !== null && name === 'a' && a !== h && h.contains(a)) links.push(a);
  }
  return { parts, names, links };
}

function isMarkerImg(img: Element, lang: UiLang | null): boolean {
  const alt = img.getAttribute('alt');
  return alt !== null && readMarker(alt, lang) !== 'not-a-marker';
}

function audienceOf(b: Block, { parts, names }: HeaderParts, lang: UiLang | null): Audience {
  if (b.header === null || vocabulary(lang) === null) return 'unknown';
  // The header and those of its elements that can carry a marker (it holds a dozen others).
  const found: Audience[] = [];
  for (let i = -1; i < parts.length; i++) {
    const values = i < 0 ? markerValues(b.header, b.header.localName) : markerValues(parts[i]!, names[i]!);
    for (let j = 0; j < values.length; j++) {
      const r = readMarker(values[j]!, lang);
      if (r !== 'not-a-marker') found.push(r);
    }
  }
  return agreed(found);
}

const NOT_CAPTION = `${COMMENT_LIST}, ${CHROME}, a, ${HEADING}`;

/** A dir=auto block with no other inside it, and not inside a list, button, link or heading of `within`. */
function isTextLeaf(d: Element, within: Element): boolean {
  if (d.querySelector(TEXT_BLOCK) !== null) return false;
  const fence = d.closest(NOT_CAPTION);
  return fence === null || !within.contains(fence);
}

const skip = SKIP_IN_TEXT;

function textsOf(b: Block): string[] {
  if (b.captions.length > 0) return b.captions.map((c) => textOf(c, { skip }));
  // No caption hook: the block's own leaf text blocks, outside header, comments, lists and chrome.
  const excluded = [...b.nested, ...(b.header ? [b.header] : [])];
  return all(b.el, TEXT_BLOCK)
    .filter((d) => !insideAny(d, excluded) && isTextLeaf(d, b.el))
    .map((d) => textOf(d, { skip }));
}

function altsOf(b: Block): string[] {
  const excluded = [...b.nested, ...b.captions, ...(b.header ? [b.header] : [])];
  const out: string[] = [];
  for (let i = 0; i < b.media.length; i++) {
    const img = b.media[i]!;
    if (img.localName !== 'img' || !img.hasAttribute('alt')) continue; // img[alt]
    if (insideAny(img, excluded)) continue;
    if (b.heading !== null && !precedes(b.heading, img)) continue; // avatar before the author line
    if (isIconSized(img)) continue; // audience globe, emoji, reaction icons
    const chrome = img.closest(CHROME);
    if (chrome && b.el.contains(chrome)) continue; // reaction icons, buttons
    out.push(img.getAttribute('alt') ?? '');
  }
  return out;
}

/** Characters URLSearchParams writes as they are; anything else goes through it. */
const FORM_SAFE = /^[A-Za-z0-9*._-]*$/;

/**
 * The permalink as Jaga keys it: https://www.facebook.com + the path without trailing slashes + the
 * parameters that name the post, in PERMALINK_PARAMS order — the string `new URL(path, ORIGIN)` with
 * those searchParams set would give, built without a second URL parse.
 */
function canonical(href: string | null): string | null {
  if (href === null || !PERMALINK_HINT.test(href)) return null;
  const url = hrefParts(href, ORIGIN, HOSTS);
  if (url === null || !PERMALINK_PATHS.some((re) => re.test(url.pathname))) return null;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  // A parsed path is already in the URL's own form; one starting "//" ("www.facebook.com//evil.example/posts/1")
  // would re-parse as another host: no permalink.
  if (path.startsWith('//')) return null;
  let s = `${ORIGIN.slice(0, -1)}${path}`;
  let sep = '?';
  for (const p of PERMALINK_PARAMS) {
    const v = url.param(p);
    if (v === null) continue;
    s += sep + (FORM_SAFE.test(v) ? `${p}=${v}` : new URLSearchParams([[p, v]]).toString());
    sep = '&';
  }
  return s.length <= POST_LIMITS.url ? s : null;
}

/**
 * The timestamp link in the post's own header. Not a link from the body: in a re-share that is the
 * embedded original's (a wrong key would merge two posts with different audiences), and photo links
 * name one photo, not the post. Facebook often leaves the timestamp href as "#" until hover: then
 * there is no permalink and the key is a hash.
 */
function permalinkOf({ parts, names }: HeaderParts): string | null {
  for (let i = 0; i < parts.length; i++) {
    if (names[i] !== 'a') continue;
    const u = canonical(parts[i]!.getAttribute('href'));
    if (u !== null) return u;
  }
  return null;
}

/** A Facebook username (letters, digits, dots) or a numeric profile id. */
const FB_HANDLE = /^[A-Za-z0-9.]{1,50}$/;
/** One-segment paths that are Facebook's own pages, not people or Pages. */
const FB_RESERVED = new Set([
  'watch', 'marketplace', 'gaming', 'groups', 'pages', 'events', 'friends', 'notifications', 'messages', 'bookmarks',
  'settings', 'privacy', 'help', 'reel', 'reels', 'stories', 'photos', 'videos', 'hashtag', 'search', 'login', 'saved',
  'memories', 'fundraisers', 'ads', 'business', 'policies', 'legal', 'home', 'people', 'share',
]);

/**
 * The author: the first link of the post's own author heading ("Siti Aminah is at …", "Tan Mei Ling
 * shared a post."), when it is a profile URL: /{username} or /profile.php?id={number} (the number is
 * the handle). Anything else — a group's /groups/…/user/… link, a `#` href — is unknown (null).
 * CONFIDENCE: the author heading and its link are the Comet markup scrapers read ([code]); no site
 * reads it yet (Facebook has per-post audiences and no accountHandle).
 */
function authorOf({ links }: HeaderParts): string | null {
  const a = links.find((l) => l.hasAttribute('href')) ?? null;
  const url = a ? hrefParts(a.getAttribute('href'), ORIGIN, HOSTS) : null;
  if (url === null) return null;
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/profile.php') {
    const id = url.param('id') ?? '';
    return /^\d{1,25}$/.test(id) ? id : null;
  }
  const m = /^\/([^/]+)$/.exec(path);
  if (!m || m[1]!.toLowerCase().endsWith('.php')) return null;
  return handleOf(m[1], FB_HANDLE, FB_RESERVED);
}

/** "Siti is at Taman Tasik." — English only, and only when the place is a link in the author line. [unverified] */
function locationOf(b: Block, { links }: HeaderParts, lang: UiLang | null): string | null {
  if (lang !== 'en' || b.heading === null) return null;
  const place = links.length > 1 ? (links[links.length - 1]!.textContent ?? '').trim() : '';
  if (place === '') return null;
  const line = (b.heading.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return line.endsWith(` at ${place}`) ? place : null;
}

function read(root: Element, ctx: Parameters<SiteDefinition['posts']['read']>[1]): ReturnType<SiteDefinition['posts']['read']> {
  // A comment or an embedded original is read as part of its post, never on its own.
  if (root.matches(NESTED_POST)) return null;
  const post = block(root, ctx.lang);
  const embedded = outermost(post.nested).filter((n) => !isComment(n, root));
  const texts = textsOf(post);
  const altTexts = altsOf(post);
  // What the re-share shows: the embedded original's text and images, whatever its own audience.
  for (const e of embedded) {
    const inner = block(e, ctx.lang);
    texts.push(...textsOf(inner));
    altTexts.push(...altsOf(inner));
  }
  const parts = headerParts(post);
  return snapshot({
    url: permalinkOf(parts),
    audience: audienceOf(post, parts, ctx.lang),
    texts,
    altTexts,
    location: locationOf(post, parts, ctx.lang),
    author: authorOf(parts),
  });
}

export const posts: SiteDefinition['posts'] = { rootSelector: POST, read };
