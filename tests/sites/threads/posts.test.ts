import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { posts } from '../../../src/sites/threads/read-posts';
import { FEDIVERSE_MARKER, POST } from '../../../src/sites/threads/selectors';
import { langFromTag } from '../../../src/sites/common/labels';
import type { Audience } from '../../../src/shared/audience';
import type { PostSnapshot } from '../../../src/shared/readings';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/threads', name), 'utf8'), 'text/html');
}
/** Every root the content script would queue, read; null ones (quotes read with their post) dropped. */
function readAll(doc: Document, accountAudience: Audience): PostSnapshot[] {
  const ctx = { lang: langFromTag(doc.documentElement.getAttribute('lang') ?? ''), accountAudience };
  return Array.from(doc.querySelectorAll(posts.rootSelector))
    .map((root) => posts.read(root, ctx))
    .filter((p): p is PostSnapshot => p !== null);
}

const by = (handle: string, code: string) => `https://www.threads.com/@${handle}/post/${code}`;

interface Expect {
  n: number;
  what: string;
  text: string[];
  notText: string[];
  alts: string[];
  url: string | null;
  location?: string;
  /** The post's own marker says public, whatever the account. */
  fediverse?: boolean;
}

const FEED: Expect[] = [
  { n: 0, what: 'Fediverse marker, location tag, automatic alt text', fediverse: true, text: ["Aisyah's first day in Standard 1!", '#hariPertamaSekolah'], notText: ['nadia.rahman.demo', '2d', '48', 'SK Taman Melawati'], alts: ['Photo by Nadia Rahman on May 2, 2026. May be an image of 1 child, school uniform and text.'], url: by('nadia.rahman.demo', 'DJa1aaaaAA1'), location: 'SK Taman Melawati' },
  { n: 1, what: 'carousel with Spanish alt text, Malay caption, avatar in a Follow button', text: ['Cuti sekolah di Port Dickson bersama anak-anak'], notText: ['hafiz.family.demo'], alts: ['Puede ser una imagen de 1 persona, playa y texto', 'Puede ser una imagen de 2 niños y océano', 'Puede ser una imagen de comida'], url: by('hafiz.family.demo', 'DJb2bbbbBB2') },
  { n: 2, what: 'Chinese caption and alt text', text: ['儿子和同学们的毕业照'], notText: [], alts: ['可能是 3 人、校服和文字的图像'], url: by('wang.xiaoming.demo', 'DJc3ccccCC3') },
  { n: 3, what: 'quote: the quoted text and photo belong to the post; its marker and permalink do not', text: ['So proud of this team', 'Sports day relay, Year 4 Blue house won!'], notText: ['cikgu.sara.demo', 'jason.ong.demo'], alts: ['May be an image of 2 children and school uniform.'], url: by('jason.ong.demo', 'DJe5eeeeEE5') },
  { n: 4, what: 'link card: its picture and title are not the post\'s', text: ['Holiday reading camp with @perpustakaan.demo — register here'], notText: ['School holiday reading camp for children', 'example.org'], alts: [], url: by('kedai.buku.demo', 'DJf6ffffFF6') },
  { n: 5, what: 'HTML in text stays text; "Translate" and counts are not text', text: ['Selamat hari jadi, Adam! <script>alert("x")</script>'], notText: ['Translate', '1K'], alts: [], url: by('siti.aminah.demo', 'DJg7ggggGG7') },
  { n: 6, what: 'Tamil caption; absolute threads.net permalink with query, canonical on threads.com', text: ['என் மகளின் நடன நிகழ்ச்சி'], notText: [], alts: [], url: by('anitha.k.demo', 'DJh8hhhhHH8') },
  { n: 7, what: 'javascript: time link: no permalink kept', text: ['Family dinner at Jalan Alor'], notText: [], alts: ['May be an image of 3 people and text.'], url: null },
];

describe.each<Audience>(['public', 'private', 'unknown'])('feed-en.html, account audience %s', (account) => {
  const read = readAll(load('feed-en.html'), account);

  test('one snapshot per post; the quoted post is not read on its own', () => {
    expect(read).toHaveLength(FEED.length);
    expect(load('feed-en.html').querySelectorAll(POST.join(',')).length).toBe(FEED.length + 1);
  });

  test.each(FEED)('#$n $what', (e) => {
    const post = read[e.n]!;
    expect(post.audience).toBe(e.fediverse ? 'public' : account);
    for (const t of e.text) expect(post.text).toContain(t);
    for (const t of e.notText) expect(post.text).not.toContain(t);
    expect(post.altTexts).toEqual(e.alts);
    expect(post.url).toBe(e.url);
    if (e.url !== null) expect(post.key).toBe(e.url);
    else expect(post.key).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(post.location).toBe(e.location);
  });
});

describe('Threads post markers', () => {
  test('the Fediverse marker count on the fixture (one on a post, one on a quote)', () => {
    expect(load('feed-en.html').querySelectorAll(FEDIVERSE_MARKER.join(',')).length).toBe(2);
  });

  // Twins: the same post with and without the marker.
  test.each<[string, Audience, Audience]>([
    ['with the marker', 'private', 'public'],
    ['with the marker', 'unknown', 'public'],
    ['without the marker', 'private', 'private'],
    ['without the marker', 'unknown', 'unknown'],
  ])('post #0 %s, account %s -> %s', (what, account, expected) => {
    const doc = load('feed-en.html');
    if (what === 'without the marker') for (const m of Array.from(doc.querySelectorAll(FEDIVERSE_MARKER.join(',')))) m.remove();
    expect(readAll(doc, account)[0]!.audience).toBe(expected);
  });

  test('a quoted post\'s marker does not make the quoting post public', () => {
    expect(readAll(load('feed-en.html'), 'private')[3]!.audience).toBe('private');
  });
});

describe('hostile content', () => {
  const post = (caption: string, extra = '') => new DOMParser().parseFromString(
    `<html lang="en"><body><div data-pressable-container="true"><a href="/@a.b"><img height="36" width="36" alt="a.b's profile picture" src="data:,"></a>
     <a href="/@a.b"><span dir="auto">a.b</span></a><span dir="auto"><a href="/@a.b/post/CODE12345"><time>1d</time></a></span>
     <div><span dir="auto" id="c">${caption}</span></div>${extra}</div></body></html>`,
    'text/html',
  );

  test('a 1 MB caption is capped at 5,000 characters', () => {
    const doc = post('');
    doc.getElementById('c')!.textContent = 'sekolah '.repeat(130_000);
    expect(readAll(doc, 'public')[0]!.text.length).toBeLessThanOrEqual(5_000);
  });

  test('bidi controls stripped, emoji joiners kept', () => {
    const [p] = readAll(post('\u2067abc\u2069 \u200Fdef \u{1F408}\u200D\u2B1B'), 'public');
    expect(p!.text).toBe('abc def \u{1F408}\u200D\u2B1B');
  });

  test('at most 20 alt texts of at most 1,000 characters', () => {
    const imgs = Array.from({ length: 30 }, (_, i) => `<img alt="May be an image of child ${i} ${'x'.repeat(2_000)}" src="data:,">`).join('');
    const [p] = readAll(post('x', `<div role="button">${imgs}</div>`), 'public');
    expect(p!.altTexts).toHaveLength(20);
    for (const a of p!.altTexts) expect(a.length).toBeLessThanOrEqual(1_000);
  });

  test('avatars, favicons and profile pictures are not the post\'s images', () => {
    const [p] = readAll(post('x', '<img alt="Foto profil a.b" height="36" width="36" src="data:,"><img alt="" height="14" width="14" src="data:,"><img alt="x\'s profile picture" height="100%" width="100%" src="data:,"><img alt="May be an image of 1 child" height="1800" width="1440" src="data:,">'), 'public');
    expect(p!.altTexts).toEqual(['May be an image of 1 child']);
  });

  test.each([
    ['javascript:alert(1)//@a.b/post/CODE12345', null],
    ['https://evil.example/@a.b/post/CODE12345', null],
    ['https://l.threads.net/@a.b/post/CODE12345', null],
    ['https://threads.net/@a.b/post/CODE12345/?xmt=1', 'https://www.threads.com/@a.b/post/CODE12345'],
    ['/@a.b/post/CODE12345/media', null],
  ])('time link %s -> %s', (href, url) => {
    const doc = new DOMParser().parseFromString(`<div data-pressable-container="true"><a href="${href}"><time>1d</time></a><span dir="auto">hello</span></div>`, 'text/html');
    expect(readAll(doc, 'public')[0]!.url).toBe(url);
  });

  test('a marker written into a caption is only text', () => {
    const [p] = readAll(post('Post is shared to Fediverse'), 'private');
    expect(p!.audience).toBe('private');
  });
});
