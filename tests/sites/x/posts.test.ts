import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { posts } from '../../../src/sites/x/read-posts';
import { langFromTag } from '../../../src/sites/common/labels';
import type { Audience } from '../../../src/shared/audience';
import type { PostContext } from '../../../src/sites/types';
import type { PostSnapshot } from '../../../src/shared/readings';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/x', name), 'utf8'), 'text/html');
}
function readAll(doc: Document, accountAudience: Audience): PostSnapshot[] {
  const ctx: PostContext = { lang: langFromTag(doc.documentElement.getAttribute('lang') ?? ''), accountAudience };
  return Array.from(doc.querySelectorAll(posts.rootSelector))
    .map((root) => posts.read(root, ctx))
    .filter((p): p is PostSnapshot => p !== null);
}

interface Expected {
  n: number;
  what: string;
  /** 'account' = whatever ctx.accountAudience says. */
  audience: Audience | 'account';
  text: string[];
  alts: string[];
  url: string | null;
  /** The outer post's author handle, lower-cased (never a quoted post's). */
  author: string | null;
}

const FEED: Expected[] = [
  { n: 0, what: 'only default alt="Image"', audience: 'account', text: ["Sports day at the kids' school today"], alts: [], url: 'https://x.com/aminah_rosli/status/1890000000000000001', author: 'aminah_rosli' },
  { n: 1, what: 'one written description, one default', audience: 'account', text: ["Ethan's first day in Primary 1", '#backtoschool'], alts: ['My son Ethan in his school uniform at the school gate'], url: 'https://x.com/davidlim_my/status/1890000000000000002', author: 'davidlim_my' },
  { n: 2, what: 'protected account', audience: 'private', text: ['Iman dapat anugerah pelajar cemerlang'], alts: [], url: 'https://x.com/nora_family/status/1890000000000000003', author: 'nora_family' },
  { n: 3, what: 'public post quoting a protected one: the quote\'s lock is not the post\'s', audience: 'account', text: ['同意！孩子的照片真的要小心分享。', 'Reminder to parents'], alts: [], url: 'https://x.com/weiling_tan/status/1890000000000000004', author: 'weiling_tan' },
  { n: 4, what: 'protected post quoting a public one', audience: 'private', text: ['So proud of this team!', 'Tahniah pasukan bola sepak'], alts: ['Murid-murid berbaju sukan sekolah memegang piala'], url: 'https://x.com/priya_home/status/1890000000000000005', author: 'priya_home' },
  { n: 5, what: 'Tamil text; "Protected account" typed in the text is not the lock', audience: 'account', text: ['என் மகன் இன்று பள்ளியில் பரிசு பெற்றான்'], alts: [], url: 'https://x.com/kumar_s/status/1890000000000000006', author: 'kumar_s' },
  { n: 6, what: 'no text, described photo', audience: 'account', text: [''], alts: ['Two girls in school uniforms waving at the camera'], url: 'https://x.com/farah_z/status/1890000000000000007', author: 'farah_z' },
  { n: 7, what: 'emoji image in text; javascript: time link', audience: 'account', text: ['女儿第一次参加钢琴比赛 🎹 加油！'], alts: [], url: null, author: 'liu_ming' },
  { n: 8, what: 'video poster and link card: no alt texts', audience: 'account', text: ['Recital highlights'], alts: [], url: 'https://x.com/ahmad_k/status/1890000000000000009', author: 'ahmad_k' },
];

describe.each<Audience>(['public', 'private', 'unknown'])('feed-en.html, account audience %s', (account) => {
  const read = readAll(load('feed-en.html'), account);

  test('one snapshot per post', () => expect(read).toHaveLength(FEED.length));

  test.each(FEED)('#$n $what', (e) => {
    const post = read[e.n]!;
    expect(post.audience).toBe(e.audience === 'account' ? account : e.audience);
    for (const t of e.text) {
      if (t === '') expect(post.text).toBe('');
      else expect(post.text).toContain(t);
    }
    expect(post.altTexts).toEqual(e.alts);
    expect(post.url).toBe(e.url);
    if (e.url !== null) expect(post.key).toBe(e.url);
    else expect(post.key).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(post.location).toBeUndefined();
    expect(post.author).toBe(e.author);
  });
});

describe('author', () => {
  const tweet = (header: string, rest = '') => new DOMParser().parseFromString(
    `<html lang="en"><body><article data-testid="tweet"><div data-testid="User-Name">${header}</div><div data-testid="tweetText">hi</div>${rest}</article></body></html>`,
    'text/html',
  );
  const quote = '<div role="link"><div data-testid="User-Name"><a href="/quoted_one"><span>Q</span></a><a href="/quoted_one/status/7"><time>1d</time></a></div></div>';

  test.each([
    ['name, @handle and time link agree; case is folded', '<a href="/Aminah_Rosli">A</a><a href="/aminah_rosli">@aminah_rosli</a><a href="/AMINAH_ROSLI/status/1"><time>1h</time></a>', '', 'aminah_rosli'],
    ['only the time link', '<a href="/a_b/status/1"><time>1h</time></a>', '', 'a_b'],
    ['a quoted post\'s author is not the post\'s', '<a href="/own_one">O</a><a href="/own_one/status/1"><time>1h</time></a>', quote, 'own_one'],
    ['header link and permalink disagree', '<a href="/someone">S</a><a href="/other_one/status/1"><time>1h</time></a>', '', null],
    ['no profile link, javascript: time link', '<span>A</span><a href="javascript:alert(1)//x.com/a_b/status/1"><time>1h</time></a>', '', null],
    ['a link off x.com', '<a href="https://evil.example/a_b">A</a>', '', null],
    ['one of X\'s own pages', '<a href="/home">Home</a>', '', null],
  ])('%s', (_what, header, rest, author) => {
    expect(readAll(tweet(header, rest), 'public')[0]!.author).toBe(author);
  });
});

describe('hostile content', () => {
  const tweet = (text: string, extra = '') => new DOMParser().parseFromString(
    `<html lang="en"><body><article data-testid="tweet"><div data-testid="User-Name"><a href="/a_b"><span>A</span></a><a href="/a_b/status/1"><time>1h</time></a></div><div data-testid="tweetText">${text}</div>${extra}</article></body></html>`,
    'text/html',
  );

  test('a 1 MB post text is capped at 5,000 characters', () => {
    const doc = tweet('');
    doc.querySelector('[data-testid="tweetText"]')!.textContent = 'x'.repeat(1_000_000);
    expect(readAll(doc, 'public')[0]!.text.length).toBe(5_000);
  });

  test('bidi controls are stripped and markup stays text', () => {
    const [p] = readAll(tweet('\u202Eabc\u202C &lt;script&gt;alert(1)&lt;/script&gt;'), 'public');
    expect(p!.text).toBe('abc <script>alert(1)</script>');
  });

  test('at most 20 image descriptions of at most 1,000 characters', () => {
    const photos = Array.from({ length: 25 }, (_, i) => `<div data-testid="tweetPhoto"><img alt="photo ${i} ${'y'.repeat(3_000)}"></div>`).join('');
    const [p] = readAll(tweet('hi', photos), 'public');
    expect(p!.altTexts).toHaveLength(20);
    expect(Math.max(...p!.altTexts.map((a) => a.length))).toBe(1_000);
  });

  test.each([
    ['javascript:alert(1)//x.com/a_b/status/1', null],
    ['https://evil.example/a_b/status/1', null],
    ['https://x.com.evil.example/a_b/status/1', null],
    ['https://mobile.twitter.com/a_b/status/42?s=20', 'https://x.com/a_b/status/42'],
    ['/a_b/status/42/photo/1', 'https://x.com/a_b/status/42'],
  ])('status link %s -> %s', (href, url) => {
    const doc = new DOMParser().parseFromString(
      `<article data-testid="tweet"><div data-testid="User-Name"><a href="${href}"><time>1h</time></a></div><div data-testid="tweetText">t</div></article>`,
      'text/html',
    );
    expect(readAll(doc, 'public')[0]!.url).toBe(url);
  });
});
