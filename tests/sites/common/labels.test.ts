import { describe, expect, test } from 'vitest';
import { langFromTag, matchKeys, pageLang } from '../../../src/sites/common/labels';
import type { Wording } from '../../../src/sites/types';

describe('pageLang', () => {
  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['EN-us', 'en'],
    ['ms', 'ms'],
    ['ms-MY', 'ms'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-MY', 'zh'],
    // Traditional script: Jaga's zh wordings are Simplified, so the page has no verified wording.
    ['zh-TW', null],
    ['zh-HK', null],
    ['zh-Hant', null],
    ['zh-Hant-MY', null],
    ['ta', 'ta'],
    ['ta-IN', 'ta'],
    ['ta-MY', 'ta'],
    ['id', null],
    ['es-419', null],
    ['', null],
    ['   ', null],
    ['english', null],
  ] as const)('<html lang=%j> -> %j', (tag, expected) => {
    expect(langFromTag(tag)).toBe(expected);
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.setAttribute('lang', tag);
    expect(pageLang(doc)).toBe(expected);
  });

  test('no lang attribute at all -> null', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.removeAttribute('lang');
    expect(pageLang(doc)).toBeNull();
  });
});

describe('matchKeys', () => {
  const wordings: Wording[] = [
    { lang: 'en', text: 'Who can follow me?', source: 'observed', ref: 't' },
    { lang: 'en', text: 'Who can follow me', source: 'platform', ref: 't' },
    { lang: 'en', text: 'Who may follow me?', source: 'translation', ref: 't' },
    { lang: 'ms', text: 'Siapa boleh ikut saya?', source: 'translation', ref: 't' },
    { lang: 'zh', text: '谁可以关注我？', source: 'observed', ref: 't' },
  ];
  test.each([
    ['en', ['who can follow me']], // deduplicated in match form, the translation left out
    ['ms', []], // only a machine translation: nothing to match
    ['zh', ['谁可以关注我']],
    ['ta', []],
    [null, []],
  ] as const)('%s -> %j', (lang, expected) => {
    expect(matchKeys(wordings, lang)).toEqual(expected);
  });
});
