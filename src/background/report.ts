import { SITES } from '../sites/index';
import type { State } from '../shared/storage';
import type { Report } from '../shared/report-schema';
import type { Translate } from '../shared/i18n';
import { wordingFor } from '../sites/label-text';

/** The `jaga.report/1` export: every catalogue setting (unchecked when never read) and every flagged post. */
export function buildReport(state: State, version: string, now: Date, t: Translate): Report {
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
              label: wordingFor(entry, t),
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
