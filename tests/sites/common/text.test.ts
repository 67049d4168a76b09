import { describe, expect, test } from 'vitest';
import { cap, cleanValue, matchForm, normalise, VALUE_MAX } from '../../../src/sites/common/text';

describe('normalise', () => {
  test.each([
    ['Who can see your future posts?', 'who can see your future posts?'],
    ['  Who   can\n\tsee  ', 'who can see'],
    ['Pub\u200Blic', 'public'], // zero-width space
    ['\u202EPublic\u202C', 'public'], // bidi override stripped
    ['Only\u00A0me', 'only me'], // no-break space
    ['\uFEFFFriends', 'friends'], // BOM
    ['谁可以看到我的手机号码？', '谁可以看到我的手机号码?'], // full-width question mark
    ['分享对象：公开。', '分享对象:公开.'], // full-width colon, ideographic full stop
    ['好友，除了…', '好友,除了...'], // full-width comma, ellipsis
    ['you’re', "you're"], // typographic apostrophe
    ['ＰＵＢＬＩＣ', 'public'], // full-width Latin
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  test('caps hostile input before doing any work', () => {
    expect(normalise('a'.repeat(1_000_000)).length).toBeLessThanOrEqual(4_000);
  });
});

describe('matchForm', () => {
  test.each([
    ['Who can follow me?', 'who can follow me'],
    ['Who can follow me', 'who can follow me'],
    ['Edit privacy. Sharing with Public.', 'edit privacy. sharing with public'],
    ['编辑隐私设置。分享对象：公开。', '编辑隐私设置.分享对象:公开'],
    [' : Public ', 'public'],
  ])('%j -> %j', (input, expected) => {
    expect(matchForm(input)).toBe(expected);
  });
});

describe('cap / cleanValue', () => {
  test('cap never splits a surrogate pair', () => {
    expect(cap('ab😀', 3)).toBe('ab');
    expect(cap('abc', 10)).toBe('abc');
  });
  test('cleanValue strips invisible controls, keeps case, caps at VALUE_MAX', () => {
    expect(cleanValue(' Only\u200B me ')).toBe('Only me');
    expect(cleanValue('x'.repeat(5_000))).toHaveLength(VALUE_MAX);
  });
});
