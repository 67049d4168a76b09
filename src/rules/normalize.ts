/** Input hygiene: page data is hostile. Cap, NFKC, strip invisible/bidi characters, unify punctuation. */
import { LIMITS } from '../shared/limits';
import { cap as capText } from '../shared/cap';

/** The same caps as every boundary the post crossed (shared/limits.ts). */
export const CAPS = { text: LIMITS.postText, altTexts: LIMITS.altTexts, altText: LIMITS.altText, location: LIMITS.location } as const;

/**
 * Zero-width, bidi controls, soft hyphen, fillers, BOM, C0/C1 controls except whitespace; then (a second
 * alternative, as they are combining marks) the grapheme joiner and variation selectors.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5|[\u180B-\u180F]|[\uFE00-\uFE0F]/g;
/** Hyphens, dashes and underscores join words ("anak-anak", "7-year-old", "#first_day"): treat them as spaces. */
const JOINERS = /[-_\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
/** Text that NFKC, INVISIBLE and APOSTROPHES leave as it is (the common case, skipped). */
const PLAIN = /^[\t-\r\x20-\x7e]*$/;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07]/g;
/** Runs of whitespace, and any whitespace that is not a plain space (single spaces are left alone: fast). */
const SPACES = /[^\S ]\s*| \s+/g;
/** Hashtags: split camel case and letters→digits so #HariPertamaSekolah and #Darjah1 read as words. */
const HASHTAG = /#[^\s#]+/g;
const CAMEL = /([a-z])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])|([A-Za-z])(?=[0-9])/g;

function splitHashtag(tag: string): string {
  return tag.replace(CAMEL, '$1$2$3 ');
}

/** One field, normalised but with its case kept (evidence is quoted from it). */
export function normalizeField(value: unknown, cap: number): string {
  if (typeof value !== 'string' || value.length === 0) return '';
  let s = capText(value, cap);
  // Printable ASCII and whitespace is already NFKC, with no invisible characters and no curly apostrophes.
  if (!PLAIN.test(s)) s = s.normalize('NFKC').replace(INVISIBLE, '').replace(APOSTROPHES, "'");
  s = s.replace(JOINERS, ' ');
  if (s.includes('#')) s = s.replace(HASHTAG, splitHashtag);
  s = s.replace(SPACES, ' ').trim();
  return capText(s, cap);
}

export function normalizeAltTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  const n = Math.min(value.length, CAPS.altTexts);
  for (let i = 0; i < n; i++) {
    const alt = normalizeField(value[i], CAPS.altText);
    if (alt) out.push(alt);
  }
  return out;
}
