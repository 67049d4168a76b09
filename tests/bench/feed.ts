/**
 * Synthetic Facebook feeds for the bench: made-up people and captions, the DOM shape of
 * tests/fixtures/facebook/feed-en.html (role=article, h3 author line, timestamp permalink, audience
 * marker in the header, data-ad-preview caption, photo with alt text, action buttons: ~30 nodes a post).
 *
 * The post list is generated here (seeded, deterministic) and shipped to the page as JSON; the page
 * builds each post with DOM calls (never HTML strings) and appends them the way infinite scroll does:
 * `__bench.start(10)` appends a chunk of 10 posts (in one wrapper div) every animation frame.
 */
import type { Audience } from '../../src/shared/audience';

export type Marker = 'public' | 'friends' | 'only-me' | 'friends-of-friends';
export type Kind = 'child-public' | 'child-friends' | 'adult';

export interface PostSpec {
  kind: Kind;
  author: string;
  handle: string;
  marker: Marker;
  time: string;
  caption: string;
  alts: string[];
}

/** What the rules see for each marker (read-posts.ts: friends of friends counts as public). */
export const MARKER_AUDIENCE: Record<Marker, Audience> = {
  public: 'public',
  friends: 'friends',
  'only-me': 'private',
  'friends-of-friends': 'public',
};

/** Posts present when the page loads (Facebook's first screen); the rest arrive by "scrolling". */
export const INITIAL_POSTS = 10;

const AUTHORS = [
  'Siti Aminah', 'Tan Wei Ming', 'Kavitha Raj', 'Ahmad Faizal', 'Lim Mei Hua', 'Priya Nair', 'Hafiz Rahman',
  'Nurul Huda Yusof', 'Wong Kar Fai', 'Arjun Pillai', 'Farah Idris', 'Chong Li Ting', 'Rosli Hamzah', 'Deepa Menon',
];
const KIDS = ['Aishah', 'Adam', 'Mei Ling', 'Arjun', 'Sofia', 'Ethan', 'Nur Iman', 'Haziq', 'Kiran', 'Jia Hui'];
const PLACES = ['Melati', 'Seri Indah', 'Bukit Jalil', 'Setia Alam', 'Cempaka', 'Kenanga', 'Puchong Jaya', 'Damansara'];
const TIMES = ['Just now', '12m', '1h', '3h', '6h', 'Yesterday at 20:14', '2d', 'March 3 at 09:12'];

/** A child's photo, posted by a parent: each of these is flagged when the audience is public. */
const CHILD_CAPTIONS = [
  'First day of Year 1 for our little {kid}! So proud of her in the new uniform #backtoschool',
  '{kid} turns 7 today! Happy birthday to my boy, mummy and daddy love you so much',
  'Sports day at SK Taman {place}. {kid} got 2nd place in the 100m, so proud of my son!',
  'Hari pertama persekolahan {kid} di darjah 1. Comel sangat anak mama dengan baju sekolah baru!',
  'Report card day. {kid} worked so hard this year, our girl got straight As',
  'Our daughter {kid} at her kindergarten concert today, she sang the whole song!',
];
const CHILD_ALTS = [
  'May be an image of 1 child',
  'May be an image of 1 child, school uniform and text',
  'May be an image of 2 children and people smiling',
  'May be an image of 1 child and backpack',
];
/** Grown-ups' everyday posts: never flagged. */
const ADULT_CAPTIONS = [
  'Dinner at Restoran {place} with the team. The ikan bakar was worth the drive.',
  'Traffic on the Federal Highway again this morning. Leaving earlier tomorrow.',
  'New recipe tonight: nasi lemak with sambal sotong. Who wants the recipe?',
  'Finally finished the half marathon in Putrajaya! My legs are done for the week.',
  'Renovation update: the kitchen cabinets are in. Two more weeks to go.',
  'Selamat Hari Raya to all friends and family. Maaf zahir dan batin.',
  'Weekend hike up Bukit {place}. Great view from the top, bring water.',
  'Looking for a good mechanic near {place}. Any recommendations?',
  'Our office moved to {place} today. New desk, same coffee.',
  'Rainy evening, teh tarik and a good book. Perfect.',
];
const ADULT_ALTS = [
  'May be an image of food',
  'May be an image of 2 people, people smiling and outdoors',
  'May be an image of road and car',
  'May be an image of mountain, nature and sky',
  'No photo description available.',
  'May be an image of 1 person and coffee',
];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` posts: ~10% a child in public (flagged), ~5% a child among friends, the rest grown-up posts. */
export function makePosts(n: number, seed = 1): PostSpec[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const fill = (s: string) => s.replace('{kid}', pick(KIDS)).replace('{place}', pick(PLACES));
  const out: PostSpec[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const kind: Kind = r < 0.1 ? 'child-public' : r < 0.15 ? 'child-friends' : 'adult';
    const author = pick(AUTHORS);
    const child = kind !== 'adult';
    const marker: Marker = kind === 'child-public'
      ? (rnd() < 0.85 ? 'public' : 'friends-of-friends')
      : kind === 'child-friends'
        ? 'friends'
        : pick<Marker>(['public', 'public', 'friends', 'friends', 'friends', 'only-me', 'friends-of-friends']);
    const photos = rnd() < 0.8 ? (rnd() < 0.2 ? 2 : 1) : 0;
    const alts: string[] = [];
    for (let p = 0; p < photos; p++) alts.push(child && p === 0 ? pick(CHILD_ALTS) : pick(ADULT_ALTS));
    out.push({
      kind,
      author,
      handle: `${author.toLowerCase().replace(/[^a-z]+/g, '.')}.${i % 97}`,
      marker,
      time: pick(TIMES),
      caption: fill(child ? pick(CHILD_CAPTIONS) : pick(ADULT_CAPTIONS)),
      alts,
    });
  }
  return out;
}

/**
 * The page's own script (plain JS, run in the page's main world). Builds posts from the JSON specs
 * with DOM calls and exposes `window.__bench`:
 *   start(chunk, upTo?) -> Promise: append `chunk` posts per animation frame until `upTo` (default all)
 *   appended()          -> how many posts are in the page
 *   longTasks           -> PerformanceObserver('longtask') entries {start, dur}
 *   badges()            -> posts carrying an element the page did not make (Jaga's badge host)
 */
const PAGE_SCRIPT = String.raw`(() => {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const specs = JSON.parse(document.getElementById('bench-posts').textContent);
  const feed = document.querySelector('[role="feed"]');
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long task API */ }

  function h(tag, attrs, ...kids) {
    const svg = tag === 'svg' || tag === 'title' || tag === 'path' || tag === 'image';
    const e = svg ? document.createElementNS(SVG, tag) : document.createElement(tag);
    if (attrs) for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k]);
    for (const k of kids) e.append(k);
    return e;
  }
  const MARKERS = {
    'public': { title: 'Shared with Public' },
    'friends-of-friends': { button: 'Edit privacy. Sharing with Your friends of friends.' },
    'friends': { button: 'Edit privacy. Sharing with Friends.', title: 'Shared with Friends' },
    'only-me': { button: 'Edit privacy. Sharing with Only me.', title: 'Shared with Only me' },
  };
  function marker(kind) {
    const m = MARKERS[kind];
    const icon = h('svg', { viewBox: '0 0 16 16', width: '12', height: '12', fill: 'currentColor' });
    if (m.title) { icon.setAttribute('title', m.title); icon.append(h('title', null, m.title)); }
    icon.append(h('path', { d: 'M0 0h16v16H0z' }));
    return m.button
      ? h('div', { 'aria-label': m.button, role: 'button', tabindex: '0', class: 'x1i10hfl x1qjc9v5' }, icon)
      : h('span', { class: 'x1rg5ohu x1n2onr6' }, icon);
  }
  function post(s, i) {
    const id = 'jsc_c_' + i.toString(36);
    const profile = '/' + s.handle + '?__cft__[0]=AZ' + i.toString(36) + '&__tn__=-R';
    const header = h('div', { class: 'xu06os2 x1ok221b x78zum5' },
      h('div', { class: 'x1rg5ohu' }, h('a', { 'aria-label': s.author, href: profile, role: 'link', tabindex: '0' },
        h('svg', { 'aria-hidden': 'true', class: 'x3ajldb', role: 'none' }, h('image', { height: '40', width: '40', href: 'data:,' })))),
      h('div', { class: 'x1iyjqo2 x1pi30zi' },
        h('h3', { id, class: 'x1heor9g x1qlqyl8 x1pd3egz' }, h('span', { class: 'x193iq5w xeuugli' },
          h('a', { href: profile, role: 'link', tabindex: '0' }, h('strong', null, h('span', null, s.author))))),
        h('div', { class: 'x1n2onr6 x1ja2u2z' }, h('span', { class: 'x4k7w5x x1h91t0o' },
          h('span', null, h('a', { 'aria-label': s.time, href: 'https://www.facebook.com/' + s.handle + '/posts/pfbid0Bn' + i.toString(36) + '?__cft__[0]=AZ', role: 'link', tabindex: '0' }, h('span', null, s.time))),
          h('span', { 'aria-hidden': 'true' }, ' · '),
          marker(s.marker)))));
    const body = [
      header,
      h('div', { class: 'x1iorvi4 x1pi30zi', 'data-ad-comet-preview': 'message', 'data-ad-preview': 'message' },
        h('div', { class: 'xdj266r x11i5rnm' }, h('div', { dir: 'auto', style: 'text-align: start;' }, s.caption))),
    ];
    if (s.alts.length > 0) {
      const photos = h('div', { class: 'x10l6tqk x13vifvy' });
      s.alts.forEach((alt, p) => photos.append(h('a', { href: '/photo/?fbid=' + (i * 4 + p) + '&set=pcb.' + i, role: 'link', tabindex: '0' },
        h('img', { alt, class: 'x1ey2m1c xds687c', src: 'data:,' }))));
      body.push(photos);
    }
    body.push(h('div', { class: 'x1n2onr6 x1ja2u2z' },
      h('div', { 'aria-label': 'Like', role: 'button', tabindex: '0' }, h('span', null, 'Like')),
      h('div', { 'aria-label': 'Leave a comment', role: 'button', tabindex: '0' }, h('span', null, 'Comment')),
      h('div', { 'aria-label': 'Send this to friends or post it on your profile.', role: 'button', tabindex: '0' }, h('span', null, 'Share'))));
    return h('div', { class: 'x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z', 'data-pagelet': 'FeedUnit_' + i },
      h('div', { 'aria-posinset': String(i + 1), 'aria-labelledby': id, role: 'article', class: 'x1a2a7pz' },
        h('div', { class: 'x1cy8zhl x9f619 x78zum5 x1q0g3np' }, ...body)));
  }

  let next = 0;
  function append(n) {
    const end = Math.min(next + n, specs.length);
    if (end <= next) return;
    const chunk = h('div', { class: 'x1lliihq', 'data-bench-chunk': '' });
    for (; next < end; next++) chunk.append(post(specs[next], next));
    feed.append(chunk);
  }
  window.__bench = {
    total: specs.length,
    longTasks,
    appended: () => next,
    start(chunk, upTo) {
      const last = Math.min(upTo || specs.length, specs.length);
      performance.mark('bench:start');
      return new Promise((resolve) => {
        const t0 = performance.now();
        const step = () => {
          append(Math.min(chunk, last - next));
          if (next < last) requestAnimationFrame(step);
          else {
            performance.mark('bench:end');
            resolve({ t0, t1: performance.now() });
          }
        };
        requestAnimationFrame(step);
      });
    },
    badges: () => Array.from(document.querySelectorAll('[role="article"]')).filter((a) => a.firstElementChild && a.firstElementChild.hasAttribute('data-jaga')).length,
    nodes: () => document.getElementsByTagName('*').length,
  };
  append(${INITIAL_POSTS});
})();`;

/** The feed page: Facebook's chrome (banner, main, feed), the first posts, and the page script. */
export function feedPage(posts: PostSpec[], extraScripts: string[] = []): string {
  const json = JSON.stringify(posts).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<!-- Synthetic Facebook feed for the bench (tests/bench/feed.ts): made-up people, no real photos. -->
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Facebook</title>
<style>
/* Without containment Chromium's pre-paint walks the whole feed every frame (~70 ms CPU a frame at
   3,000 posts on the bench machine): the page alone would jank, whoever scans it, and a 10,000-post
   run would take half an hour. Real feeds contain or virtualise what is off screen; here each chunk of
   posts skips rendering while off screen (one chunk per frame: the browser tracks 1,000 chunks at
   10,000 posts, not 10,000 posts). Rendering only: the posts' DOM is the fixture's. */
[data-bench-chunk] { content-visibility: auto; contain-intrinsic-size: auto 3200px; }
</style></head>
<body class="_6s5d _71pn system-fonts--body segoe">
<div id="mount_0_0_Bn" class="x9f619 x1n2onr6 x1ja2u2z">
<div role="banner" class="x78zum5 xdt5ytf"><a aria-label="Facebook" href="/" role="link"></a><input aria-label="Search Facebook" type="search"></div>
<div role="main" class="x1iyjqo2 xs83m0k">
<div role="feed" class="x1hc1fzr x1unhpq9">
<h3 class="x1heor9g" dir="auto">News Feed posts</h3>
</div>
</div>
</div>
<script type="application/json" id="bench-posts">${json}</script>
<script>${PAGE_SCRIPT}</script>
${extraScripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</body>
</html>`;
}
