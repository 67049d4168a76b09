/**
 * Text helpers for reading page text that Jaga does not control. Every string that comes out of the
 * DOM is hostile: it may be huge, carry bidi overrides or zero-width characters that make two
 * different-looking strings equal (or two equal-looking strings different), or use full-width
 * punctuation. Compare page text only through `normalise()`/`matchForm()`.
 */

/** Longest value a reading may carry (DESIGN: values ≤ 200 chars). */
export const VALUE_MAX = 200;

/** Longest raw text we ever normalise in one go; longer page text is cut first so a hostile page
 * cannot make us spend time on megabytes of text. */
export const RAW_MAX = 4_000;

// Zero-width and bidi controls, soft hyphen, BOM, Arabic letter mark, Mongolian vowel separator.
// They are invisible, so they are never part of what the parent sees, and they let a page make
// "Public" and "Pub\u200Blic" look the same while comparing differently.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

// NFKC already folds full-width ASCII (？ → ?, ： → :, ！ → !, ， → ,) and the ellipsis (… → ...).
// It leaves CJK punctuation that has no ASCII compatibility form, and typographic quotes; fold
// those by hand so "you’re" matches "you're" and "。" matches ".".
const PUNCTUATION: Record<string, string> = {
  '\u3002': '.', // 。 ideographic full stop
  '\uFF61': '.', // ｡ half-width ideographic full stop
  '\u3001': ',', // 、 ideographic comma
  '\uFF64': ',', // ､ half-width ideographic comma
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u300C': '"', // 「
  '\u300D': '"', // 」
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
};
const PUNCTUATION_RE = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'g');

/**
 * The comparable form of a piece of page text: capped, NFKC, invisible controls removed, CJK and
 * typographic punctuation folded to ASCII, whitespace collapsed, trimmed, lower-cased.
 * (toLowerCase only changes cased scripts — Latin here; Chinese and Tamil have no case.)
 */
export function normalise(s: string): string {
  return cap(s, RAW_MAX)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Trailing punctuation that platforms add or drop between versions ("Who can follow me" vs
// "Who can follow me?", "Public." at the end of an aria-label).
const TRAILING = /[\s?!.:;,]+$/;
const LEADING = /^[\s?!.:;,]+/;

/** `normalise()` minus leading/trailing punctuation: the form in which labels and values are compared. */
export function matchForm(s: string): string {
  const hit = MEMO.get(s);
  if (hit !== undefined) return hit;
  const out = normalise(s).replace(TRAILING, '').replace(LEADING, '');
  // Page text repeats from one read to the next (every mutation of the page, every re-read):
  // remember short strings; forget everything past MEMO_MAX entries rather than grow.
  if (s.length <= 1_000) {
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    MEMO.set(s, out);
  }
  return out;
}
const MEMO = new Map<string, string>();
const MEMO_MAX = 20_000;

import { cap } from '../../shared/cap';

export { cap };

/** A value as a reading carries it: invisible controls stripped, whitespace collapsed, capped. */
export function cleanValue(s: string): string {
  return cap(
    cap(s, RAW_MAX).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim(),
    VALUE_MAX,
  );
}
