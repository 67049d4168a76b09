/**
 * The naive baseline, built by run.ts into bench-output/naive/naive.js (Vite library mode, IIFE) and
 * loaded by the feed page in a browser WITHOUT the extension. It uses the same Facebook reader and
 * rules as the content script, the obvious way: on every mutation, read and assess every post on the
 * page again. No badges, no messages: the cost of reading and assessing alone.
 *
 * Also `prepare()`, `read(reps)`, `assess(reps)`: the reader and the rules alone over the posts on the
 * page, which the bench times by CPU, to tell which one a miss comes from.
 */
import { posts } from '../../src/sites/facebook/read-posts';
import { assessPost } from '../../src/rules/index';
import { pageLang } from '../../src/sites/common/labels';
import type { PostContext } from '../../src/sites/types';
import type { PostSnapshot } from '../../src/shared/readings';

interface NaiveStats {
  rescans: number;
  reads: number;
  flagged: number;
  worstMs: number;
  totalMs: number;
}

const stats: NaiveStats = { rescans: 0, reads: 0, flagged: 0, worstMs: 0, totalMs: 0 };

function ctx(): PostContext {
  return { lang: pageLang(document), accountAudience: 'unknown' };
}

function assess(post: PostSnapshot) {
  return assessPost({
    platform: 'facebook',
    audience: post.audience,
    text: post.text,
    altTexts: post.altTexts,
    ...(post.location ? { location: post.location } : {}),
  });
}

function rescan(): void {
  const start = performance.now();
  const c = ctx();
  let flagged = 0;
  for (const root of document.querySelectorAll(posts.rootSelector)) {
    const post = posts.read(root, c);
    stats.reads++;
    if (post !== null && assess(post).flagged) flagged++;
  }
  const took = performance.now() - start;
  stats.rescans++;
  stats.flagged = flagged;
  stats.totalMs += took;
  if (took > stats.worstMs) stats.worstMs = took;
}

function start(): void {
  new MutationObserver(rescan).observe(document.body, { childList: true, subtree: true });
  rescan();
}

/** Posts on the page and their snapshots, for `read()`/`assess()` (first call: a warm-up pass). */
let roots: Element[] = [];
let snaps: PostSnapshot[] = [];
function prepare(): void {
  const c = ctx();
  roots = Array.from(document.querySelectorAll(posts.rootSelector));
  snaps = [];
  for (const r of roots) {
    const p = posts.read(r, c);
    if (p !== null) snaps.push(p);
  }
  for (const p of snaps) assess(p);
}

/** `reps` passes of the reader over every post (the bench times this by the main thread's CPU time). */
function read(reps: number): number {
  const c = ctx();
  for (let i = 0; i < reps; i++) for (const r of roots) posts.read(r, c);
  return roots.length * reps;
}

/** `reps` passes of the rules over every post's snapshot. */
function assessAll(reps: number): number {
  for (let i = 0; i < reps; i++) for (const p of snaps) assess(p);
  return snaps.length * reps;
}

export const naive = { start, stats: () => ({ ...stats }), prepare, read, assess: assessAll };
