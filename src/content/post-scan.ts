/**
 * Incremental post scanning. A MutationObserver queues only the post roots that arrive (never a rescan
 * of the page); a pump reads them in slices of at most ~4 ms, when the browser is idle and only while
 * the tab is visible. Each post root is read once; a root read before its content loaded is retried
 * when something is added inside it. Assessing happens in the background, off the page's main thread.
 */
import type { PostContext, SiteDefinition } from '../sites/types';
import type { PostSnapshot } from '../shared/readings';

const SLICE_MS = 4;
const MAX_RETRIES = 3;
/**
 * A read counts at most this much in the slowest-post estimate. Reads are timed by the wall clock: a
 * busy machine that parks the thread mid-read would otherwise make every later slice one post long.
 */
const SLOWEST_CAP_MS = SLICE_MS / 2;

export interface ScanHooks {
  /** Called for every post read, once. Must be cheap: it runs inside the slice (send later, never here). */
  onPost(root: Element, post: PostSnapshot): void;
  /** Called after each slice that read posts. */
  onSlice(count: number): void;
  /** Nodes Jaga itself added (badges): never scanned. */
  isOwn(node: Node): boolean;
}

/** The clock and the idle scheduler, replaceable in tests. */
export interface ScanClock {
  now(): number;
  /** Run in the next idle period. */
  idle(run: (deadline?: IdleDeadline) => void): void;
  /** Run in a new task, soon. */
  next(run: () => void): void;
}

const browserClock: ScanClock = {
  now: () => performance.now(),
  next: (run) => void setTimeout(run, 0),
  idle: (run) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 250 });
    else setTimeout(run, 16);
  },
};

export function scanPosts(site: SiteDefinition, ctx: PostContext, hooks: ScanHooks, signal: AbortSignal, clock: ScanClock = browserClock): { stats: () => ScanStats } {
  const selector = site.posts.rootSelector;
  const queue: Element[] = [];
  let head = 0;
  const queued = new WeakSet<Element>();
  const done = new WeakSet<Element>();
  /**
   * Roots read before their content arrived, and how often: while none waits, an added node needs no look up
   * the tree. A Map (its size is the count), pruned of roots the page removed at each slice.
   */
  const retries = new Map<Element, number>();
  let scheduled = false;
  let started = false;
  /**
   * The slowest read of this slice and the one before (ms, capped): a slice stops when one more post
   * like it could take it past the budget. Two slices of memory: one slow post does not shrink the
   * slices for long.
   */
  let slowest = 0;
  let slowestLast = 0;
  const stats: ScanStats = { assessed: 0, slices: 0, worstSliceMs: 0, totalMs: 0 };

  const enqueue = (el: Element) => {
    if (done.has(el) || queued.has(el)) return;
    queued.add(el);
    queue.push(el);
  };

  const collect = (node: Element) => {
    if (node.matches(selector)) enqueue(node);
    else if (node.childElementCount !== 0) {
      const found = node.querySelectorAll(selector);
      for (let i = 0; i < found.length; i++) enqueue(found[i]!);
    }
    // Content streamed into a post that was read too early.
    if (retries.size === 0) return;
    const host = node.parentElement?.closest(selector);
    if (host && retries.has(host) && !done.has(host)) enqueue(host);
  };

  const pump = (deadline?: IdleDeadline) => {
    scheduled = false;
    if (signal.aborted || document.hidden) return;
    if (!started) {
      // The page as it was when the scanner started, found in idle time like everything after it;
      // reading starts in the next slice (the first read of a page also warms the reader up).
      started = true;
      collect(document.body);
      if (head < queue.length) schedule();
      return;
    }
    const start = clock.now();
    // A root the page removed while it waited for its content will never be re-queued.
    for (const waiting of retries.keys()) if (!waiting.isConnected) retries.delete(waiting);
    // Within the idle time the browser offers (it knows when the next frame is due), at most SLICE_MS.
    const idleLeft = deadline && !deadline.didTimeout ? deadline.timeRemaining() : SLICE_MS;
    const budget = Math.max(0, Math.min(SLICE_MS, idleLeft));
    let now = clock.now();
    let read = 0;
    let count = 0;
    let slowestHere = 0;
    // At least one post per slice, so the scan always moves on; then only while the slowest recent
    // post would still fit.
    while (head < queue.length && (read === 0 || now - start + slowest <= budget)) {
      const root = queue[head++]!;
      queued.delete(root);
      if (!root.isConnected) continue;
      const post = site.posts.read(root, ctx);
      read++;
      const after = clock.now();
      const t = Math.min(after - now, SLOWEST_CAP_MS);
      if (t > slowestHere) slowestHere = t;
      if (t > slowest) slowest = t;
      now = after;
      if (post === null) {
        done.add(root);
        retries.delete(root);
        continue;
      }
      if (post.text === '' && post.altTexts.length === 0) {
        const n = (retries.get(root) ?? 0) + 1;
        retries.set(root, n);
        if (n >= MAX_RETRIES) {
          done.add(root);
          retries.delete(root);
        }
        continue;
      }
      done.add(root);
      retries.delete(root);
      count++;
      hooks.onPost(root, post);
    }
    slowest = Math.max(slowestHere, slowestLast);
    slowestLast = slowestHere;
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
    const took = clock.now() - start;
    stats.slices++;
    stats.totalMs += took;
    stats.assessed += count;
    if (took > stats.worstSliceMs) stats.worstSliceMs = took;
    if (count > 0) hooks.onSlice(count);
    if (head < queue.length) {
      // Still inside a long idle period (the page is not busy): carry on in a new task, so the
      // browser can run anything urgent between slices; otherwise wait for the next idle period.
      if (deadline && !deadline.didTimeout && deadline.timeRemaining() > SLICE_MS) schedule(deadline);
      else schedule();
    }
  };

  const schedule = (within?: IdleDeadline) => {
    if (scheduled || signal.aborted || document.hidden) return;
    scheduled = true;
    if (within) clock.next(() => pump(within));
    else clock.idle(pump);
  };

  const observer = new MutationObserver((records) => {
    for (let r = 0; r < records.length; r++) {
      const added = records[r]!.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType === Node.ELEMENT_NODE && !hooks.isOwn(node)) collect(node as Element);
      }
    }
    if (head < queue.length) schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && (!started || head < queue.length)) schedule();
  }, { signal });
  signal.addEventListener('abort', () => observer.disconnect());

  schedule();
  return { stats: () => ({ ...stats }) };
}

export interface ScanStats {
  assessed: number;
  slices: number;
  worstSliceMs: number;
  totalMs: number;
}
