import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { posts } from '../../../src/sites/tiktok/read-posts';
import { langFromTag } from '../../../src/sites/common/labels';
import type { Audience } from '../../../src/shared/audience';
import type { PostSnapshot } from '../../../src/shared/readings';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/tiktok', name), 'utf8'), 'text/html');
}
function readAll(doc: Document, accountAudience: Audience): PostSnapshot[] {
  const ctx = { lang: langFromTag(doc.documentElement.getAttribute('lang') ?? ''), accountAudience };
  return Array.from(doc.querySelectorAll(posts.rootSelector))
    .map((root) => posts.read(root, ctx))
    .filter((p): p is PostSnapshot => p !== null);
}

const video = (handle: string, id: string, kind = 'video') => `https://www.tiktok.com/@${handle}/${kind}/${id}`;
const by = (caption: string) => `${caption} created by Mama Aina with original sound - Mama Aina`;

interface Expected {
  n: number;
  what: string;
  text: string;
  alts: string[];
  url: string | null;
  location?: string;
  /** From the permalink and the author links, which must agree. */
  author: string | null;
}

const PROFILE: Expected[] = [
  { n: 0, what: 'English caption with hashtags', text: "Aina's first day of school! #sekolah #year1", alts: ["Aina's first day of school! #sekolah #year1 created by Mama Aina with Mama Aina’s original sound"], url: video('mama.aina', '7340000000000000001'), author: 'mama.aina' },
  { n: 1, what: 'Malay caption', text: 'Hari sukan sekolah, Aina menang lari berganti-ganti', alts: ['Hari sukan sekolah, Aina menang lari berganti-ganti created by Mama Aina with lagu asal - Mama Aina'], url: video('mama.aina', '7340000000000000002'), author: 'mama.aina' },
  { n: 2, what: 'Chinese caption', text: '女儿在学校的华文书法比赛', alts: ['女儿在学校的华文书法比赛 created by Mama Aina with 原声 - Mama Aina'], url: video('mama.aina', '7340000000000000003'), author: 'mama.aina' },
  { n: 3, what: 'Tamil caption', text: 'பள்ளி ஆண்டு விழா நடனம்', alts: [by('பள்ளி ஆண்டு விழா நடனம்')], url: video('mama.aina', '7340000000000000004'), author: 'mama.aina' },
  { n: 4, what: 'no caption', text: '', alts: [], url: video('mama.aina', '7340000000000000005'), author: 'mama.aina' },
  { n: 5, what: 'photo carousel, tracking query dropped', text: 'Family trip to Langkawi', alts: [by('Family trip to Langkawi')], url: video('mama.aina', '7340000000000000006', 'photo'), author: 'mama.aina' },
  { n: 6, what: 'javascript: href', text: '', alts: [by('Bedtime story with the kids')], url: null, author: null },
  { n: 7, what: 'HTML in caption stays text', text: 'Graduation day <img src=x onerror=alert(1)>', alts: [by('Graduation day <img src=x onerror=alert(1)>')], url: video('mama.aina', '7340000000000000008'), author: 'mama.aina' },
];

const FEED: Expected[] = [
  { n: 0, what: 'Malay description, place chip, "more" dropped, avatar not an image of the video', text: 'Latihan koir untuk hari guru, anak-anak comel sangat #sekolahrendah #hariguru', alts: ['Murid Tahun 2 berlatih koir'], url: video('cikgu.lina', '7350000000000000001'), location: 'SK Taman Desa', author: 'cikgu.lina' },
  { n: 1, what: 'Chinese description, no video link', text: '儿子的第一次钢琴演出 #孩子', alts: [], url: null, author: 'chen.mama' },
  { n: 2, what: 'Tamil description', text: 'என் மகள் பள்ளி விழாவில் #பள்ளி', alts: ['Children dancing on a school stage'], url: video('selvi.r', '7350000000000000003'), author: 'selvi.r' },
  { n: 3, what: 'no description', text: '', alts: [], url: video('weekend.dad', '7350000000000000004'), author: 'weekend.dad' },
];

describe.each([
  { fixture: 'profile-en.html', expected: PROFILE },
  { fixture: 'feed-en.html', expected: FEED },
])('$fixture', ({ fixture, expected }) => {
  describe.each<Audience>(['public', 'private', 'unknown'])('account audience %s', (account) => {
    const read = readAll(load(fixture), account);

    test('one snapshot per video', () => expect(read).toHaveLength(expected.length));

    test.each(expected)('#$n $what', (e) => {
      const post = read[e.n]!;
      expect(post.audience).toBe(account); // no per-video audience is read on TikTok
      expect(post.text).toBe(e.text);
      expect(post.altTexts).toEqual(e.alts);
      expect(post.url).toBe(e.url);
      if (e.url !== null) expect(post.key).toBe(e.url);
      else expect(post.key).toMatch(/^hash:[0-9a-f]{16}$/);
      expect(post.location).toBe(e.location);
      expect(post.author).toBe(e.author);
    });
  });
});

describe('author', () => {
  const item = (links: string) => new DOMParser().parseFromString(
    `<div data-e2e="recommend-list-item-container">${links}<div data-e2e="video-desc">Sukan <a href="/@mentioned.one">@mentioned.one</a></div></div>`,
    'text/html',
  );
  test.each([
    ['permalink and author links agree; case is folded', '<a href="/@Ana.B/video/12345678"><img alt="v"></a><a data-e2e="video-author-avatar" href="/@ana.b"><img alt="ana.b"></a><a data-e2e="video-author-uniqueid" href="/@ana.b">ana.b</a>', 'ana.b'],
    ['permalink alone', '<a href="https://www.tiktok.com/@ana.b/video/12345678?lang=en"><img alt="v"></a>', 'ana.b'],
    ['author link alone', '<a data-e2e="video-author-uniqueid" href="/@ana.b">ana.b</a>', 'ana.b'],
    ['permalink and author link disagree (a repost)', '<a href="/@ana.b/video/12345678"><img alt="v"></a><a data-e2e="video-author-avatar" href="/@someone.else"><img alt="s"></a>', null],
    ['an @mention in the description is not the author', '<a href="/@ana.b/video/12345678"><img alt="v"></a>', 'ana.b'],
    ['only an @mention: unknown', '', null],
    ['an author link off tiktok.com', '<a data-e2e="video-author-uniqueid" href="https://evil.example/@ana.b">ana.b</a>', null],
  ])('%s', (_what, links, author) => {
    expect(readAll(item(links), 'public')[0]!.author).toBe(author);
  });
});

describe('hostile content', () => {
  const item = (desc: string) => new DOMParser().parseFromString(
    `<div data-e2e="recommend-list-item-container"><a href="/@a.b/video/12345678"><img alt="poster" src="data:,"></a><div data-e2e="video-desc">${desc}</div></div>`,
    'text/html',
  );

  test('a 1 MB description is capped at 5,000 characters', () => {
    const doc = item('');
    doc.querySelector('[data-e2e="video-desc"]')!.textContent = '#anak '.repeat(180_000);
    expect(readAll(doc, 'public')[0]!.text.length).toBeLessThanOrEqual(5_000);
  });

  test('bidi controls are stripped', () => {
    expect(readAll(item('\u202Dhello\u202C \u2066world\u2069'), 'public')[0]!.text).toBe('hello world');
  });

  test.each([
    ['javascript:void(0)//@a.b/video/12345678', null],
    ['https://www.tiktok.com.evil.example/@a.b/video/12345678', null],
    ['https://vm.tiktok.com/@a.b/video/12345678?_r=1', 'https://www.tiktok.com/@a.b/video/12345678'],
  ])('video link %s -> %s', (href, url) => {
    const doc = new DOMParser().parseFromString(`<div data-e2e="user-post-item"><a href="${href}"><img alt="x"></a></div>`, 'text/html');
    expect(readAll(doc, 'public')[0]!.url).toBe(url);
  });
});
