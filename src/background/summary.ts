import { SITES } from '../sites/index';
import type { State } from '../shared/storage';
import type { Audience } from '../shared/audience';
import type { SiteDefinition } from '../sites/types';

/** Risky settings plus flagged posts, across platforms: the number on the toolbar icon. */
export function riskyCount(state: State): number {
  let n = 0;
  for (const site of SITES) {
    const record = state.sites[site.id];
    const ids = new Set(site.catalogue.map((e) => e.id));
    for (const s of Object.values(record.settings)) if (ids.has(s.id) && s.status === 'risky') n++;
    n += Object.keys(record.flagged).length;
  }
  return n;
}

/** Account-level audience for platforms without per-post audience, from the stored reading. */
export function accountAudience(site: SiteDefinition, state: State): Audience {
  if (!site.accountAudienceSetting) return 'unknown';
  const reading = state.sites[site.id].settings[site.accountAudienceSetting];
  if (reading?.status === 'safe') return 'private';
  if (reading?.status === 'risky') return 'public';
  return 'unknown';
}

/** The toolbar badge's text for `n`: empty for none, capped at "99+". */
export function badgeText(n: number): string {
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}
