/**
 * The content script's body, shared by every platform's entry (entries/<site>.ts): picks the page kind
 * by URL and follows client-side navigation; each page kind gets its own watcher, torn down by an
 * AbortSignal when the URL changes.
 */
import type { SiteDefinition } from '../sites/types';
import { pageLang } from '../sites/common/labels';
import { send, type HelloReply } from './messaging';
import { setStrings } from './strings';
import { watchSettings } from './settings-watch';
import { watchPosts } from './posts-page';

export async function start(site: SiteDefinition): Promise<void> {
  const hello = await send<HelloReply>({ type: 'content/hello', site: site.id, page: site.detect(new URL(location.href)) ?? 'other' });
  setStrings(hello?.strings ?? {});
  const dismissed = new Set(hello?.dismissed ?? []);
  let current = '';
  let controller: AbortController | undefined;

  const onLocation = () => {
    if (location.href === current) return;
    current = location.href;
    controller?.abort();
    controller = new AbortController();
    const page = site.detect(new URL(location.href));
    if (page === null) return;
    if (page.startsWith('settings:')) watchSettings(site, page, hello?.guideTarget ?? null, controller.signal);
    else watchPosts(site, page, { lang: pageLang(document), accountAudience: hello?.accountAudience ?? 'unknown' }, dismissed, controller.signal);
  };

  // Single-page apps change the URL without a reload: check on history events and on DOM changes
  // (a string comparison per mutation batch).
  addEventListener('popstate', onLocation);
  new MutationObserver(onLocation).observe(document.body, { childList: true, subtree: true });
  onLocation();
}

/** Run for `site` when the page is one of its hosts (the manifest's match patterns already ensure it). */
export function startOn(site: SiteDefinition): void {
  if (site.hosts.includes(location.hostname) && document.body) void start(site);
}
