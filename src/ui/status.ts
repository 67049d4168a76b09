import { SITES } from '../sites/index';
import type { SiteDefinition, CatalogueEntry } from '../sites/types';
import type { State } from '../shared/storage';
import type { SiteId } from '../shared/site-ids';

export type StepStatus = 'safe' | 'risky' | 'unknown' | 'unchecked' | 'manual';

export interface StepView {
  entry: CatalogueEntry;
  status: StepStatus;
  value: string | null;
  checkedAt: string | null;
  why?: string;
}

export interface SiteView {
  site: SiteDefinition;
  steps: StepView[];
  safe: number;
  risky: number;
  unknown: number;
  unchecked: number;
  manual: number;
  flagged: number;
  lastCheckedAt: string | null;
  /** Settings of this platform that read `unknown` because the page language has no verified wording. */
  languageBlocked: boolean;
  health: State['sites'][SiteId]['health'];
}

/**
 * The popup's view of one platform: the catalogue in priority order, each with its status. A manual
 * mark ("I can't find it") counts only while no reading says otherwise: a verified reading wins.
 */
export function siteView(site: SiteDefinition, state: State): SiteView {
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
    lastCheckedAt: record.lastCheckedAt,
    languageBlocked: steps.some((s) => s.status === 'unknown' && s.why === 'unverified-language'),
    health: record.health,
  };
}

export function allSiteViews(state: State): SiteView[] {
  return SITES.map((site) => siteView(site, state));
}
