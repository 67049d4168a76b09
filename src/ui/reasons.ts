import type { StoredPost } from '../shared/storage';

/** The evidence a parent reads, once each; the audience is shown on its own, so its reason is left out. */
export function evidenceList(post: Pick<StoredPost, 'reasons'>): string[] {
  return [...new Set(post.reasons.filter((r) => !r.code.startsWith('audience.')).map((r) => r.evidence))];
}
