import type { StorageArea } from '../shared/storage';

/** What the background needs from the browser, injected so the router and handlers are testable. */
export interface BackgroundDeps {
  area: StorageArea;
  extensionId: string;
  /** e.g. "chrome-extension://abc…/" or "moz-extension://uuid/" */
  extensionOrigin: string;
  version: string;
  uiLanguage: string;
  now: () => Date;
  setBadge: (text: string) => Promise<void>;
  openTab: (url: string) => Promise<void>;
}

/** The parts of runtime.MessageSender the router looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}
