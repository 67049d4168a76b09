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

  watchUrl(onLocation);
  onLocation();
}

/** How often the URL is compared where the browser has no Navigation API (ms; visible tabs only). */
const URL_POLL_MS = 500;

/**
 * Single-page apps change the URL without a reload (history.pushState). Where the Navigation API
 * exists (Chromium) its `currententrychange` event reports every same-document URL change, whoever
 * made it; elsewhere (Firefox) pushState fires no event a content script can hear, so the URL is
 * compared twice a second while the tab is visible — not on every DOM change, which on a growing
 * feed would run for every frame.
 */
function watchUrl(onChange: () => void): void {
  addEventListener('popstate', onChange);
  addEventListener('hashchange', onChange);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation !== undefined && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', onChange);
    return;
  }
  setInterval(() => {
    if (!document.hidden) onChange();
  }, URL_POLL_MS);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) onChange();
  });
}

/** Run for `site` when the page is one of its hosts (the manifest's match patterns already ensure it). */
export function startOn(site: SiteDefinition): void {
  // Not in the task that evaluates the script: the page is loading, and that task already holds the
  // script's own parse and compile. Nothing of the page (location, document) is touched before; and
  // the first message (whose first use builds the extension API's bindings) goes in a task of its own.
  const idle = (run: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: START_TIMEOUT_MS });
    else setTimeout(run, 0);
  };
  idle(() => {
    if (site.hosts.includes(location.hostname) && document.body) idle(() => void start(site));
  });
}

/** The longest start() waits for the browser to be idle (ms): settings pages are read promptly all the same. */
const START_TIMEOUT_MS = 500;
