/** The lexicons are data: check their shape, that every entry compiles, and that none can backtrack badly. */
import { describe, expect, test } from 'vitest';
import { compileKey, LEXICON_KEYS, tamilStem } from '../../src/rules/compile';
import { LEXICONS } from '../../src/rules/lexicon/index';
import type { Lexicon, LexiconKey } from '../../src/rules/lexicon/types';

const entries = LEXICONS.flatMap((lexicon, li) =>
  (Object.keys(lexicon) as LexiconKey[]).flatMap((key) => (lexicon[key] ?? []).map((entry) => ({ li, key, entry }))),
);
const named = entries.map((e) => [`${e.li}.${e.key}: ${e.entry.slice(0, 60)}`, e] as const);

/** The source with escapes and character classes blanked out, so only the structure is left. */
function structure(entry: string): string {
  return entry.replace(/\\u[0-9a-fA-F]{4}|\\./g, 'e').replace(/\[(?:\\.|[^\]\\])*\]/g, 'c');
}

/** True when a group that repeats without bound contains a quantifier itself: (a+)+, (a|b*)* … */
function nestedUnbounded(entry: string): boolean {
  const s = structure(entry);
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')') {
      const start = open.pop() ?? 0;
      const after = s.slice(i + 1);
      const unbounded = /^[*+]|^\{\d+,\}/.test(after);
      const inner = s.slice(start + 1, i).replace(/^\?(?:<?[=!]|:)/, '');
      if (unbounded && /[*+]|\{\d+,\d*\}/.test(inner)) return true;
    }
  }
  return false;
}

describe('lexicon entries', () => {
  test('use only known keys', () => {
    for (const lexicon of LEXICONS) for (const key of Object.keys(lexicon)) expect(LEXICON_KEYS).toContain(key);
  });

  test.each(named)('%s compiles on its own', (_name, { key, entry }) => {
    const lexicon: Lexicon = { [key]: [entry] };
    expect(() => compileKey([lexicon], key)).not.toThrow();
  });

  test.each(named)('%s has no unbounded nested quantifier', (_name, { entry }) => {
    expect(nestedUnbounded(entry)).toBe(false);
  });

  test.each(named.filter(([, e]) => e.key !== 'schoolNameCased'))('%s is lower case (text is lower-cased)', (_name, { entry }) => {
    expect(structure(entry)).not.toMatch(/[A-Z]/);
  });

  test.each(named)('%s has no space inside a character class and none at its ends', (_name, { entry }) => {
    expect(entry).not.toMatch(/\[(?:\\.|[^\]\\])* (?:\\.|[^\]\\])*\]/);
    expect(entry).toBe(entry.trim());
  });

  test('the nested-quantifier check can fail', () => {
    expect(nestedUnbounded('(a+)+')).toBe(true);
    expect(nestedUnbounded('(ab|c*)*')).toBe(true);
    expect(nestedUnbounded('(\\s[a-z]+){0,2}')).toBe(false);
    expect(nestedUnbounded('[(a+)]+')).toBe(false);
  });
});

describe('compiled lists', () => {
  const compiled = Object.fromEntries(LEXICON_KEYS.map((key) => [key, compileKey(LEXICONS, key)]));

  test('every list that the rules read has entries', () => {
    for (const key of LEXICON_KEYS) {
      const m = compiled[key];
      expect(m?.latin ?? m?.han ?? m?.tamil, key).toBeTruthy();
    }
  });

  test('a space in an entry is optional, so run-together hashtags match', () => {
    expect(compiled.event?.latin?.test('#firstdayofschool')).toBe(true);
    expect(compiled.event?.latin?.test('first day of school')).toBe(true);
  });

  test('Latin entries keep to word boundaries; Chinese and Tamil entries are substrings', () => {
    expect(compiled.child?.latin?.test('sony')).toBe(false);
    expect(compiled.child?.latin?.test('my son')).toBe(true);
    expect(compiled.level?.latin?.test('darjah 12')).toBe(false);
    expect(compiled.child?.han?.test('我的儿子5岁')).toBe(true);
    expect(compiled.child?.tamil?.test('மகனுக்கு')).toBe(true);
  });

  test('adversarial inputs finish (every regex, 50 kB each)', () => {
    const inputs = [
      'a'.repeat(50_000),
      'anak '.repeat(10_000),
      'sk taman '.repeat(5_000),
      '1'.repeat(50_000),
      '可能是'.repeat(15_000),
      'மகன '.repeat(10_000),
      'may be an image of '.repeat(2_500),
      `${'a '.repeat(25_000)}!`,
    ];
    for (const m of Object.values(compiled)) {
      for (const re of [m?.latin, m?.han, m?.tamil]) {
        if (!re) continue;
        for (const s of inputs) expect(() => re.exec(s)).not.toThrow();
      }
    }
  });

  test('automatic alt text is recognised, including the ones that carry no signal', () => {
    const auto = compiled.autoAlt?.latin;
    const autoHan = compiled.autoAlt?.han;
    for (const alt of ['no photo description available.', 'may be an image of 1 person', 'photo by siti on march 1, 2026. may be an image of food.', 'mungkin imej makanan', 'puede ser una imagen de 2 personas']) {
      expect(auto?.test(alt), alt).toBe(true);
    }
    for (const alt of ['可能是 1 人的图像', '没有照片描述。']) expect(autoHan?.test(alt), alt).toBe(true);
    expect(auto?.test('my son on his first day')).toBe(false);
  });
});

describe('Tamil stems', () => {
  test('a final virama is dropped, so inflected forms match', () => {
    expect(tamilStem('ஆசிரியர்கள்')).toBe('ஆசிரியர்கள');
    expect(tamilStem('நினைவுகள்|பழைய ?நினைவு')).toBe('நினைவுகள|பழைய ?நினைவு');
    expect(tamilStem('பள்ளி(யின்|க்கு)? ?முதல் ?நாள்')).toBe('பள்ளி(யின்|க்கு)? ?முதல் ?நாள');
    const teachers = compileKey([{ schoolAdults: ['ஆசிரியர்கள்'] }], 'schoolAdults').tamil;
    expect(teachers?.test('எங்கள் பள்ளி ஆசிரியர்களின் சீருடை')).toBe(true);
  });

  test('a virama before more text, in a lookbehind or before a lookahead is kept', () => {
    expect(tamilStem('நீல(ம்|க்)? ?வெள்ளை')).toBe('நீல(ம்|க்)? ?வெள்ளை');
    expect(tamilStem('(?<!(காவல்|போலீஸ்) ?)சீருடை')).toBe('(?<!(காவல்|போலீஸ்) ?)சீருடை');
    expect(tamilStem('கார்(?![\\u0B80-\\u0BFF])')).toBe('கார்(?![\\u0B80-\\u0BFF])');
    expect(tamilStem('என்(?=\\s)')).toBe('என்(?=\\s)');
  });
});

describe('word boundaries written per alternative', () => {
  // The fast form (\b before each run of alternatives that start with a letter or digit, a lookbehind after the first
  // character, alternatives split at a leading group, lookbehinds moved after the first word) must match exactly what
  // the plain form (the alternatives as written, one boundary before them all) matches, at the same place.
  const samples = [
    '读中一 其中一 上小三 念初二 小一点 5岁 二十岁 4-6岁 4~6岁 十二岁 3个月大 毛孩子 像孩子 18 tahun x18 tahun 2018 tahun 21 வயது',
    'my son turns 7 today 🎂 #firstdayofschool',
    'anak2 sy darjah 1, sk taman megah 🎒 baju sekolah',
    '儿子今天7岁 开学第一天 校服 华小',
    'என் மகனுக்கு 7 வயது, பள்ளிச் சீருடையில் தமிழ்ப்பள்ளி',
    'x儿子 7儿子 a🎒 7🎒 son7 7son ason sona 怀孕20周 5岁',
    'tips: kids 3pm, 3 pm; rm15 — may be a black and white image of 1 child',
    'dr. tan: 5 signs of dengue. this is me, age 5 【家长通告】 photo by ali on 8 jan. may be an image of 1 child',
  ];
  const variants = samples.flatMap((s) => [s, s.replace(/ /g, ''), s.replace(/ /g, '1'), s.replace(/ /g, 'a'), s.replace(/ /g, '🎒')]);
  test('an alternative split at its leading optional group keeps the first match (the group is tried first)', () => {
    for (const plain of [false, true]) expect(compileKey([{ age: ['(1)?[1学]学?'] }], 'age', plain).han?.exec('1学学')?.[0]).toBe('1学学');
  });

  test('an alternative anchored to the start is written without a boundary (a lookbehind first is tried at every position)', () => {
    const src = compileKey([{ generic: ['tips|^dr\\.? [a-z]+ ?:|guide'] }], 'generic').latin?.source ?? '';
    expect(src).toContain('|^dr');
    expect(src).not.toMatch(/\(\?<!\[a-z0-9\]\)\)?\|?\(\?<=\[0-9\]\)\(\?!\[a-z0-9\]\)\)\^/);
    expect(compileKey([{ generic: ['tips|^dr\\.? [a-z]+ ?:'] }], 'generic').latin?.test('dr. tan: rest')).toBe(true);
    expect(compileKey([{ generic: ['tips|^dr\\.? [a-z]+ ?:'] }], 'generic').latin?.test('ask dr. tan: rest')).toBe(false);
  });

  test.each(LEXICON_KEYS.map((key) => [key]))('%s', (key) => {
    const fast = compileKey(LEXICONS, key);
    const plain = compileKey(LEXICONS, key, true);
    for (const part of ['latin', 'han', 'tamil'] as const) {
      for (const text of variants) {
        for (let i = 0; i < text.length; i++) {
          const a = fast[part]?.exec(text.slice(i));
          const b = plain[part]?.exec(text.slice(i));
          expect([a?.index, a?.[0]]).toEqual([b?.index, b?.[0]]);
        }
      }
    }
  });
});
