/**
 * Helpers every site's read-posts.ts shares: hostile text in, capped plain text out.
 *
 * Post content is written by strangers (comments) and by the platform (alt text), and the page can
 * be as large as it likes: every string here is read as text (never innerHTML), stripped of
 * invisible controls, whitespace-collapsed and capped before it leaves the reader.
 */
import type { Audience } from '../../shared/audience';
import type { PostSnapshot } from '../../shared/readings';
import { LIMITS } from '../../shared/limits';
import { cap } from './text';

/** DESIGN: captions ≤ 5,000 chars, ≤ 20 alt texts of ≤ 1,000 chars, urls ≤ 2,000. */
export const POST_LIMITS = {
  text: LIMITS.postText,
  altTexts: LIMITS.altTexts,
  altText: LIMITS.altText,
  url: LIMITS.url,
  location: LIMITS.location,
  key: LIMITS.postKey,
} as const;

// Bidi controls (an RLO can make "cilbup" read as "public" to the parent), zero-width space and
// word joiners, soft hyphen, BOM. Unlike common/text.ts (which compares labels), captions KEEP the
// zero-width joiner and non-joiner (U+200C/U+200D): they are part of emoji sequences (🐈‍⬛, 👨‍👩‍👧)
// and of some Indic spellings, so removing them would change what the parent wrote.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// C0/C1 control characters other than tab/newline (those become spaces below).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Page text as a snapshot carries it: invisible and control characters removed, whitespace collapsed, capped. */
export function cleanText(s: string, max: number): string {
  // Cut before the regexes run so a megabyte caption costs no more than a long one.
  return cap(cap(s, max * 2 + 64).replace(INVISIBLE, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim(), max);
}

// Elements whose end is a visual line break: text on either side must not run together.
const BLOCK = new Set(['DIV', 'P', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'TR', 'TD', 'TH']);
// Never text the parent reads.
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'TEXTAREA', 'INPUT', 'SELECT']);
/** Emoji are often <img alt="😊"> inside a caption; a longer alt inside text is not an emoji. */
const INLINE_ALT_MAX = 16;

export interface TextOptions {
  /** Subtrees to leave out ("See more" buttons, comments, nested posts). */
  skip?: (el: Element) => boolean;
  /** Cap of the result (default: caption cap). */
  max?: number;
}

/**
 * The visible text of `el`, as plain text: text nodes plus the alt of small inline images (emoji),
 * with a space at block boundaries. Iterative (no recursion depth to exhaust) and stops collecting
 * once it has more than enough, so a hostile subtree of any size costs a bounded amount of work.
 */
export function textOf(el: Element, opts: TextOptions = {}): string {
  const max = opts.max ?? POST_LIMITS.text;
  const budget = max * 2 + 64;
  const parts: string[] = [];
  let length = 0;
  // Stack of nodes still to visit; a string is a separator to emit once the element is done.
  const stack: (Node | string)[] = [el];
  while (stack.length > 0 && length < budget) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      length += node.length;
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      length += t.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    const tag = e.tagName;
    if (NEVER_TEXT.has(tag)) continue;
    if (e !== el && opts.skip?.(e)) continue;
    if (tag === 'IMG') {
      const alt = e.getAttribute('alt') ?? '';
      if (alt.length > 0 && alt.length <= INLINE_ALT_MAX) {
        parts.push(alt);
        length += alt.length;
      }
      continue;
    }
    if (BLOCK.has(tag)) stack.push(' ');
    // Children last to first, so they pop in document order (no childNodes list to allocate).
    for (let c = e.lastChild; c !== null; c = c.previousSibling) stack.push(c);
  }
  return cleanText(parts.join(''), max);
}

/** Alt texts as a snapshot carries them: cleaned, each capped, empty and duplicates dropped, at most 20. */
export function altTextsOf(alts: Iterable<string>, drop: (cleaned: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of alts) {
    const alt = cleanText(raw, POST_LIMITS.altText);
    if (alt === '' || seen.has(alt) || drop(alt)) continue;
    seen.add(alt);
    out.push(alt);
    if (out.length >= POST_LIMITS.altTexts) break;
  }
  return out;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIs(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  for (const d of domains) {
    // h === d, or h ends with "." + d (without building that string for every link read).
    if (h === d || (h.length > d.length && h.endsWith(d) && h.charCodeAt(h.length - d.length - 1) === 46)) return true;
  }
  return false;
}

/**
 * An href from the page as a URL Jaga may keep: http(s) only (a `javascript:` or `data:` href is
 * null), on one of the platform's own `domains`, no credentials, not absurdly long. Relative hrefs
 * resolve against `base` (the platform's origin), never against the document, so the result does
 * not depend on where the page was loaded from.
 */
export function safeUrl(href: string | null | undefined, base: string, domains: readonly string[]): URL | null {
  if (!href) return null;
  const raw = href.trim();
  if (raw === '' || raw.length > POST_LIMITS.url * 2) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (!hostIs(url.hostname, domains)) return null;
  return url;
}

/** The parts of an href a reader looks at: the path and the query parameters. */
export interface HrefParts {
  pathname: string;
  /** The first value of the query parameter `name` (decoded), like URLSearchParams.get. */
  param(name: string): string | null;
}

// An href the URL parser would hand back unchanged: an optional http(s):// and lower-case ASCII host
// (no port, no credentials), then a root-relative path of unreserved characters with no dot
// segment and no leading "//", then a query with no escapes, "+" or fragment. Parsing such an href
// is string slicing; anything else goes through the URL parser (safeUrl).
const PLAIN_HREF = /^(?:https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*))?(\/(?!\/)[A-Za-z0-9._~!$()*,;:@=/-]*)?(?:\?([A-Za-z0-9._~!$()*,;:@=/?&[\]-]*))?$/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
const baseHosts = new Map<string, string>();
function baseHost(base: string): string {
  let h = baseHosts.get(base);
  if (h === undefined) baseHosts.set(base, (h = new URL(base).hostname));
  return h;
}

/**
 * `safeUrl(href, base, domains)`'s path and query parameters, without building a URL when the href
 * is plain (the common case: URL parsing costs several microseconds a link in a content script).
 * Same answers as safeUrl: `base` must be an origin with a "/" path (https://www.facebook.com/).
 */
export function hrefParts(href: string | null | undefined, base: string, domains: readonly string[]): HrefParts | null {
  if (!href) return null;
  const raw = href.trim();
  const m = raw.length <= POST_LIMITS.url * 2 ? PLAIN_HREF.exec(raw) : null;
  const host = m?.[1];
  if (m === null || m === undefined || m[2] === undefined || DOT_SEGMENT.test(m[2]) || (host !== undefined && host.includes('xn--'))) {
    const url = safeUrl(href, base, domains);
    return url === null ? null : { pathname: url.pathname, param: (name) => url.searchParams.get(name) };
  }
  if (!hostIs(host ?? baseHost(base), domains)) return null;
  const pathname = m[2];
  const query = m[3] ?? '';
  return {
    pathname,
    param: (name) => {
      // application/x-www-form-urlencoded with no "%" or "+" to decode: split on "&", then at the first "=".
      for (const pair of query.split('&')) {
        if (pair === '') continue;
        const eq = pair.indexOf('=');
        if ((eq < 0 ? pair : pair.slice(0, eq)) === name) return eq < 0 ? '' : pair.slice(eq + 1);
      }
      return null;
    },
  };
}

/** A canonical permalink string, or null when it would be longer than the cap. */
export function finalUrl(url: URL | null): string | null {
  if (url === null) return null;
  const s = url.toString();
  return s.length <= POST_LIMITS.url ? s : null;
}

/**
 * 64-bit FNV-1a as two 32-bit halves (different offset bases), hex. Not cryptographic: a short,
 * stable name for what a post shows when it has no permalink. 32 bits alone would collide about
 * once in a 10,000-post feed; 64 bits practically never.
 */
export function fnv1a64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The post's key: its permalink (hashed when longer than a key may be), else a hash of what it shows. */
export function postKey(url: string | null, text: string, altTexts: readonly string[]): string {
  if (url !== null) return url.length <= POST_LIMITS.key ? url : `url:${fnv1a64(url)}`;
  return `hash:${fnv1a64(`${text}\u0000${altTexts.join('\u0001')}`)}`;
}

/** One audience when every marker agrees; `unknown` when there is none or they disagree. */
export function agreed(audiences: Iterable<Audience>): Audience {
  const set = new Set(audiences);
  if (set.size !== 1) return 'unknown';
  const [only] = set;
  return only ?? 'unknown';
}

/** Longer than any platform's handles (X 15, TikTok 24, Instagram 30, Facebook 50): anything longer is not one. */
const HANDLE_MAX = 64;

/**
 * A handle as Jaga compares them: trimmed, one leading "@" dropped, lower-cased (every platform
 * here treats handles case-insensitively); null unless the whole of it matches the platform's
 * handle `pattern`, or when it is one of `reserved` (the platform's own pages: /explore, /home…).
 */
export function handleOf(raw: string | null | undefined, pattern: RegExp, reserved: ReadonlySet<string> = new Set()): string | null {
  if (!raw) return null;
  const h = raw.trim().replace(/^@/, '');
  if (h === '' || h.length > HANDLE_MAX || !pattern.test(h)) return null;
  const lower = h.toLowerCase();
  return reserved.has(lower) ? null : lower;
}

/**
 * The one handle every candidate names. Null when there is none, when one could not be read
 * (a null candidate), or when two differ: a post or page Jaga cannot attribute with confidence is
 * treated as possibly the parent's own, never silently dropped.
 */
export function agreedHandle(candidates: Iterable<string | null>): string | null {
  let found: string | null = null;
  for (const c of candidates) {
    if (c === null || (found !== null && c !== found)) return null;
    found = c;
  }
  return found;
}

export interface SnapshotParts {
  url: string | null;
  audience: Audience;
  /** Caption and other text blocks, in page order; joined with a space, cleaned, capped. */
  texts: readonly string[];
  altTexts: readonly string[];
  location?: string | null;
  /** The author's handle (from handleOf); left out by readers that do not read authors. */
  author?: string | null;
}

/** The snapshot a reader returns: every field capped once more here, key derived from what was read. */
export function snapshot(p: SnapshotParts): PostSnapshot {
  const texts: string[] = [];
  for (const t of p.texts) if (t !== '' && !texts.includes(t)) texts.push(t);
  const text = cleanText(texts.join(' '), POST_LIMITS.text);
  const altTexts = altTextsOf(p.altTexts);
  const url = p.url !== null && p.url.length <= POST_LIMITS.url ? p.url : null;
  const location = p.location ? cleanText(p.location, POST_LIMITS.location) : '';
  return {
    key: postKey(url, text, altTexts),
    url,
    audience: p.audience,
    text,
    altTexts,
    ...(location !== '' ? { location } : {}),
    ...(p.author !== undefined ? { author: p.author !== null && p.author.length <= HANDLE_MAX ? p.author : null } : {}),
  };
}

/** True when `el` lies inside (or is) one of `containers`. */
export function insideAny(el: Element, containers: readonly Element[]): boolean {
  for (const c of containers) if (c === el || c.contains(el)) return true;
  return false;
}

/** `els` minus those inside another element of `els`: the outermost of nested matches. */
export function outermost<T extends Element>(els: readonly T[]): T[] {
  return els.filter((e) => !els.some((o) => o !== e && o.contains(e)));
}

/**
 * An image drawn at icon size by its own width/height attributes (audience globe 12×12, emoji 16×16,
 * reaction 18×18): page chrome, never a photo. Photos carry no size attributes or large ones.
 */
export function isIconSized(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return w > 0 && h > 0 && w <= 24 && h <= 24;
}

/** True when `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}
