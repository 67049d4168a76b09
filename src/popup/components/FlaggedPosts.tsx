import { useT } from '../../ui/i18n';
import type { StoredPost } from '../../shared/storage';
import { noFlaggedKey, type SiteView } from '../../ui/status';
import { safeHref } from '../../ui/safe-href';
import { evidenceList } from '../../ui/reasons';

/**
 * The posts to review. With none, what that means depends on whether Jaga has looked at any post of the
 * platform: "none found" only after it has (before, it would read as an all clear).
 */
export function FlaggedPosts({ posts, view }: { posts: StoredPost[]; view: Pick<SiteView, 'postsScanned'> }) {
  const t = useT();
  const sorted = [...posts].sort((a, b) => b.seenAt.localeCompare(a.seenAt));
  return (
    <section class="flagged" aria-labelledby="flagged-title">
      <h3 id="flagged-title">{t('popup_flagged_title', sorted.length)}</h3>
      {sorted.length === 0 ? (
        <p class="small">{t(noFlaggedKey(view))}</p>
      ) : (
        <ul>
          {sorted.map((post) => {
            const href = safeHref(post.url);
            return (
              <li key={post.key} class="post">
                <p class="excerpt">{post.excerpt || t('popup_flagged_no_caption')}</p>
                <p class="small">{t(`audience_${post.audience}`)} · {evidenceList(post).join(', ')}</p>
                {href && <a href={href} target="_blank" rel="noreferrer noopener">{t('popup_flagged_open')}</a>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
