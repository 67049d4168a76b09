/** The JSON export, `jaga.report/1` (documented in the README). Changing it needs a new schema id. */
import { z } from 'zod/mini';
import { SITE_IDS } from './site-ids';
import { AUDIENCES } from './audience';

const nullableDate = z.nullable(z.string());

export const reportSchema = z.object({
  schema: z.literal('jaga.report/1'),
  generatedAt: z.string(),
  extensionVersion: z.string(),
  platforms: z.array(
    z.object({
      platform: z.enum(SITE_IDS),
      lastCheckedAt: nullableDate,
      postsScanned: z.number().check(z.int(), z.gte(0)),
      settings: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          value: z.nullable(z.string()),
          status: z.enum(['safe', 'risky', 'unknown', 'unchecked']),
          checkedAt: nullableDate,
        }),
      ),
      flaggedPosts: z.array(
        z.object({
          url: z.nullable(z.string()),
          audience: z.enum(AUDIENCES),
          shows: z.object({ child: z.boolean(), schoolUniform: z.boolean() }),
          reasons: z.array(z.string()),
          excerpt: z.string(),
          seenAt: z.string(),
        }),
      ),
    }),
  ),
});
export type Report = z.infer<typeof reportSchema>;

/** `jaga-report-YYYY-MM-DD.json`, in the parent's local date. */
export function reportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `jaga-report-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
