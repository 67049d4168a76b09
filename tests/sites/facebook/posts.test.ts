import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { posts, readMarker } from '../../../src/sites/facebook/read-posts';
import { langFromTag } from '../../../src/sites/common/labels';
import type { PostContext, UiLang } from '../../../src/sites/types';
import type { PostSnapshot } from '../../../src/shared/readings';

function load(name: string): Document {
  const html = readFileSync(resolve('tests/fixtures/facebook', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
function ctxOf(doc: Document): PostContext {
  return { lang: langFromTag(doc.documentElement.getAttribute('lang') ?? ''), accountAudience: 'unknown' };
}
/** Every post root on the page, read; comments and embedded originals (null) left out. */
function readAll(doc: Document, ctx: PostContext = ctxOf(doc)): PostSnapshot[] {
  return Array.from(doc.querySelectorAll(posts.rootSelector))
    .map((root) => posts.read(root, ctx))
    .filter((p): p is PostSnapshot => p !== null);
}
function html(body: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');
}

interface Expected {
  n: number;
  what: string;
  audience: PostSnapshot['audience'];
  text: string[]; // substrings the text must contain ('' entry = text must be empty)
  notText?: string[];
  alts: string[];
  url: string | null;
  location?: string;
  /** The first link of the outer post's author heading, as a profile handle. */
  author: string | null;
}

const EN: Expected[] = [
  { n: 0, what: 'public photo post, decoys in comments', audience: 'public', text: ['First day of Year 1', '😊', '#backtoschool'], notText: ['Daniel', 'anyone can see it', 'Like', 'Comment', 'Share'], alts: ["May be an image of 1 child, school uniform and text that says 'SK TAMAN MELATI'"], url: 'https://www.facebook.com/siti.aminah.5/posts/pfbid02Xk9sQm1', location: 'SK Taman Melati', author: 'siti.aminah.5' },
  { n: 1, what: 'friends-only post, "Public" decoys in comments, Malay alt text', audience: 'friends', text: ['Hari sukan sekolah Adam'], notText: ['Public', 'school can share'], alts: ['Mungkin imej 2 kanak-kanak, berlari dan rumput'], url: 'https://www.facebook.com/nurul.hamdan.3/posts/pfbid0Rt7Lw2', author: 'nurul.hamdan.3' },
  { n: 2, what: 'private re-share of a public original', audience: 'private', text: ['Saving this for later.', '一年级新生入学典礼'], alts: ['May be an image of 6 children, people standing and indoor', '可能是 3 人和学校的图像'], url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Mm3q8&id=100072', author: 'meiling.tan.12' },
  { n: 3, what: 'public re-share of a friends-only original (no nested article)', audience: 'public', text: ['என் மகளின் பள்ளி முதல் நாள்', 'Meera in her new school uniform'], alts: ['May be an image of 1 child, school uniform and backpack'], url: 'https://www.facebook.com/kavitha.subra/posts/pfbid0Kq1Zz', author: 'kavitha.subra' },
  { n: 4, what: 'no caption, img[alt=Public] marker', audience: 'public', text: [''], alts: ['No photo description available.', 'May be an image of outdoors and tree'], url: 'https://www.facebook.com/farid.osman.2/posts/pfbid0Fo55', author: 'farid.osman.2' },
  { n: 5, what: 'carousel, Friends except -> custom, one child image', audience: 'custom', text: ['Weekend in Cameron Highlands.'], alts: ['May be an image of strawberry and food', 'May be an image of 1 child and text', 'May be an image of flower and nature', '可能是 茶园 的图像'], url: 'https://www.facebook.com/karfai.wong/posts/pfbid0Wk31', author: 'karfai.wong' },
  { n: 6, what: 'friends of friends -> public; See more / See translation dropped', audience: 'public', text: ['இன்று பள்ளியில் கலை நிகழ்ச்சி'], notText: ['See more', 'See translation'], alts: ['May be an image of 4 people, child, people dancing and stage'], url: 'https://www.facebook.com/story.php?story_fbid=pfbid0Ld42&id=100088', author: 'lakshmi.devi.88' },
  { n: 7, what: 'no marker, javascript: link, HTML in caption', audience: 'unknown', text: ['女儿的毕业典礼', '<img src=x onerror=alert(1)>', '<b>好开心</b>'], alts: [], url: null, author: 'chen.jia.31' },
  { n: 8, what: 'header markers disagree', audience: 'unknown', text: ['Sports day medal!'], alts: ['May be an image of 1 child and medal'], url: 'https://www.facebook.com/hafiz.rahman.1/posts/pfbid0Hr10', author: 'hafiz.rahman.1' },
  { n: 9, what: "2016 classic \"Shared with: {name}'s friends\"", audience: 'friends', text: ["Adam's first swimming lesson."], alts: ['Image may contain: 1 person, child, swimming and outdoor'], url: 'https://www.facebook.com/nurul.hamdan.3/posts/10154120912', author: 'nurul.hamdan.3' },
];

const ZH: Expected[] = [
  { n: 0, what: '编辑隐私设置。分享对象：公开。', audience: 'public', text: ['儿子今天第一天上幼儿园'], notText: ['查看更多', '查看翻译', '公开？'], alts: ['可能是 1 名儿童和文字的图像'], url: 'https://www.facebook.com/xiaohong.li.6/posts/pfbid0Zh01', author: 'xiaohong.li.6' },
  { n: 1, what: '分享对象：你的好友, Malay caption', audience: 'friends', text: ['Majlis hari jadi Hana'], alts: ['Mungkin imej 3 kanak-kanak dan kek'], url: 'https://www.facebook.com/aisyah.karim.4/posts/pfbid0Ak02', author: 'aisyah.karim.4' },
  { n: 2, what: '分享对象：仅限自己, Tamil caption, 没有照片描述', audience: 'private', text: ['மகனின் முதல் பிறந்தநாள்'], alts: ['没有照片描述。'], url: 'https://www.facebook.com/ravi.kumar.55/posts/pfbid0Rk03', author: 'ravi.kumar.55' },
  { n: 3, what: '分享对象：自定义', audience: 'custom', text: ['家庭聚会'], alts: [], url: 'https://www.facebook.com/weiming.zhang/posts/pfbid0Zw04', author: 'weiming.zhang' },
  { n: 4, what: 'friends re-share of a public original', audience: 'friends', text: ['运动会精彩瞬间'], alts: ['可能是 5 人、儿童和运动场的图像'], url: 'https://www.facebook.com/meiling.chen.2/posts/pfbid0Cm05', author: 'meiling.chen.2' },
  { n: 5, what: 'unverified value 朋友的朋友', audience: 'unknown', text: ['女儿学校的开放日'], alts: ['可能是 2 名儿童和校服的图像'], url: 'https://www.facebook.com/zhiqiang.huang/posts/pfbid0Hz06', author: 'zhiqiang.huang' },
  { n: 6, what: 'English marker on a Chinese page', audience: 'unknown', text: ['周末去海边'], alts: [], url: 'https://www.facebook.com/jiahui.lin/posts/pfbid0Lj07', author: 'jiahui.lin' },
  { n: 7, what: 'public carousel, one child image', audience: 'public', text: ['School holiday trip to Penang Hill.'], alts: ['可能是 缆车 和 山 的图像', '可能是 1 名儿童 的图像'], url: 'https://www.facebook.com/jason.teoh.9/posts/pfbid0Jt08', author: 'jason.teoh.9' },
];

const MS: Expected[] = [
  { n: 0, what: 'machine-translated "Dikongsi dengan Awam"', audience: 'unknown', text: ['Anak sulung kami masuk Tahun 1'], alts: ['Mungkin imej 1 kanak-kanak dan teks'], url: 'https://www.facebook.com/zul.ahmad.7/posts/pfbid0Zu01', author: 'zul.ahmad.7' },
  { n: 1, what: 'machine-translated edit-privacy button', audience: 'unknown', text: ['孩子们的华乐表演'], alts: [], url: 'https://www.facebook.com/salmah.yusof/posts/pfbid0Sy02', author: 'salmah.yusof' },
  { n: 2, what: 'English marker on a Malay page', audience: 'unknown', text: ['பள்ளி விளையாட்டு தினம்', 'my son won gold!'], alts: ['May be an image of 1 child and medal'], url: 'https://www.facebook.com/devi.ramasamy/posts/pfbid0Dr03', author: 'devi.ramasamy' },
  { n: 3, what: 'img[alt=Awam], no caption', audience: 'unknown', text: [''], alts: ['Mungkin imej 2 kanak-kanak, pakaian seragam sekolah dan teks', 'Mungkin imej makanan'], url: 'https://www.facebook.com/azman.ismail.2/posts/pfbid0Ai04', author: 'azman.ismail.2' },
];

describe.each([
  { fixture: 'feed-en.html', expected: EN },
  { fixture: 'feed-zh.html', expected: ZH },
  { fixture: 'feed-ms.html', expected: MS },
])('$fixture', ({ fixture, expected }) => {
  const read = readAll(load(fixture));

  test('one snapshot per outer post (comments and embedded originals are not posts of their own)', () => {
    expect(read).toHaveLength(expected.length);
  });

  test.each(expected)('#$n $what', (e) => {
    const post = read[e.n]!;
    expect(post.audience).toBe(e.audience);
    for (const t of e.text) {
      if (t === '') expect(post.text).toBe('');
      else expect(post.text).toContain(t);
    }
    for (const t of e.notText ?? []) expect(post.text).not.toContain(t);
    expect(post.altTexts).toEqual(e.alts);
    expect(post.url).toBe(e.url);
    expect(post.key).toBe(e.url ?? post.key);
    if (e.url === null) expect(post.key).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(post.location).toBe(e.location);
    expect(post.author).toBe(e.author); // a re-share's author is the sharer (#2, #3), never the original's
  });
});

describe('author: the first link of the outer author heading, when it is a profile URL', () => {
  test.each([
    ['/ana.lee?__cft__[0]=AZ&__tn__=-R', 'ana.lee'],
    ['https://www.facebook.com/Ana.Lee/', 'ana.lee'],
    ['https://web.facebook.com/profile.php?id=100012345&__tn__=R', '100012345'],
    ['/profile.php?id=abc', null],
    ['/groups/123456/user/100012345/', null],
    ['/pages/SK-Taman-Melati/104928', null],
    ['/watch/', null],
    ['/story.php?story_fbid=1&id=2', null],
    ['#', null],
    ['javascript:alert(1)//ana.lee', null],
    ['https://evil.example/ana.lee', null],
  ])('%s -> %s', (href, author) => {
    const [p] = readAll(html(`<div role="article"><h3><a href="${href}">Ana Lee</a> shared <a href="/ben.tan">Ben</a>'s post.</h3><div data-ad-preview="message">hi</div></div>`));
    expect(p!.author).toBe(author);
  });

  test('no author heading: null', () => {
    expect(readAll(html('<div role="article"><div data-ad-preview="message">hi <a href="/ana.lee">Ana</a></div></div>'))[0]!.author).toBeNull();
  });
});

describe('permalink: the header link as Jaga keys it (path without trailing "/", the naming parameters)', () => {
  // The formula keys were made with before they were built without a second URL parse: stored
  // keys ("This is fine", flagged posts) must not change.
  const viaUrl = (href: string): string | null => {
    const url = new URL(href.trim(), 'https://www.facebook.com/');
    const clean = new URL(url.pathname.replace(/\/+$/, '') || '/', 'https://www.facebook.com/');
    for (const p of ['story_fbid', 'id', 'fbid', 'set', 'v']) {
      const v = url.searchParams.get(p);
      if (v !== null) clean.searchParams.set(p, v);
    }
    return clean.toString();
  };
  test.each([
    'https://www.facebook.com/ana.lee/posts/pfbid0Bn1?__cft__[0]=AZ&__tn__=%2CO%2CP-R',
    '/ana.lee/posts/pfbid0Bn1/',
    '/permalink.php?story_fbid=pfbid0Mm3q8&id=100072&__tn__=-R',
    'https://web.facebook.com/story.php?id=2&story_fbid=1',
    '/photo/?fbid=3&set=pcb.4&__cft__[0]=x',
    '/photo.php?fbid=a+b&set=%E5%AD%A6',
    '/photo/?fbid=1&fbid=2&set=a.1~2',
    '/watch/?v=12345&ref=x',
    '/groups/sk.melati/permalink/123/?id=[0]',
    '/ana.lee/posts/%E5%AD%A6%20x',
    '/ana.lee/posts/1?id=%',
    '/a/../ana.lee/posts/1',
    '/reel/1?v=a=b',
  ])('%s', (href) => {
    const [p] = readAll(html(`<div role="article"><div><h3><a href="/ana.lee">Ana Lee</a></h3><a href="${href}">1h</a></div><div data-ad-preview="message">hi</div></div>`));
    expect(p!.url).toBe(viaUrl(href));
  });
});

describe('the outer post header decides, never a marker further down', () => {
  const post = (outer: string, inner: string) => `
    <div role="article">
      <div><div><h3><a href="/ana.lee">Ana Lee</a> shared a post.</h3>
        <div><a href="/ana.lee/posts/pfbid01">1h</a> · ${outer}</div></div></div>
      <div data-ad-preview="message"><div dir="auto">Look at this</div></div>
      <div role="article"><div><h4><a href="/school">Sekolah</a></h4><div><a href="/school/posts/pfbid02">2d</a> · ${inner}</div></div>
        <div data-ad-preview="message"><div dir="auto">Sports day</div></div>
        <a href="/photo/?fbid=1"><img alt="May be an image of 1 child" src="data:,"></a></div>
      <ul><li><div role="article" aria-label="Comment by Ben">${inner} Public</div></li></ul>
    </div>`;
  const pub = '<svg title="Shared with Public"><title>Shared with Public</title></svg>';
  const friends = '<i role="img" aria-label="Shared with Friends"></i>';
  const none = '<svg><path d="M0 0"></path></svg>';

  test.each([
    { outer: friends, inner: pub, audience: 'friends', why: 'private re-share of a public post' },
    { outer: pub, inner: friends, audience: 'public', why: 'benign twin: public re-share of a friends post' },
    { outer: none, inner: pub, audience: 'unknown', why: 'outer marker missing: the original\'s "Public" is not borrowed' },
    { outer: none, inner: friends, audience: 'unknown', why: 'outer marker missing: the original\'s "Friends" is not borrowed (no wrong safe)' },
  ])('$why', ({ outer, inner, audience }) => {
    const [p] = readAll(html(post(outer, inner)));
    expect(p!.audience).toBe(audience);
    expect(p!.url).toBe('https://www.facebook.com/ana.lee/posts/pfbid01');
    expect(p!.text).toBe('Look at this Sports day');
    expect(p!.altTexts).toEqual(['May be an image of 1 child']);
  });

  test('no caption hook: the post\'s own text blocks are the caption, comments and header are not', () => {
    const [p] = readAll(html(`
      <div role="article"><div>
        <div><div><h3><a href="/ana.lee">Ana Lee</a></h3><div><a href="/ana.lee/posts/pfbid03">1h</a> · ${pub}</div></div></div>
        <div><div dir="auto">Hari pertama sekolah</div><div dir="auto">Tahun 1</div></div>
        <div><div role="button"><div dir="auto">See translation</div></div></div>
        <div><ul><li><div><a href="/ben">Ben</a><div dir="auto">Public! Shared with Public</div></div></li></ul></div>
      </div></div>`));
    expect(p!.text).toBe('Hari pertama sekolah Tahun 1');
    expect(p!.audience).toBe('public');
    expect(p!.url).toBe('https://www.facebook.com/ana.lee/posts/pfbid03');
  });

  test('a post without any author heading reads unknown, even with a marker in its body', () => {
    const [p] = readAll(html(`<div role="article"><div data-ad-preview="message">hi</div><div>${pub}</div></div>`));
    expect(p!.audience).toBe('unknown');
    expect(p!.url).toBeNull();
  });

  test('comments and embedded originals return null when handed to read() on their own', () => {
    const doc = html(post(friends, pub));
    const roots = Array.from(doc.querySelectorAll(posts.rootSelector));
    expect(roots).toHaveLength(3);
    expect(roots.map((r) => posts.read(r, ctxOf(doc)) === null)).toEqual([false, true, true]);
  });
});

describe('readMarker', () => {
  test.each<[string, UiLang | null, string]>([
    ['Shared with Public', 'en', 'public'],
    ['Shared with: Public', 'en', 'public'],
    ['Public', 'en', 'public'],
    ['Edit privacy. Sharing with Public.', 'en', 'public'],
    ['Edit privacy. Sharing with Friends.', 'en', 'friends'],
    ["Shared with: Ana Lee's friends", 'en', 'friends'],
    ['Edit privacy. Sharing with Only me.', 'en', 'private'],
    ['Edit privacy. Sharing with Friends except: Ben.', 'en', 'custom'],
    ['Edit privacy. Sharing with Custom.', 'en', 'custom'],
    ['Edit privacy. Sharing with Your friends of friends.', 'en', 'public'],
    ['Shared with Members of PIBG SK Taman Melati', 'en', 'unknown'], // a marker we cannot read
    ['Shared with Pub\u200Blic', 'en', 'public'], // zero-width space cannot hide the value
    ['Shared with Publicity team', 'en', 'unknown'], // whole-value comparison, not substring
    ['Public figure', 'en', 'not-a-marker'],
    ['6 hours ago', 'en', 'not-a-marker'],
    ['编辑隐私设置。分享对象：公开。', 'zh', 'public'],
    ['分享对象：公开', 'zh', 'public'],
    ['分享对象: 公开', 'zh', 'public'], // ASCII colon variant
    ['分享对象：你的好友', 'zh', 'friends'],
    ['分享对象：仅限自己', 'zh', 'private'],
    ['分享对象：自定义', 'zh', 'custom'],
    ['分享对象：好友,除了...', 'zh', 'custom'],
    ['分享对象：朋友的朋友', 'zh', 'unknown'],
    ['Shared with Public', 'zh', 'not-a-marker'],
    ['Dikongsi dengan Awam', 'ms', 'not-a-marker'],
    ['Shared with Public', 'ms', 'not-a-marker'],
    ['Shared with Public', 'ta', 'not-a-marker'],
    ['Shared with Public', null, 'not-a-marker'],
  ])('%s (%s) -> %s', (raw, lang, expected) => {
    expect(readMarker(raw, lang)).toBe(expected);
  });
});

describe('hostile content', () => {
  const wrap = (caption: string, head = '<svg title="Shared with Public"></svg>') =>
    `<div role="article"><div><h3><a href="/a">A</a></h3><div><a href="/a/posts/pfbid9">1h</a> ${head}</div></div><div data-ad-preview="message"><div dir="auto">${caption}</div></div></div>`;

  test('a 1 MB caption is capped at 5,000 characters', () => {
    const doc = html(wrap(''));
    doc.querySelector('[dir="auto"]')!.textContent = 'anak '.repeat(210_000);
    const [p] = readAll(doc);
    expect(p!.text.length).toBeLessThanOrEqual(5_000);
    expect(p!.text.startsWith('anak anak')).toBe(true);
  });

  test('bidi and zero-width controls are stripped', () => {
    const [p] = readAll(html(wrap('my\u202E cilbup\u202C daughter\u200B\u2066 at school\uFEFF')));
    expect(p!.text).toBe('my cilbup daughter at school');
  });

  test('markup in a caption stays text; no element is created from it', () => {
    const doc = html(wrap('&lt;img src=x onerror=alert(1)&gt;'));
    const [p] = readAll(doc);
    expect(p!.text).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  test('javascript:, data: and foreign-host timestamp links give no url (a "//" path would re-parse as another host)', () => {
    for (const href of ['javascript:alert(1)//posts/', 'data:text/html,<b>/posts/', 'https://evil.example/x/posts/1', 'https://facebook.com.evil.example/x/posts/1', '//user:pw@www.facebook.com/a/posts/1', 'https://www.facebook.com//evil.example/posts/1', '//www.facebook.com//evil.example/x/posts/1/']) {
      const doc = html(`<div role="article"><div><h3><a href="/a">A</a></h3><div><a href="${href}">1h</a></div></div><div data-ad-preview="message">x</div></div>`);
      expect(readAll(doc)[0]!.url, href).toBeNull();
    }
  });

  test('more than 20 alt texts are cut to 20, each at most 1,000 characters', () => {
    const imgs = Array.from({ length: 30 }, (_, i) => `<a href="/photo/?fbid=${i}"><img alt="May be an image of ${i} ${'x'.repeat(2_000)}" src="data:,"></a>`).join('');
    const [p] = readAll(html(`<div role="article"><div><h3><a href="/a">A</a></h3></div><div>${imgs}</div></div>`));
    expect(p!.altTexts).toHaveLength(20);
    for (const a of p!.altTexts) expect(a.length).toBeLessThanOrEqual(1_000);
  });
});
