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

const FLUSH_MS = 250;

export function watchPosts(site: SiteDefinition, page: string, ctx: PostContext, dismissed: Set<string>, signal: AbortSignal): void {
  const own = new WeakSet<Node>();
  let pending: Array<{ root: Element; post: PostSnapshot }> = [];
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

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (pending.length > 0) {
      const batch = pending.slice(0, LIMITS.postsPerMessage);
      pending = pending.slice(LIMITS.postsPerMessage);
      const roots = new Map(batch.map(({ root, post }) => [post.key, root]));
      void send<PostsReply>({ type: 'content/posts', site: site.id, page, posts: batch.map((b) => b.post) }).then((reply) => {
        for (const info of reply?.badges ?? []) {
          const root = roots.get(info.key);
          if (root && !signal.aborted) badge(root, info);
        }
      });
    }
  };
  signal.addEventListener('abort', flush);
  // Leaving or hiding the page: send what is pending now, so nothing read is lost.
  addEventListener('pagehide', flush, { signal });
  document.addEventListener('visibilitychange', () => { if (document.hidden) flush(); }, { signal });

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
      pending.push({ root, post });
      if (pending.length >= LIMITS.postsPerMessage) flush();
    },
    onSlice: () => {
      if (timer === undefined && pending.length > 0) timer = setTimeout(flush, FLUSH_MS);
    },
  }, signal);
}
