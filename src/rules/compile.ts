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

function build(key: LexiconKey, entries: readonly string[]): RegExp | null {
  if (entries.length === 0) return null;
  const alternatives = entries.flatMap((entry) => alternativesOf(source(entry))).map(hoistLookbehind).join('|');
  switch (key) {
    case 'schoolNameCased':
      // Case kept, spaces literal: only "SK Taman Megah", never the slang "sk".
      return new RegExp(`(?<![A-Za-z0-9])(?:${entries.map((e) => e.replace(GROUPS, (m) => (m === '(' ? '(?:' : m))).join('|')})`);
    case 'wornBefore':
      // Tested on the few characters before a uniform word: a wearing word shortly before it.
      return new RegExp(`${BEFORE}(?:${alternatives})[^\\n.!?。！？]{0,20}$`);
    case 'wornAfter':
      // Tested on the characters right after a uniform word: a suffix or particle meaning "in/on".
      return new RegExp(`^ ?(?:${alternatives})(?![a-z])`);
    default:
      return new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`);
  }
}

const VIRAMA = '\u0bcd';

/**
 * Tamil entries are stems: a final virama (pulli) is dropped, so "ஆசிரியர்கள்" also matches "ஆசிரியர்களின்"
 * (the suffix replaces the virama with a vowel sign). Only where an alternative ends: at the end of the entry
 * or before "|" or ")" — never inside a lookbehind, whose text must match exactly what precedes.
 */
export function tamilStem(entry: string): string {
  let out = '';
  const groups: boolean[] = []; // per open group: is it a lookbehind?
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i] as string;
    if (c === '\\') {
      out += entry.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '(') groups.push(entry.startsWith('(?<!', i) || entry.startsWith('(?<=', i) || groups.includes(true));
    else if (c === ')') groups.pop();
    const next = entry[i + 1];
    if (c === VIRAMA && !groups.includes(true) && (next === undefined || next === '|' || next === ')')) continue;
    out += c;
  }
  return out;
}

/** The regexes for one list across all lexicons. */
export function compileKey(lexicons: readonly Lexicon[], key: LexiconKey): Matcher {
  const parts: Record<keyof Matcher, string[]> = { latin: [], han: [], tamil: [] };
  for (const lexicon of lexicons) {
    for (const entry of lexicon[key] ?? []) {
      for (const alt of alternativesOf(entry)) {
        const script = scriptOf(alt);
        parts[script].push(script === 'tamil' ? tamilStem(alt) : alt);
      }
    }
  }
  return { latin: build(key, parts.latin), han: build(key, parts.han), tamil: build(key, parts.tamil) };
}

export function compile(lexicons: readonly Lexicon[]): CompiledRules {
  const out = {} as CompiledRules;
  for (const key of LEXICON_KEYS) out[key] = compileKey(lexicons, key);
  return out;
}
