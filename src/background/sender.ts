import { siteForHost } from '../sites/index';
import type { SiteId } from '../shared/site-ids';
import type { BackgroundDeps, SenderInfo } from './deps';

export type SenderKind = { kind: 'extension-page' } | { kind: 'content'; site: SiteId; tabId: number } | { kind: 'rejected'; why: string };

/**
 * Who sent a message. Only two kinds are accepted: the extension's own pages (popup, report), and the
 * content script in the top frame of a tab on a supported host. Everything else — another extension,
 * a web page, a tab on another host, a frame — is rejected.
 */
export function classifySender(sender: SenderInfo, deps: Pick<BackgroundDeps, 'extensionId' | 'extensionOrigin'>): SenderKind {
  if (sender.id !== deps.extensionId) return { kind: 'rejected', why: 'not this extension' };
  const url = sender.url ?? '';
  if (url.startsWith(deps.extensionOrigin)) return { kind: 'extension-page' };
  if (!sender.tab || typeof sender.tab.id !== 'number') return { kind: 'rejected', why: 'no tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { kind: 'rejected', why: 'not the top frame' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'rejected', why: 'no sender url' };
  }
  if (parsed.protocol !== 'https:') return { kind: 'rejected', why: 'not https' };
  const site = siteForHost(parsed.hostname);
  if (!site) return { kind: 'rejected', why: 'unsupported host' };
  return { kind: 'content', site: site.id, tabId: sender.tab.id };
}
