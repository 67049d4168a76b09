/**
 * A platform's screen, with the catalogues' labels it shows, is its own chunk: the overview (the
 * popup's first render) needs neither. App starts loading it once the first screen is drawn, so a
 * click on a card finds it ready; until then the screen shows the placeholder, never a half screen.
 */
export type SiteDetailModule = typeof import('./components/SiteDetail');

let pending: Promise<SiteDetailModule> | null = null;

export function loadSiteDetail(): Promise<SiteDetailModule> {
  if (!pending) {
    const p = import('./components/SiteDetail');
    pending = p;
    // A failed load may be tried again.
    p.catch(() => {
      if (pending === p) pending = null;
    });
  }
  return pending;
}
