/**
 * Every message between contexts, as zod (mini) schemas named by direction. The background router
 * `safeParse`s each message against the union for its sender's kind; nothing else is accepted.
 * zod/mini keeps this importable from the content script without pulling full zod in.
 */
import { z } from 'zod/mini';
import { SITE_IDS } from './site-ids';
import { AUDIENCES } from './audience';
import { UNKNOWN_WHY } from './readings';
import { LIMITS } from './limits';
import { LOCALE_CHOICES } from './locales';

const str = (max: number) => z.string().check(z.maxLength(max));
const site = z.enum(SITE_IDS);
export const settingIdSchema = z.string().check(z.maxLength(LIMITS.settingId), z.regex(/^[a-z]+\.[a-z0-9-]+$/));

export const settingReadingSchema = z.object({
  id: settingIdSchema,
  status: z.enum(['safe', 'risky', 'unknown']),
  value: z.nullable(str(LIMITS.settingValue)),
  why: z.optional(z.enum(UNKNOWN_WHY)),
});

export const reasonSchema = z.object({ code: str(40), evidence: str(LIMITS.evidence) });

/** A post the rules flagged, as stored: an excerpt, never the whole caption or any image. */
export const flaggedPostSchema = z.object({
  key: str(LIMITS.postKey),
  url: z.nullable(str(LIMITS.url)),
  audience: z.enum(AUDIENCES),
  shows: z.object({ child: z.boolean(), schoolUniform: z.boolean() }),
  severity: z.enum(['high', 'medium', 'low']),
  reasons: z.array(reasonSchema).check(z.maxLength(LIMITS.reasonsPerPost)),
  excerpt: str(LIMITS.excerpt),
});

/** One post as read from the page (PostSnapshot), capped. */
export const postSnapshotSchema = z.object({
  key: str(LIMITS.postKey),
  url: z.nullable(str(LIMITS.url)),
  audience: z.enum(AUDIENCES),
  text: str(LIMITS.postText),
  altTexts: z.array(str(LIMITS.altText)).check(z.maxLength(LIMITS.altTexts)),
  location: z.optional(str(LIMITS.location)),
});

export const ContentToBackground = z.discriminatedUnion('type', [
  /** First message from a page: which site and page kind; answered with what the page needs. */
  z.object({ type: z.literal('content/hello'), site, page: str(LIMITS.page) }),
  /** The readings of every catalogue setting that lives on this page. */
  z.object({
    type: z.literal('content/settings'),
    site,
    page: str(LIMITS.page),
    lang: z.nullable(z.enum(['en', 'ms', 'zh', 'ta'])),
    readings: z.array(settingReadingSchema).check(z.maxLength(LIMITS.readingsPerMessage)),
  }),
  /**
   * A batch of newly read posts, as the page shows them. The background assesses them (the rules run
   * there, off the page's main thread) and answers which to badge.
   */
  z.object({
    type: z.literal('content/posts'),
    site,
    page: str(LIMITS.page),
    posts: z.array(postSnapshotSchema).check(z.maxLength(LIMITS.postsPerMessage)),
  }),
  /** "This is fine" on a badge. */
  z.object({ type: z.literal('content/dismiss-post'), site, key: str(LIMITS.postKey) }),
]);
export type ContentMessage = z.infer<typeof ContentToBackground>;

export const PopupToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('popup/export-report') }),
  z.object({ type: z.literal('popup/forget-everything') }),
  z.object({ type: z.literal('popup/set-locale'), locale: z.enum(LOCALE_CHOICES) }),
  z.object({ type: z.literal('popup/first-run-seen') }),
  z.object({ type: z.literal('popup/mark-done'), id: settingIdSchema, done: z.boolean() }),
  /** "Open this setting": open its page in a new tab, and let that page's guide point at it. */
  z.object({ type: z.literal('popup/open-setting'), id: settingIdSchema }),
]);
export type PopupMessage = z.infer<typeof PopupToBackground>;

export type FlaggedPostMessage = z.infer<typeof flaggedPostSchema>;

/** The answer to content/posts: the posts to badge (flagged, not dismissed), with what was found. */
export interface PostsReply {
  badges: Array<Pick<FlaggedPostMessage, 'key' | 'audience' | 'shows' | 'severity' | 'reasons'>>;
}

/** Every answer has this shape, so a caller never has to guess whether it failed. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
