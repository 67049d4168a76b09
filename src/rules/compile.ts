/** Turns the lexicons (data) into one regular expression per list, once, at module load. */
import type { Lexicon, LexiconKey } from './lexicon/types';

/**
 * Latin word boundaries around every entry: no letter or digit may touch a Latin match ("son" is not in
 * "sony", "darjah 1" is not "darjah 12"). Chinese and Tamil matches may touch digits ("怀孕20周", "5岁")
 * but not Latin letters.
 */
const BEFORE = '(?:(?<![a-z0-9])|(?<=[0-9])(?![a-z0-9]))';
const AFTER = '(?:(?![a-z0-9])|(?<![a-z0-9])(?=[0-9]))';

export const LEXICON_KEYS = [
  'child',
  'childSoft',
  'age',
  'level',
  'event',
  'schoolName',
  'schoolNameCased',
  'uniform',
  'uniformSoft',
  'uniformBody',
  'negated',
  'preschool',
  'altText',
  'autoAlt',
  'altDescribed',
  'altPerson',
  'hint',
  'school',
  'worn',
  'wornBefore',
  'wornAfter',
  'adult',
  'notHuman',
  'grownUps',
  'commerce',
  'purchase',
  'nostalgia',
  'selfPast',
  'schoolAdults',
  'generic',
  'mine',
  // Lists added after the first 31 (../assess.ts caches the answers of the first 31 only).
  'negatedAfter',
  'milestone',
  'memory',
  'own',
  'required',
] as const satisfies readonly LexiconKey[];

/**
 * A list compiled per script: the Latin part always runs; the Chinese and Tamil parts only on posts that
 * contain those scripts (most posts contain one script at most, so most alternatives are never tried).
 */
export interface Matcher {
  latin: RegExp | null;
  han: RegExp | null;
  tamil: RegExp | null;
}

export type CompiledRules = Record<LexiconKey, Matcher>;

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const TAMIL = /[\u0b80-\u0bff]/;
/** Which scripts a lexicon entry needs: read from its own characters. */
function scriptOf(entry: string): keyof Matcher {
  return HAN.test(entry) ? 'han' : TAMIL.test(entry) ? 'tamil' : 'latin';
}

/** An escape, a character class, or a bare "(" (a group in lexicon shorthand). */
const GROUPS = /\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)/g;

/** Lexicon shorthand to a regex source: `(` is a non-capturing group; a space is an optional space. */
function source(entry: string): string {
  return entry.replace(GROUPS, (m) => (m === '(' ? '(?:' : m)).replace(/ /g, ' ?');
}

/** Index just past the group that opens at `start` (`s[start]` is "("), or -1. */
function groupEnd(s: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Split a source at its top-level "|" (not inside a group or a character class). */
function alternativesOf(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

const QUANTIFIER = /^[?*+{]/;
const LITERAL = /^[a-z\u0b80-\u0bff\u3400-\u9fff]+/;
const WORDS = /^\(\?:([a-z]+(?:\|[a-z]+)*)\)/;

/** A group of plain words none of which ends another (so a lookbehind can only re-read the same word). */
function suffixFree(words: readonly string[]): boolean {
  return words.every((w, i) => words.every((v, j) => i === j || !w.endsWith(v)));
}

/**
 * Speed, not meaning: `(?<!X)word…` becomes `word(?<!(?:X)word)…`, the same language, because V8 pre-checks
 * the first characters of an alternative, and one that starts with a lookbehind is tried at every position.
 * Only done when the head is a fixed word, or a group of words none of which is a suffix of another.
 */
function hoistLookbehind(alt: string): string {
  if (!alt.startsWith('(?<!') && !alt.startsWith('(?<=')) return alt;
  const close = groupEnd(alt, 0);
  if (close < 0) return alt;
  const rest = alt.slice(close);
  const words = WORDS.exec(rest);
  let head = words !== null && suffixFree(words[1]?.split('|') ?? []) ? words[0] : '';
  if (head === '') {
    head = LITERAL.exec(rest)?.[0] ?? '';
    if (QUANTIFIER.test(rest.slice(head.length))) head = head.slice(0, -1);
  }
  if (head === '' || QUANTIFIER.test(rest.slice(head.length))) return alt;
  return `${head}${alt.slice(0, 4)}(?:${alt.slice(4, close - 1)})${head})${rest.slice(head.length)}`;
}

type Lead = 'word' | 'other' | 'mixed';

const both = (a: Lead, b: Lead): Lead => (a === b ? a : 'mixed');
const OPTIONAL = /^(?:[?*]|\{0,)/;
/** One character of any script (a surrogate pair counts as one), or a character class of non-ASCII characters. */
const FIRST_ATOM = /^(?:[\ud800-\udbff][\udc00-\udfff]|[\u0080-\uffff]|\[[\u0080-\uffff]+\])/;

/** What the first character of any match of `src` is: always a letter/digit, never one, or either (or unknown). */
function lead(src: string): Lead {
  const c = src[0];
  if (c === undefined || '^$|).'.includes(c)) return 'mixed';
  let end: number;
  let kind: Lead;
  if (c === '(') {
    if (src[1] === '?' && src[2] !== ':') return 'mixed'; // a lookaround first
    end = groupEnd(src, 0);
    if (end < 0) return 'mixed';
    const inner = src.slice(src[1] === '?' ? 3 : 1, end - 1);
    kind = alternativesOf(inner).map(lead).reduce(both);
  } else if (c === '[') {
    end = src.indexOf(']', 1) + 1;
    const cls = src.slice(0, end);
    kind = end <= 0 ? 'mixed' : /^\[[a-z0-9-]+\]$/.test(cls) ? 'word' : /^\[[\u0080-\uffff]+\]$/.test(cls) ? 'other' : 'mixed';
  } else if (c === '\\') {
    end = 2;
    const e = src[1] ?? '';
    kind = e === 'd' ? 'word' : /[^a-zA-Z0-9]/.test(e) ? 'other' : 'mixed';
  } else {
    end = c >= '\ud800' && c <= '\udbff' ? 2 : 1; // a surrogate pair is one character
    kind = /[a-z0-9]/.test(c) ? 'word' : /[A-Z]/.test(c) ? 'mixed' : 'other';
  }
  const rest = src.slice(end);
  return OPTIONAL.test(rest) ? both(kind, lead(rest.replace(/^(?:[?*]|\{0,\d*\})\??/, ''))) : kind;
}

/** Index just past the lookbehinds an alternative starts with (0 if none). */
function lookbehindsEnd(alt: string): number {
  let behind = 0;
  while (alt.startsWith('(?<', behind) && '!='.includes(alt[behind + 3] ?? '')) {
    const close = groupEnd(alt, behind);
    if (close < 0) break;
    behind = close;
  }
  return behind;
}

/**
 * Speed, not meaning: an alternative whose first character may or may not be a letter or digit
 * ("(读|上)?中一", "(?<!…)(1[0-7]|[一二三])岁") is split at its first group, `L(A|B)?R` into `LAR|LBR|LR` (the
 * same matches, tried in the same order), so that each part starts with one kind of character.
 */
function splitLead(alt: string): string[] {
  const behind = lookbehindsEnd(alt);
  if (!alt.startsWith('(?:', behind) || lead(alt.slice(behind)) !== 'mixed') return [alt];
  const close = groupEnd(alt, behind);
  const after = alt[close] ?? '';
  if (close < 0 || '*+{'.includes(after) || (after === '?' && alt[close + 1] === '?')) return [alt];
  const head = alt.slice(0, behind);
  const rest = alt.slice(after === '?' ? close + 1 : close);
  const parts = alternativesOf(alt.slice(behind + 3, close - 1)).map((a) => `${head}${a}${rest}`);
  if (after === '?') parts.push(`${head}${rest}`);
  return parts.flatMap(splitLead);
}

/**
 * BEFORE for an alternative that does not start with a letter or digit (those get \b, see boundedAll): before
 * anything else it is "no letter before", written after the first character so V8 can scan for that character.
 */
function bounded(alt: string): string {
  // Lookbehinds first ("(?<![0-9])18 tahun"): the boundary is chosen by what follows them, and written before them.
  const behind = lookbehindsEnd(alt);
  if (lead(alt.slice(behind)) === 'mixed') return `${BEFORE}${alt}`;
  // After the first character, so the scan can look for it: "孩(?<![a-z]孩)子", and "(?<!毛)孩子" as "孩(?<![a-z]孩)(?<!(?:毛)孩)子".
  const rest = alt.slice(behind);
  const atom = FIRST_ATOM.exec(rest)?.[0];
  if (atom === undefined || QUANTIFIER.test(rest.slice(atom.length))) return `(?<![a-z])${alt}`;
  let lookbehinds = '';
  for (let i = 0; i < behind; ) {
    const close = groupEnd(alt, i);
    lookbehinds += `${alt.slice(i, i + 4)}(?:${alt.slice(i + 4, close - 1)})${atom})`;
    i = close;
  }
  return `${atom}(?<![a-z]${atom})${lookbehinds}${rest.slice(atom.length)}`;
}

/**
 * Every alternative bounded. Before a letter or digit BEFORE is exactly \b (text is lower-cased and has no "_"),
 * written once before each run of such alternatives: V8 then tests the boundary once per position instead of once
 * per alternative (two to three times faster on Latin lists). Alternatives that never start with a letter or digit
 * ("\\(6 tahun\\)", "#…", emoji) go last, so they do not split a run: none of them can match where a word-led one
 * starts, so the first match is the same. The others keep their order.
 */
function boundedAll(list: readonly string[]): string {
  const out: string[] = [];
  const others: string[] = [];
  let words: string[] = [];
  const flush = (): void => {
    if (words.length > 0) out.push(words.length === 1 ? `\\b${words[0] ?? ''}` : `\\b(?:${words.join('|')})`);
    words = [];
  };
  for (const alt of list) {
    // Anchored to the start of the text ("^dr. x:", "^【家长通告】"): nothing can come before it, so it needs no boundary
    // (which, written as a lookbehind, would be tried at every position of every post).
    if (alt.startsWith('^')) {
      flush();
      out.push(alt);
      continue;
    }
    const kind = lead(alt.slice(lookbehindsEnd(alt)));
    if (kind === 'word') words.push(alt);
    else if (kind === 'other') others.push(bounded(alt));
    else {
      flush();
      out.push(bounded(alt));
    }
  }
  flush();
  return [...out, ...others].join('|');
}

function build(key: LexiconKey, entries: readonly string[], plain: boolean): RegExp | null {
  if (entries.length === 0) return null;
  const plainList = entries.flatMap((entry) => alternativesOf(source(entry)));
  const list = plainList.flatMap(splitLead).map(hoistLookbehind);
  const alternatives = (plain ? plainList : list).join('|');
  switch (key) {
    case 'schoolNameCased':
      // Case kept, spaces literal: only "SK Taman Megah", never the slang "sk".
      return new RegExp(`(?<![A-Za-z0-9])(?:${entries.map((e) => e.replace(GROUPS, (m) => (m === '(' ? '(?:' : m))).join('|')})`);
    case 'wornBefore':
      // Tested on the few characters before a uniform word: a wearing word shortly before it.
      return new RegExp(`${BEFORE}(?:${alternatives})${AFTER}[^\\n.!?。！？]{0,20}$`);
    case 'negated':
      // Tested on the characters before a uniform word: a denial a few characters before it ("not", "bukan", 不用穿),
      // in the same clause (a comma ends it: "第一天上学没有哭，穿校服好帅").
      return new RegExp(`${BEFORE}(?:${alternatives})${AFTER}[^\\n.!?。！？，,]{0,12}$`);
    case 'negatedAfter':
      // Tested on the characters right after a uniform word: a denial shortly after it (Tamil and Malay put it last).
      return new RegExp(`^[^\\n.!?。！？，,]{0,12}?${BEFORE}(?:${alternatives})${AFTER}`);
    case 'wornAfter':
      // Tested on the characters right after a uniform word: a suffix or particle meaning "in/on".
      return new RegExp(`^ ?(?:${alternatives})(?![a-z])`);
    default:
      return new RegExp(plain ? `${BEFORE}(?:${alternatives})${AFTER}` : `(?:${boundedAll(list)})${AFTER}`);
  }
}

const VIRAMA = '\u0bcd';

/** Does a match end at `i` (the rest of `src` only closes groups, makes them optional, or lists other alternatives)? */
function endsMatch(src: string, i: number): boolean {
  let depth = 0; // groups opened after i, inside an alternative being skipped
  let skipping = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      if (!skipping) return false;
    } else if (skipping) {
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) skipping = false;
    } else if (c === '|') {
      skipping = true;
      depth = 0;
    } else if (c !== ')' && c !== '?') return false;
  }
  return true;
}

/**
 * Tamil entries are stems: a virama (pulli) that ends a match is dropped, so "ஆசிரியர்கள்" also matches
 * "ஆசிரியர்களின்" (a suffix replaces the virama with a vowel sign). Not inside a lookbehind, whose text must
 * match exactly what precedes, and not before more text ("நீலம் வெள்ளை" keeps its virama).
 */
export function tamilStem(entry: string): string {
  let out = '';
  const lookbehind: boolean[] = [];
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i] as string;
    if (c === '\\') {
      out += entry.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '(') lookbehind.push(entry.startsWith('(?<', i) && entry[i + 3] !== undefined && '!='.includes(entry[i + 3] as string));
    else if (c === ')') lookbehind.pop();
    if (c === VIRAMA && !lookbehind.includes(true) && endsMatch(entry, i + 1)) continue;
    out += c;
  }
  return out;
}

/**
 * The regexes for one list across all lexicons. `plain` writes the word boundary once, before all alternatives:
 * the same language, slower (the tests check that both forms agree).
 */
export function compileKey(lexicons: readonly Lexicon[], key: LexiconKey, plain = false): Matcher {
  const parts: Record<keyof Matcher, string[]> = { latin: [], han: [], tamil: [] };
  for (const lexicon of lexicons) {
    for (const entry of lexicon[key] ?? []) {
      for (const alt of alternativesOf(entry)) {
        const script = scriptOf(alt);
        parts[script].push(script === 'tamil' ? tamilStem(alt) : alt);
      }
    }
  }
  return { latin: build(key, parts.latin, plain), han: build(key, parts.han, plain), tamil: build(key, parts.tamil, plain) };
}

export function compile(lexicons: readonly Lexicon[]): CompiledRules {
  const out = {} as CompiledRules;
  for (const key of LEXICON_KEYS) out[key] = compileKey(lexicons, key);
  return out;
}
