import { SITES } from '../sites/index';
import type { State } from '../shared/storage';
import type { Report } from '../shared/report-schema';
import { platformLabel } from '../sites/label-text';

/**
 * The `jaga.report/1` export: every catalogue setting (unchecked when never read) and every flagged post.
 * Setting labels are the platform's own English wording, the words a parent looks for on the page;
 * the report page shows Jaga's translated step beside them.
 */
export function buildReport(state: State, version: string, now: Date): Report {
  return {
    schema: 'jaga.report/1',
    generatedAt: now.toISOString(),
    extensionVersion: version,
    platforms: SITES.map((site) => {
      const record = state.sites[site.id];
      return {
        platform: site.id,
        lastCheckedAt: record.lastCheckedAt,
        postsScanned: record.postsScanned,
        settings: [...site.catalogue]
          .sort((a, b) => a.priority - b.priority)
          .map((entry) => {
            const reading = record.settings[entry.id];
            return {
              id: entry.id,
              label: platformLabel(entry),
              value: reading?.value ?? null,
              status: reading?.status ?? 'unchecked',
              checkedAt: reading?.checkedAt ?? null,
            };
          }),
        flaggedPosts: Object.values(record.flagged)
          .sort((a, b) => b.seenAt.localeCompare(a.seenAt))
          .map((post) => ({
            url: post.url,
            audience: post.audience,
            shows: post.shows,
            reasons: post.reasons.map((r) => `${r.code}: ${r.evidence}`),
            excerpt: post.excerpt,
            seenAt: post.seenAt,
          })),
      };
    }),
  };
}
