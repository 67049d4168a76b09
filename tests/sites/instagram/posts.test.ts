import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { posts } from '../../../src/sites/instagram/read-posts';
import { langFromTag } from '../../../src/sites/common/labels';
import type { Audience } from '../../../src/shared/audience';
import type { PostSnapshot } from '../../../src/shared/readings';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/instagram', name), 'utf8'), 'text/html');
}
function readAll(doc: Document, accountAudience: Audience): PostSnapshot[] {
  const ctx = { lang: langFromTag(doc.documentElement.getAttribute('lang') ?? ''), accountAudience };
  return Array.from(doc.querySelectorAll(posts.rootSelector))
    .map((root) => posts.read(root, ctx))
    .filter((p): p is PostSnapshot => p !== null);
}

const by = (code: string, kind = 'p') => `https://www.instagram.com/${kind}/${code}/`;

const FEED = [
  { n: 0, what: 'location tag, child in alt text', text: ["Aishah's first day at school!", '#backtoschool'], notText: ['likes', 'View all', 'nadia.rahman'], alts: ['Photo by Nadia Rahman on March 2, 2025. May be an image of 1 child, school uniform and text.'], url: by('DA1aaaaaAA1'), location: 'SK Taman Tun Dr Ismail', author: 'nadia.rahman' },
  { n: 1, what: 'carousel, only one image shows a child; Malay caption', text: ['Cuti sekolah di Port Dickson bersama anak-anak'], notText: [], alts: ['Photo by Hafiz Family on March 1, 2025. May be an image of food.', 'Photo by Hafiz Family on March 1, 2025. May be an image of 1 child and text.', 'Photo by Hafiz Family on March 1, 2025. May be an image of beach and ocean.'], url: by('DA2bbbbbBB2'), author: 'hafiz.family' },
  { n: 2, what: 'Chinese caption and automatic alt text', text: ['儿子和同学们的毕业照'], notText: [], alts: ['Photo by 王小明 on February 28, 2025. 可能是 2 人、校服和文字的图像'], url: by('DA3ccccCCC3'), author: 'xiaoming.wang' },
  { n: 3, what: 'Tamil caption cut by "more"; Spanish alt text', text: ['என் மகளின் நடன நிகழ்ச்சி'], notText: ['more'], alts: ['Photo by Anitha K on February 27, 2025. Puede ser una imagen de 1 persona, niño y texto.'], url: by('DA4ddddDDD4'), author: 'anitha.k' },
  { n: 4, what: 'no caption', text: [''], notText: [], alts: ['Photo by Lee Family on February 26, 2025. No photo description available.'], url: by('DA5eeeeEEE5'), author: 'lee.family.my' },
  { n: 5, what: 'reel, HTML in caption stays text, "See translation" dropped', text: ['Sports day relay <script>alert("x")</script> #sukan'], notText: ['See translation'], alts: [], url: by('DA6ffffFFF6', 'reel'), author: 'kumar.dad' },
  { n: 6, what: 'user-scoped permalink, tagged people', text: ['Selamat hari jadi, Adam!', '@adam.kecil'], notText: [], alts: ['Photo shared by Siti on February 24, 2025 tagging @adam.kecil. May be an image of 2 people and child.'], url: by('DA7ggggGGG7'), author: 'siti.mum' },
  { n: 7, what: 'javascript: time link; a place named in the caption is not a location tag', text: ['Family dinner at Jalan Alor'], notText: [], alts: ['Photo by Jason Ong on February 23, 2025. May be an image of 3 people.'], url: null, author: 'jason.ong' },
];

describe.each<Audience>(['public', 'private', 'unknown'])('feed-en.html, account audience %s', (account) => {
  const read = readAll(load('feed-en.html'), account);

  test('one snapshot per post', () => expect(read).toHaveLength(FEED.length));

  test.each(FEED)('#$n $what', (e) => {
    const post = read[e.n]!;
    expect(post.audience).toBe(account); // no per-post audience on Instagram
    for (const t of e.text) {
      if (t === '') expect(post.text).toBe('');
      else expect(post.text).toContain(t);
    }
    for (const t of e.notText) expect(post.text).not.toContain(t);
    expect(post.altTexts).toEqual(e.alts);
    expect(post.url).toBe(e.url);
    if (e.url !== null) expect(post.key).toBe(e.url);
    else expect(post.key).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(post.location).toBe(e.location);
    expect(post.author).toBe(e.author); // the header's link; tagged people and @mentions (#6) are not the author
  });
});

describe('author', () => {
  const post = (header: string, media = '<div role="button"><img alt="May be an image of 1 child." src="data:,"></div>', after = '') => new DOMParser().parseFromString(
    `<html lang="en"><body><article><div>${header}</div>${media}<div>${after}<span dir="auto">Caption</span></div></article></body></html>`,
    'text/html',
  );
  const time = '<a href="/p/CODE12345/"><time>1d</time></a>';

  test.each([
    ['avatar and name link agree; case is folded', `<a href="/Ana.B/"><img alt="ana.b's profile picture"></a><a href="/ana.b/">ana.b</a>${time}`, undefined, '', 'ana.b'],
    ['absolute link on instagram.com', `<a href="https://www.instagram.com/ana.b/">ana.b</a>${time}`, undefined, '', 'ana.b'],
    ['collaboration: two accounts in the header', `<a href="/ana.b/">ana.b</a> and <a href="/cikgu.c/">cikgu.c</a>${time}`, undefined, '', null],
    ['tagged people and @mentions after the media are not the author', `<a href="/ana.b/">ana.b</a>${time}`, '<div role="button"><img alt="Photo" src="data:,"><a href="/tagged.kid/">tagged.kid</a></div>', '<a href="/mentioned/">@mentioned</a>', 'ana.b'],
    ['no media, no time link: the header cannot be told apart', '<a href="/ana.b/">ana.b</a>', '', '<a href="/mentioned/">@mentioned</a>', null],
    ['no media: the header ends at the time link', `<a href="/ana.b/">ana.b</a>${time}`, '<div><video src="data:,"></video></div>', '<a href="/mentioned/">@mentioned</a>', 'ana.b'],
    ['only Instagram\'s own pages in the header', `<a href="/explore/">Explore</a>${time}`, undefined, '', null],
    ['a profile link off instagram.com', `<a href="https://evil.example/ana.b/">ana.b</a>${time}`, undefined, '', null],
  ])('%s', (_what, header, media, after, author) => {
    expect(readAll(post(header, media, after), 'public')[0]!.author).toBe(author);
  });
});

describe('hostile content', () => {
  const post = (caption: string, imgs = '<img alt="Photo by A. May be an image of 1 child." src="data:,">') => new DOMParser().parseFromString(
    `<html lang="en"><body><article><div><a href="/a.b/"><img alt="a.b's profile picture"></a><a href="/a.b/">a.b</a><a href="/p/CODE12345/"><time>1d</time></a></div>
     <div role="button">${imgs}</div><div><div><span><a href="/a.b/">a.b</a></span></div><span dir="auto">${caption}</span></div></article></body></html>`,
    'text/html',
  );

  test('a 1 MB caption is capped at 5,000 characters', () => {
    const doc = post('');
    doc.querySelector('span[dir="auto"]')!.textContent = 'sekolah '.repeat(130_000);
    expect(readAll(doc, 'public')[0]!.text.length).toBeLessThanOrEqual(5_000);
  });

  test('bidi controls stripped, emoji joiners kept', () => {
    const [p] = readAll(post('\u2067abc\u2069 \u200Fdef \u{1F408}\u200D\u2B1B'), 'public');
    expect(p!.text).toBe('abc def \u{1F408}\u200D\u2B1B');
  });

  test('a link to one of Instagram\'s own pages is not the author', () => {
    const doc = post('Majlis hari jadi');
    doc.querySelector('article')!.insertAdjacentHTML('afterbegin', '<a href="/explore/">Explore</a><a href="/reels/">Reels</a>');
    expect(readAll(doc, 'public')[0]!.text).toBe('Majlis hari jadi');
  });

  test('profile pictures and icon-sized images are not the post\'s images', () => {
    const [p] = readAll(post('x', '<img alt="ana\'s profile picture" src="data:,"><img alt="Verified" width="12" height="12" src="data:,"><img alt="May be an image of 1 child" src="data:,">'), 'public');
    expect(p!.altTexts).toEqual(['May be an image of 1 child']);
  });

  test.each([
    ['javascript:alert(1)//p/CODE12345/', null],
    ['https://evil.example/p/CODE12345/', null],
    ['https://instagram.com/p/CODE12345/?igsh=abc', 'https://www.instagram.com/p/CODE12345/'],
    ['/tv/CODE12345', 'https://www.instagram.com/tv/CODE12345/'],
  ])('time link %s -> %s', (href, url) => {
    const doc = new DOMParser().parseFromString(`<article><a href="/a.b/">a.b</a><a href="${href}"><time>1d</time></a></article>`, 'text/html');
    expect(readAll(doc, 'public')[0]!.url).toBe(url);
  });
});
