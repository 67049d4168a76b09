/**
 * Feed, profile and activity-log pages: read posts incrementally, send them in batches to the
 * background (which assesses them), and badge the ones it flags.
 *
 * Only the parent's own posts are theirs to fix. A home feed also shows other people's posts, and on
 * sites without per-post audience the reader gives every post the PARENT's account audience, so a
 * stranger's post would land in "Posts to review" with the parent's status. Where the site can name
 * the logged-in account (accountHandle) and the reader names the post's author, a post by another
 * handle is not sent: not assessed, not counted, no badge. When either is unknown the post is sent,
 * so the parent's own post is never missed.
 */
import type { SiteDefinition, PostContext } from '../sites/types';
import type { PostsReply } from '../shared/messages';
import type { PostSnapshot } from '../shared/readings';
import { LIMITS } from '../shared/limits';
import { scanPosts } from './post-scan';
import { renderBadge } from './badge';
import { send } from './messaging';

/**
 * A partly filled batch is sent once no post has been read for QUIET_MS (the feed paused: a page
 * load, a scroll), or once its oldest post has waited MAX_WAIT_MS (a feed that keeps growing). Each
 * message has a fixed cost on the page's main thread (~0.5–1 ms on the bench machine, whatever its
 * size), and a feed growing slower than a batch per QUIET_MS used to send one message every 250 ms.
 */
const QUIET_MS = 250;
const MAX_WAIT_MS = 1000;
/**
 * Posts per message: the background's cap. A message has a fixed cost on the page's main thread
 * (serialising, routing), so full ones are cheaper per post (bench, 2,000 posts: 20-post messages
 * cost twice as much per post as 50-post ones); each is sent in a task of its own, outside the scan
 * slices, and stays well under one (~0.5 ms).
 */
const BATCH = LIMITS.postsPerMessage;

export function watchPosts(site: SiteDefinition, page: string, ctx: PostContext, dismissed: Set<string>, signal: AbortSignal): void {
  const own = new WeakSet<Node>();
  /** Posts read and not yet sent, oldest first, with when they were read (performance.now()). */
  let pending: Array<{ root: Element; post: PostSnapshot; at: number }> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const badge = (root: Element, info: PostsReply['badges'][number]) => {
    if (dismissed.has(info.key) || !root.isConnected) return;
    const host = renderBadge(site.id, info, () => {
      dismissed.add(info.key);
      void send({ type: 'content/dismiss-post', site: site.id, key: info.key });
    });
    own.add(host);
    root.prepend(host);
    signal.addEventListener('abort', () => host.remove(), { once: true });
  };

  /** Send one batch (the oldest posts). */
  const sendBatch = () => {
    const batch = pending.length <= BATCH ? pending : pending.slice(0, BATCH);
    pending = pending.length <= BATCH ? [] : pending.slice(BATCH);
    const roots = new Map<string, Element>();
    const posts: PostSnapshot[] = [];
    for (const { root, post } of batch) {
      roots.set(post.key, root);
      posts.push(post);
    }
    void send<PostsReply>({ type: 'content/posts', site: site.id, page, posts }).then((reply) => {
      for (const info of reply?.badges ?? []) {
        const root = roots.get(info.key);
        if (root && !signal.aborted) badge(root, info);
      }
    });
  };
  /** A partial batch waits for the feed to pause, but its oldest post no longer than MAX_WAIT_MS in all. */
  const waitFor = () => Math.max(0, Math.min(QUIET_MS, MAX_WAIT_MS - (performance.now() - pending[0]!.at)));
  /** One message per task: never inside a scan slice, never several back to back. */
  const flushIn = (delay: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      sendBatch();
      if (pending.length >= BATCH) flushIn(0);
      else if (pending.length > 0) flushIn(waitFor());
    }, delay);
  };
  /** Leaving or hiding the page: send everything pending now, so nothing read is lost. */
  const flushAll = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (pending.length > 0) sendBatch();
  };
  signal.addEventListener('abort', flushAll);
  addEventListener('pagehide', flushAll, { signal });
  document.addEventListener('visibilitychange', () => { if (document.hidden) flushAll(); }, { signal });

  // The logged-in account, read once per page (this watcher is re-created per URL), when the first
  // post with an author needs it: by then the page chrome that names it has rendered.
  let account: string | null | undefined;
  const byParent = (post: PostSnapshot): boolean => {
    if (post.author === undefined || post.author === null) return true;
    if (account === undefined) account = site.accountHandle?.(document) ?? null;
    return account === null || post.author === account;
  };

  scanPosts(site, ctx, {
    isOwn: (node) => own.has(node),
    onPost: (root, read) => {
      if (!byParent(read)) return;
      // The author stays here: the background needs only what the post shows.
      const { author: _author, ...post } = read;
      pending.push({ root, post, at: performance.now() });
    },
    onSlice: () => {
      // A full batch goes in the next task; a partial one waits for the feed to pause, or its oldest post to have waited long enough.
      if (pending.length === 0) return;
      flushIn(pending.length >= BATCH ? 0 : waitFor());
    },
  }, signal);
}
