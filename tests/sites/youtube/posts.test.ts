import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { posts, readVisibility } from '../../../src/sites/youtube/read-posts';
import { langFromTag } from '../../../src/sites/common/labels';
import type { Audience } from '../../../src/shared/audience';
import type { UiLang } from '../../../src/sites/types';
import type { PostSnapshot } from '../../../src/shared/readings';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
function load(name: string): Document {
  return parse(readFileSync(resolve('tests/fixtures/youtube', name), 'utf8'));
}
function readAll(doc: Document): PostSnapshot[] {
  const ctx = { lang: langFromTag(doc.documentElement.getAttribute('lang') ?? ''), accountAudience: 'unknown' as const };
  return Array.from(doc.querySelectorAll(posts.rootSelector))
    .map((root) => posts.read(root, ctx))
    .filter((p): p is PostSnapshot => p !== null);
}
const watch = (id: string) => `https://www.youtube.com/watch?v=${id}`;

interface Expected {
  n: number;
  what: string;
  audience: Audience;
  text: string;
  alts: string[];
  url: string | null;
}

const FEED: Expected[] = [
  { n: 0, what: 'no badge -> public', audience: 'public', text: "Aina's first day at school", alts: [], url: watch('AAAAAAAAAA1') },
  { n: 1, what: 'Unlisted badge -> custom; Malay title', audience: 'custom', text: 'Hari sukan sekolah Aina — lari 100 meter', alts: [], url: watch('AAAAAAAAAA2') },
  { n: 2, what: 'Private badge-shape -> private; Chinese title', audience: 'private', text: '女儿的钢琴考试', alts: [], url: watch('AAAAAAAAAA3') },
  { n: 3, what: 'New/4K badges are no visibility -> public; Tamil title', audience: 'public', text: 'மகளின் பள்ளி நடனம்', alts: [], url: watch('AAAAAAAAAA4') },
  { n: 4, what: 'Shorts link -> watch permalink', audience: 'public', text: 'Adik belajar mengaji #shorts', alts: [], url: watch('AAAAAAAAAA5') },
  { n: 5, what: 'javascript: links; written thumbnail alt; HTML stays text', audience: 'public', text: 'Speech day <b>prize</b>', alts: ['Two children in school uniform holding certificates'], url: null },
  { n: 6, what: 'Members only badge -> public; channel avatar not read', audience: 'public', text: 'Behind the scenes: school concert rehearsal', alts: [], url: watch('AAAAAAAAAA7') },
  { n: 7, what: 'Unlisted and Public badges disagree -> unknown', audience: 'unknown', text: 'Sports day relay', alts: [], url: watch('AAAAAAAAAA8') },
];

const studio = (texts: [string, string, string, string]): Expected[] => [
  { n: 0, what: 'Public', audience: 'public', text: texts[0], alts: [], url: watch('BBBBBBBBBB1') },
  { n: 1, what: 'Unlisted -> custom', audience: 'custom', text: texts[1], alts: [], url: watch('BBBBBBBBBB2') },
  { n: 2, what: 'Private', audience: 'private', text: texts[2], alts: [], url: watch('BBBBBBBBBB3') },
  { n: 3, what: 'Draft: no visibility value -> unknown', audience: 'unknown', text: texts[3], alts: [], url: watch('BBBBBBBBBB4') },
];

describe.each([
  { fixture: 'feed-en.html', expected: FEED },
  { fixture: 'profile-studio-en.html', expected: studio(["Aina's first day at school Year 1 orientation at SK Taman Desa", 'Hari sukan sekolah Aina Lari 100 meter', '女儿的钢琴考试', 'மகளின் பள்ளி நடனம் Annual day']) },
  { fixture: 'profile-studio-ms.html', expected: studio(['Hari pertama Aina ke sekolah Orientasi Tahun 1', 'Sukan tahunan', '华乐团表演', 'பள்ளி விழா']) },
  { fixture: 'profile-studio-zh.html', expected: studio(['女儿第一天上学 一年级新生', 'Majlis konvokesyen tadika', 'School concert', '儿子的生日会']) },
  { fixture: 'profile-studio-ta.html', expected: studio(['மகளின் முதல் பள்ளி நாள்', 'Sports day', '学校运动会', 'Hari guru']) },
])('$fixture', ({ fixture, expected }) => {
  const read = readAll(load(fixture));

  test('one snapshot per video', () => expect(read).toHaveLength(expected.length));

  test.each(expected)('#$n $what', (e) => {
    const post = read[e.n]!;
    expect(post.audience).toBe(e.audience);
    expect(post.text).toBe(e.text);
    expect(post.altTexts).toEqual(e.alts);
    expect(post.url).toBe(e.url);
    if (e.url !== null) expect(post.key).toBe(e.url);
    else expect(post.key).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(post.location).toBeUndefined();
    expect(post).not.toHaveProperty('author'); // YouTube has per-video visibility: no author is read
  });
});

describe('a page language Jaga has no visibility words for reads unknown, never public', () => {
  test.each(['feed-en.html', 'profile-studio-en.html'])('%s relabelled lang="fr"', (fixture) => {
    const doc = load(fixture);
    doc.documentElement.setAttribute('lang', 'fr');
    for (const p of readAll(doc)) expect(p.audience).toBe('unknown');
  });

  test('Traditional Chinese page (zh-TW) reads unknown', () => {
    const doc = load('profile-studio-zh.html');
    doc.documentElement.setAttribute('lang', 'zh-TW');
    for (const p of readAll(doc)) expect(p.audience).toBe('unknown');
  });
});

describe('readVisibility', () => {
  test.each<[string, UiLang | null, Audience | null]>([
    ['Public', 'en', 'public'],
    [' Unlisted ', 'en', 'custom'],
    ['Private', 'en', 'private'],
    ['Umum', 'ms', 'public'],
    ['Tidak tersenarai', 'ms', 'custom'],
    ['Peribadi', 'ms', 'private'],
    ['公开', 'zh', 'public'],
    ['不公开列出', 'zh', 'custom'],
    ['私享', 'zh', 'private'],
    ['பொது', 'ta', 'public'],
    ['பட்டியலிடப்படாதவை', 'ta', 'custom'],
    ['தனிப்பட்டது', 'ta', 'private'],
    ['Umum', 'en', null], // matched in the page language only
    ['Private', 'ms', null],
    ['Public', null, null],
    ['Publicly shared', 'en', null], // whole value, not a substring
    ['Draft', 'en', null],
    ['Pri\u200Bvate', 'en', 'private'],
  ])('%s (%s) -> %s', (raw, lang, expected) => {
    expect(readVisibility(raw, lang)).toBe(expected);
  });
});

describe('watch page', () => {
  test('the metadata block takes its permalink from the page address', () => {
    const doc = parse('<html lang="en"><body><ytd-watch-metadata><div id="title"><h1><yt-formatted-string>Konsert sekolah</yt-formatted-string></h1></div><div id="description-inline-expander">Tahun 4 &amp; 5</div></ytd-watch-metadata></body></html>');
    const root = doc.querySelector(posts.rootSelector)!;
    Object.defineProperty(doc, 'URL', { value: 'https://www.youtube.com/watch?v=CCCCCCCCCC1&t=42s' });
    const p = posts.read(root, { lang: 'en', accountAudience: 'unknown' })!;
    expect(p).toMatchObject({ url: watch('CCCCCCCCCC1'), audience: 'public', text: 'Konsert sekolah Tahun 4 & 5' });
  });

  test.each([
    ['https://youtu.be/CCCCCCCCCC2?si=x', watch('CCCCCCCCCC2')],
    ['https://m.youtube.com/watch?v=CCCCCCCCCC3&feature=share', watch('CCCCCCCCCC3')],
    ['/live/CCCCCCCCCC4', watch('CCCCCCCCCC4')],
    ['/watch?v=short', null],
    ['javascript:alert(1)//watch?v=CCCCCCCCCC5', null],
    ['https://www.youtube.com.evil.example/watch?v=CCCCCCCCCC6', null],
  ])('link %s -> %s', (href, url) => {
    const doc = parse(`<ytd-video-renderer><a id="video-title" href="${href}">t</a></ytd-video-renderer>`);
    expect(readAll(doc)[0]!.url).toBe(url);
  });
});

describe('hostile content', () => {
  test('a 1 MB title is capped and bidi controls are stripped', () => {
    const doc = parse('<html lang="en"><body><ytd-video-renderer><a href="/watch?v=DDDDDDDDDD1"><span id="video-title"></span></a></ytd-video-renderer></body></html>');
    doc.getElementById('video-title')!.textContent = `\u202E${'anak '.repeat(210_000)}`;
    const [p] = readAll(doc);
    expect(p!.text.length).toBeLessThanOrEqual(5_000);
    expect(p!.text.startsWith('anak')).toBe(true);
  });
});
