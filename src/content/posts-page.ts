/** Feed, profile and activity-log pages: scan posts, badge the flagged ones, report them in batches. */
import type { SiteDefinition, PostContext } from '../sites/types';
import type { FlaggedPostMessage } from '../shared/messages';
import type { PostAssessment } from '../rules/index';
import type { PostSnapshot } from '../shared/readings';
import { LIMITS } from '../shared/limits';
import { scanPosts } from './post-scan';
import { renderBadge } from './badge';
import { send } from './messaging';

const FLUSH_MS = 500;

export function excerptOf(post: PostSnapshot): string {
  const source = post.text || post.altTexts[0] || '';
  return source.length > LIMITS.excerpt ? `${source.slice(0, LIMITS.excerpt - 1)}…` : source;
}

export function toMessage(post: PostSnapshot, a: PostAssessment): FlaggedPostMessage {
  return {
    key: post.key.slice(0, LIMITS.postKey),
    url: post.url,
    audience: post.audience,
    shows: { child: a.shows.child, schoolUniform: a.shows.schoolUniform },
    severity: a.severity === 'none' ? 'low' : a.severity,
    reasons: a.reasons.slice(0, LIMITS.reasonsPerPost).map((r) => ({ code: r.code.slice(0, 40), evidence: r.evidence.slice(0, LIMITS.evidence) })),
    excerpt: excerptOf(post),
  };
}

export function watchPosts(site: SiteDefinition, page: string, ctx: PostContext, dismissed: Set<string>, signal: AbortSignal): void {
  const own = new WeakSet<Node>();
  let scanned = 0;
  let flagged: FlaggedPostMessage[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (scanned > 0 || flagged.length > 0) {
      const batch = flagged.slice(0, LIMITS.postsPerMessage);
      flagged = flagged.slice(LIMITS.postsPerMessage);
      const count = Math.min(scanned, LIMITS.scannedPerMessage);
      scanned -= count;
      void send({ type: 'content/posts', site: site.id, page, scanned: count, flagged: batch });
    }
  };
  const later = () => {
    if (timer === undefined) timer = setTimeout(flush, FLUSH_MS);
  };
  signal.addEventListener('abort', flush);
  // Leaving or hiding the page: send what is pending now, so nothing found is lost.
  addEventListener('pagehide', flush, { signal });
  document.addEventListener('visibilitychange', () => { if (document.hidden) flush(); }, { signal });

  scanPosts(site, ctx, {
    isOwn: (node) => own.has(node),
    onScanned: (n) => {
      scanned += n;
      later();
    },
    onFlagged: (root, post, assessment) => {
      if (dismissed.has(post.key)) return;
      flagged.push(toMessage(post, assessment));
      const badge = renderBadge(site.id, post, assessment, () => {
        dismissed.add(post.key);
        void send({ type: 'content/dismiss-post', site: site.id, key: post.key.slice(0, LIMITS.postKey) });
      });
      own.add(badge);
      root.prepend(badge);
      signal.addEventListener('abort', () => badge.remove(), { once: true });
    },
  }, signal);
}
