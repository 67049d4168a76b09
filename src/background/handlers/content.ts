import type { ContentMessage, FlaggedPostMessage, PostsReply } from '../../shared/messages';
import { assessPost, type PostAssessment } from '../../rules/index';
import type { BackgroundDeps } from '../deps';
import { withState, save } from '../store';
import { siteById } from '../../sites/index';
import { siteKey, type StoredPost } from '../../shared/storage';
import { LIMITS } from '../../shared/limits';
import { cap } from '../../shared/cap';
import { resolveLocale } from '../../shared/locales';
import { LOCALE_TABLES } from '../../shared/locale-tables';
import { accountAudience } from '../summary';

/** How long after "Open this setting" the page's guide still scrolls to it. */
const GUIDE_FRESH_MS = 10 * 60_000;

type Msg<T extends ContentMessage['type']> = Extract<ContentMessage, { type: T }>;

/** What a page needs to show badges and guides: strings in the parent's language, dismissed posts. */
export async function hello(msg: Msg<'content/hello'>, deps: BackgroundDeps) {
  return withState(deps, (state) => {
    const site = siteById(msg.site);
    const locale = resolveLocale(state.prefs.locale, deps.uiLanguage);
    // Only what a page shows: badge and guide strings, and this site's step sentences.
    const wanted = (key: string) => key.startsWith('page_') || (key.startsWith(`${msg.site}_setting_`) && key.endsWith('_step'));
    const strings: Record<string, string> = {};
    for (const table of [LOCALE_TABLES.en, LOCALE_TABLES[locale]]) {
      for (const [key, entry] of Object.entries(table)) if (wanted(key)) strings[key] = entry.message;
    }
    const fresh = state.guide && deps.now().getTime() - Date.parse(state.guide.at) < GUIDE_FRESH_MS;
    const guideTarget = fresh && site?.catalogue.some((e) => e.id === state.guide?.id) ? state.guide!.id : null;
    return {
      locale,
      strings,
      accountAudience: site ? accountAudience(site, state) : 'unknown',
      dismissed: Object.keys(state.dismissed),
      guideTarget,
    };
  });
}

/** Store the readings of the settings that live on this page; the others keep their last reading. */
export async function settings(msg: Msg<'content/settings'>, deps: BackgroundDeps) {
  const site = siteById(msg.site);
  if (!site) throw new Error('unknown site');
  const onPage = new Map(site.catalogue.filter((e) => e.page === msg.page).map((e) => [e.id, e]));
  return withState(deps, (state) => {
    const at = deps.now().toISOString();
    const record = state.sites[msg.site];
    let stored = 0;
    for (const reading of msg.readings) {
      if (!onPage.has(reading.id)) continue; // a page may only report its own settings
      record.settings[reading.id] = { ...reading, checkedAt: at };
      stored++;
    }
    const missing = msg.readings.filter((r) => onPage.has(r.id) && r.status === 'unknown' && r.why === 'not-found').map((r) => r.id);
    if (missing.length > 0) record.health = { page: msg.page, missing, at };
    else if (record.health?.page === msg.page) record.health = null;
    record.lastCheckedAt = at;
    save(deps, siteKey(msg.site));
    return { stored };
  });
}

/**
 * Assess a batch of posts read from the page (the rules run here, off the page's main thread), count
 * them, keep the flagged ones (an excerpt, never images; newest 500 per site), and answer which to
 * badge: flagged and not dismissed.
 */
export async function posts(msg: Msg<'content/posts'>, deps: BackgroundDeps): Promise<PostsReply> {
  const assessed = msg.posts.map((post) => ({ post, a: assessPost({ platform: msg.site, audience: post.audience, text: post.text, altTexts: post.altTexts, ...(post.location ? { location: post.location } : {}) }) }));
  const flagged = assessed.filter(({ a }) => a.flagged).map(({ post, a }) => toFlagged(post, a));
  return withState(deps, (state) => {
    const at = deps.now().toISOString();
    const record = state.sites[msg.site];
    record.postsScanned += msg.posts.length;
    record.lastCheckedAt = at;
    const badges: PostsReply['badges'] = [];
    for (const post of flagged) {
      if (Object.hasOwn(state.dismissed, post.key)) continue;
      const seenAt = record.flagged[post.key]?.seenAt ?? at;
      record.flagged[post.key] = { ...post, seenAt } satisfies StoredPost;
      badges.push({ key: post.key, audience: post.audience, shows: post.shows, severity: post.severity, reasons: post.reasons });
    }
    const keys = Object.keys(record.flagged);
    if (keys.length > LIMITS.flaggedPerSite) {
      // ISO dates of one format: code-unit order is time order (and much cheaper than localeCompare).
      const oldest = keys.sort((a, b) => {
        const x = record.flagged[a]!.seenAt;
        const y = record.flagged[b]!.seenAt;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      for (const key of oldest.slice(0, keys.length - LIMITS.flaggedPerSite)) delete record.flagged[key];
    }
    save(deps, siteKey(msg.site));
    return { badges };
  });
}

/** The excerpt a parent recognises the post by: the caption, else the first alt text, at most 140 characters. */
export function excerptOf(post: { text: string; altTexts: string[] }): string {
  const source = post.text || post.altTexts[0] || '';
  return source.length > LIMITS.excerpt ? `${cap(source, LIMITS.excerpt - 1)}…` : source;
}

function toFlagged(post: Msg<'content/posts'>['posts'][number], a: PostAssessment): FlaggedPostMessage {
  return {
    key: post.key,
    url: post.url,
    audience: post.audience,
    shows: { child: a.shows.child, schoolUniform: a.shows.schoolUniform },
    severity: a.severity === 'none' ? 'low' : a.severity,
    reasons: a.reasons.slice(0, LIMITS.reasonsPerPost).map((r) => ({ code: r.code.slice(0, 40), evidence: r.evidence.slice(0, LIMITS.evidence) })),
    excerpt: excerptOf(post),
  };
}

/** "This is fine": remember the dismissal locally and drop the post from the list. */
export async function dismissPost(msg: Msg<'content/dismiss-post'>, deps: BackgroundDeps) {
  return withState(deps, (state) => {
    state.dismissed[msg.key] = deps.now().toISOString();
    const keys = Object.keys(state.dismissed);
    if (keys.length > LIMITS.dismissed) for (const k of keys.slice(0, keys.length - LIMITS.dismissed)) delete state.dismissed[k];
    const record = state.sites[msg.site];
    delete record.flagged[msg.key];
    save(deps, 'dismissed', siteKey(msg.site));
    return { dismissed: true };
  });
}

