import { describe, expect, test } from 'vitest';
import {
  POST_LIMITS,
  agreed,
  altTextsOf,
  cleanText,
  fnv1a64,
  hrefParts,
  isIconSized,
  postKey,
  safeUrl,
  snapshot,
  textOf,
} from '../../../src/sites/common/posts';
import type { Audience } from '../../../src/shared/audience';

const el = (html: string): Element => {
  const doc = new DOMParser().parseFromString(`<body><div id="x">${html}</div></body>`, 'text/html');
  return doc.getElementById('x')!;
};

describe('cleanText', () => {
  test.each([
    ['  a \n\t b  ', 'a b'],
    ['\u202Eevil\u202C', 'evil'], // right-to-left override
    ['\u2066a\u2069\u2067b\u2069\u2068c\u2069', 'abc'], // isolates
    ['\u200Ea\u200Fb\u061Cc', 'abc'], // marks
    ['zero\u200Bwidth\u2060join\uFEFF', 'zerowidthjoin'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['ctrl\u0000\u0007\u001Bchars\u007F\u0085', 'ctrlchars'],
    ['\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'], // family emoji keeps its joiners
  ])('%j -> %j', (raw, clean) => {
    expect(cleanText(raw, 100)).toBe(clean);
  });

  test('caps without splitting a surrogate pair', () => {
    expect(cleanText('ab\u{1F600}', 3)).toBe('ab');
  });
});

describe('textOf', () => {
  test('block boundaries become spaces, inline markup does not split words', () => {
    expect(textOf(el('<div>one</div><div>two<b>three</b></div><p>four<br>five</p>'))).toBe('one twothree four five');
  });

  test('emoji images count as text; large images and media do not', () => {
    expect(textOf(el('hi <img alt="😊"> <img alt="May be an image of 1 child and text"><svg><title>Shared with Public</title></svg><script>x()</script>'))).toBe('hi 😊');
  });

  test('skipped subtrees are left out', () => {
    expect(textOf(el('caption <div role="button">See more</div>'), { skip: (e) => e.getAttribute('role') === 'button' })).toBe('caption');
  });

  test('markup-looking text stays text', () => {
    expect(textOf(el('&lt;img src=x onerror=alert(1)&gt;'))).toBe('<img src=x onerror=alert(1)>');
  });

  test('a deep hostile tree neither overflows the stack nor runs unbounded', () => {
    const root = el('');
    let cur = root;
    for (let i = 0; i < 5_000; i++) {
      const d = root.ownerDocument.createElement('span');
      cur.appendChild(d);
      cur = d;
    }
    cur.textContent = 'deep';
    expect(textOf(root)).toBe('deep');
    const wide = el('');
    wide.textContent = 'w'.repeat(2_000_000);
    expect(textOf(wide, { max: 100 })).toHaveLength(100);
  });
});

describe('altTextsOf', () => {
  test('cleans, caps each, drops empty and duplicate, keeps at most 20', () => {
    const alts = ['', '  ', 'a', 'a', '\u202Ea', ...Array.from({ length: 30 }, (_, i) => `${i}${'z'.repeat(2_000)}`)];
    const out = altTextsOf(alts);
    expect(out[0]).toBe('a');
    expect(out).toHaveLength(POST_LIMITS.altTexts);
    for (const a of out) expect(a.length).toBeLessThanOrEqual(POST_LIMITS.altText);
  });
});

describe('safeUrl', () => {
  const base = 'https://www.facebook.com/';
  const hosts = ['facebook.com'];
  test.each([
    ['/a/posts/1', 'https://www.facebook.com/a/posts/1'],
    ['https://web.facebook.com/a', 'https://web.facebook.com/a'],
    ['http://facebook.com/a', 'http://facebook.com/a'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['vbscript:x', null],
    ['https://facebook.com.evil.example/', null],
    ['https://evilfacebook.com/', null],
    ['https://user:pw@www.facebook.com/', null],
    ['', null],
    [`/${'a'.repeat(5_000)}`, null],
  ])('%s -> %s', (href, expected) => {
    expect(safeUrl(href, base, hosts)?.toString() ?? null).toBe(expected);
  });
});

describe('hrefParts: safeUrl\'s path and parameters, without a URL parse for plain hrefs', () => {
  const base = 'https://www.facebook.com/';
  const hosts = ['facebook.com'];
  const names = ['id', 'story_fbid', 'fbid', 'set', 'v', 'x', '', 'a b'];
  const same = (href: string) => {
    const url = safeUrl(href, base, hosts);
    const parts = hrefParts(href, base, hosts);
    expect(parts === null, href).toBe(url === null);
    if (url === null || parts === null) return;
    expect(parts.pathname, href).toBe(url.pathname);
    for (const n of names) expect(parts.param(n), `${href} ${n}`).toBe(url.searchParams.get(n));
  };
  test.each([
    '/siti.aminah.3?__cft__[0]=AZ1&__tn__=-R', '/a/posts/pfbid0Bn1?__cft__[0]=AZ', 'https://www.facebook.com/a/posts/1',
    'https://web.facebook.com/permalink.php?story_fbid=1&id=2', 'http://facebook.com/photo/?fbid=3&set=pcb.4',
    '/photo.php?fbid=1&fbid=2', '/p?id', '/p?id=', '/p?id=a=b', '/p?&&id=1&', '/p?x=1#id=2', '/p?id=%31', '/p?id=a+b',
    '/p?%69d=1', '//evil.com/posts/1', '///posts/1', '/a/../posts/1', '/a/./posts/1', '/posts/.', '/posts/..', '/a/%2e%2e/b',
    '/a\\posts\\1', '/po\tsts/1', ' /a/posts/1 ', '/a b/posts', '/ä/posts', '/a/posts/1?id=ä', 'posts/1', '?id=1', '#x',
    'https://www.facebook.com', 'https://WWW.facebook.com/a', 'https://www.facebook.com:443/a', 'https://www.facebook.com./a',
    'https://xn--facebook-.com/a', 'https://a.xn--facebook.com/a', 'https://www..facebook.com/a', 'https://-a.facebook.com/a',
    'https://facebook.com.evil.example/a', 'https://evilfacebook.com/a', 'https://user:pw@www.facebook.com/a', 'https://www.facebook.com@evil.com/',
    'javascript:alert(1)', 'data:,x', 'ftp://www.facebook.com/a', 'HTTPS://www.facebook.com/a', "/a'b?id='1'", '/a`b?id=`', '/a^b?id=^',
    '/a[0]?id=[0]', '/a;b?id=;', '/a~b?id=~', '/a!$()*,:@=b?id=!$()*,:@=/?', `/${'a'.repeat(5_000)}`,
  ])('%s', (href) => same(href));
  test('random hrefs from an awkward alphabet agree with the URL parser', () => {
    const alphabet = ['/', '//', '.', '..', '?', '&', '=', '#', '%', '%2e', '+', ' ', '\\', '\t', 'a', 'id', 'posts', 'https://', 'www.facebook.com', ':', '@', '[', ']', "'", 'ä', '-', '_', '~'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 3_000; i++) {
      let href = rnd() < 0.5 ? '/' : 'https://www.facebook.com/';
      const len = Math.floor(rnd() * 10);
      for (let j = 0; j < len; j++) href += alphabet[Math.floor(rnd() * alphabet.length)]!;
      same(href);
    }
  });
});

describe('keys', () => {
  test('FNV-1a is stable and spreads', () => {
    expect(fnv1a64('')).toBe(fnv1a64(''));
    expect(fnv1a64('')).toMatch(/^811c9dc5[0-9a-f]{8}$/); // first half is plain 32-bit FNV-1a
    expect(fnv1a64('a').slice(0, 8)).toBe('e40c292c');
    expect(fnv1a64('post one')).not.toBe(fnv1a64('post onf'));
  });

  test('permalink is the key; a long one is hashed to fit; no permalink -> hash of what is shown', () => {
    expect(postKey('https://x.com/a/status/1', 't', [])).toBe('https://x.com/a/status/1');
    const long = `https://www.facebook.com/${'p'.repeat(400)}`;
    expect(postKey(long, 't', [])).toMatch(/^url:[0-9a-f]{16}$/);
    expect(postKey(null, 'caption', ['alt'])).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(postKey(null, 'caption', ['alt'])).toBe(postKey(null, 'caption', ['alt']));
    expect(postKey(null, 'caption', ['alt'])).not.toBe(postKey(null, 'caption alt', []));
  });
});

describe('agreed', () => {
  test.each<[Audience[], Audience]>([
    [[], 'unknown'],
    [['public'], 'public'],
    [['friends', 'friends'], 'friends'],
    [['friends', 'public'], 'unknown'],
    [['private', 'unknown'], 'unknown'],
  ])('%j -> %s', (list, expected) => expect(agreed(list)).toBe(expected));
});

describe('snapshot', () => {
  test('joins texts once, caps, omits an empty location', () => {
    const s = snapshot({ url: null, audience: 'public', texts: ['a', '', 'a', 'b'], altTexts: [], location: '  ' });
    expect(s.text).toBe('a b');
    expect('location' in s).toBe(false);
    expect(snapshot({ url: 'https://x.com/a/status/1', audience: 'public', texts: ['x'.repeat(9_000)], altTexts: [], location: 'l'.repeat(500) }).text).toHaveLength(5_000);
  });
});

describe('isIconSized', () => {
  test.each([
    ['<img width="12" height="12">', true],
    ['<img width="24" height="18">', true],
    ['<img width="36" height="36">', false],
    ['<img>', false],
    ['<img width="12">', false],
  ])('%s -> %s', (html, expected) => expect(isIconSized(el(html).firstElementChild!)).toBe(expected));
});
