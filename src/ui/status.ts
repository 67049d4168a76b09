import { OUTLINE, type OutlineEntry, type SiteOutline } from '../sites/catalogue-outline';
import type { State } from '../shared/storage';
import type { SiteId } from '../shared/site-ids';

export type StepStatus = 'safe' | 'risky' | 'unknown' | 'unchecked' | 'manual';

export interface StepView {
  entry: OutlineEntry;
  status: StepStatus;
  value: string | null;
  checkedAt: string | null;
  why?: string;
}

export interface SiteView {
  site: SiteOutline;
  steps: StepView[];
  safe: number;
  risky: number;
  unknown: number;
  unchecked: number;
  manual: number;
  flagged: number;
  /** Posts of this platform Jaga has looked at: until one, "no posts to review" would read as an all clear. */
  postsScanned: number;
  lastCheckedAt: string | null;
  /** Settings of this platform that read `unknown` because the page language has no verified wording. */
  languageBlocked: boolean;
  health: State['sites'][SiteId]['health'];
}

/**
 * The pages' view of one platform: the catalogue's outline in priority order, each with its status. A manual
 * mark ("I can't find it") counts only while no reading says otherwise: a verified reading wins.
 */
export function siteView(site: SiteOutline, state: State): SiteView {
  const record = state.sites[site.id];
  const steps = [...site.catalogue]
    .sort((a, b) => a.priority - b.priority)
    .map((entry): StepView => {
      const reading = record.settings[entry.id];
      const manual = state.progress[entry.id];
      if (reading && reading.status !== 'unknown') {
        return { entry, status: reading.status, value: reading.value, checkedAt: reading.checkedAt };
      }
      if (manual) return { entry, status: 'manual', value: reading?.value ?? null, checkedAt: manual.manualAt };
      if (reading) return { entry, status: 'unknown', value: reading.value, checkedAt: reading.checkedAt, ...(reading.why ? { why: reading.why } : {}) };
      return { entry, status: 'unchecked', value: null, checkedAt: null };
    });
  const count = (s: StepStatus) => steps.filter((x) => x.status === s).length;
  return {
    site,
    steps,
    safe: count('safe'),
    risky: count('risky'),
    unknown: count('unknown'),
    unchecked: count('unchecked'),
    manual: count('manual'),
    flagged: Object.keys(record.flagged).length,
    postsScanned: record.postsScanned,
    lastCheckedAt: record.lastCheckedAt,
    languageBlocked: steps.some((s) => s.status === 'unknown' && s.why === 'unverified-language'),
    health: record.health,
  };
}

/** What the pages say under a platform's posts to review when there are none: "none found" only once it has read some. */
export const noFlaggedKey = (view: Pick<SiteView, 'postsScanned'>): string =>
  view.postsScanned > 0 ? 'popup_flagged_none' : 'report_posts_none_scanned';

export function allSiteViews(state: State): SiteView[] {
  return OUTLINE.map((site) => siteView(site, state));
}

/** Readings older than this are worth checking again: platforms change settings and defaults. */
export const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/** Steps whose last reading is older than 30 days, one per settings page, oldest first. */
export function staleSteps(views: SiteView[], now: number): StepView[] {
  const byPage = new Map<string, StepView>();
  for (const view of views) {
    for (const step of view.steps) {
      if (!step.checkedAt || step.status === 'manual' || step.status === 'unchecked') continue;
      if (now - Date.parse(step.checkedAt) < STALE_MS) continue;
      const key = `${view.site.id}:${step.entry.page}`;
      const seen = byPage.get(key);
      if (!seen || (seen.checkedAt ?? '') > step.checkedAt) byPage.set(key, step);
    }
  }
  return [...byPage.values()].sort((a, b) => (a.checkedAt ?? '').localeCompare(b.checkedAt ?? ''));
}
