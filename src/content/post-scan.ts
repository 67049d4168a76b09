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

export interface ScanHooks {
  /** Called for every post read, once. */
  onPost(root: Element, post: PostSnapshot): void;
  /** Called after each slice that read posts. */
  onSlice(count: number): void;
  /** Nodes Jaga itself added (badges): never scanned. */
  isOwn(node: Node): boolean;
}

export function scanPosts(site: SiteDefinition, ctx: PostContext, hooks: ScanHooks, signal: AbortSignal): { stats: () => ScanStats } {
  const selector = site.posts.rootSelector;
  const queue: Element[] = [];
  let head = 0;
  const queued = new WeakSet<Element>();
  const done = new WeakSet<Element>();
  const retries = new WeakMap<Element, number>();
  let scheduled = false;
  const stats: ScanStats = { assessed: 0, slices: 0, worstSliceMs: 0, totalMs: 0 };

  const enqueue = (el: Element) => {
    if (done.has(el) || queued.has(el)) return;
    queued.add(el);
    queue.push(el);
  };

  const collect = (node: Element) => {
    if (node.matches(selector)) enqueue(node);
    else if (node.firstElementChild) for (const el of node.querySelectorAll(selector)) enqueue(el);
    // Content streamed into a post that was read too early.
    const host = node.parentElement?.closest(selector);
    if (host && retries.has(host) && !done.has(host)) enqueue(host);
  };

  const pump = () => {
    scheduled = false;
    if (signal.aborted || document.hidden) return;
    const start = performance.now();
    let count = 0;
    while (head < queue.length && performance.now() - start < SLICE_MS) {
      const root = queue[head++]!;
      queued.delete(root);
      if (!root.isConnected) continue;
      const post = site.posts.read(root, ctx);
      if (post === null) {
        done.add(root);
        continue;
      }
      if (post.text === '' && post.altTexts.length === 0) {
        const n = (retries.get(root) ?? 0) + 1;
        retries.set(root, n);
        if (n >= MAX_RETRIES) done.add(root);
        continue;
      }
      done.add(root);
      retries.delete(root);
      count++;
      hooks.onPost(root, post);
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
    const took = performance.now() - start;
    stats.slices++;
    stats.totalMs += took;
    stats.assessed += count;
    if (took > stats.worstSliceMs) stats.worstSliceMs = took;
    if (count > 0) hooks.onSlice(count);
    if (head < queue.length) schedule();
  };

  const schedule = () => {
    if (scheduled || signal.aborted || document.hidden) return;
    scheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(pump, { timeout: 250 });
    else setTimeout(pump, 16);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !hooks.isOwn(node)) collect(node as Element);
      }
    }
    if (head < queue.length) schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && head < queue.length) schedule();
  }, { signal });
  signal.addEventListener('abort', () => observer.disconnect());

  collect(document.body);
  schedule();
  return { stats: () => ({ ...stats }) };
}

export interface ScanStats {
  assessed: number;
  slices: number;
  worstSliceMs: number;
  totalMs: number;
}
