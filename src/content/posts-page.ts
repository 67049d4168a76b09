/**
 * Feed, profile and activity-log pages: read posts incrementally, send them in batches to the
 * background (which assesses them), and badge the ones it flags.
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

  scanPosts(site, ctx, {
    isOwn: (node) => own.has(node),
    onPost: (root, post) => {
      pending.push({ root, post });
      if (pending.length >= LIMITS.postsPerMessage) flush();
    },
    onSlice: () => {
      if (timer === undefined && pending.length > 0) timer = setTimeout(flush, FLUSH_MS);
    },
  }, signal);
}
