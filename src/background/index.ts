/** Service worker (Chrome) / event page (Firefox): the router, install hook and toolbar badge. */
import browser, { type Runtime } from 'webextension-polyfill';
import { route } from './router';
import type { BackgroundDeps } from './deps';
import { ensureMeta, type StorageArea } from '../shared/storage';
import { restoreBadge } from './store';

const deps: BackgroundDeps = {
  area: browser.storage.local as unknown as StorageArea,
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  version: browser.runtime.getManifest().version,
  uiLanguage: browser.i18n.getUILanguage(),
  now: () => new Date(),
  openTab: async (url) => {
    await browser.tabs.create({ url });
  },
  setBadge: async (text) => {
    await browser.action.setBadgeText({ text });
    if (text) await browser.action.setBadgeBackgroundColor({ color: '#B3261E' });
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender, deps));

// Install, update and browser update: only write the version marker where none exists. Never reset data.
browser.runtime.onInstalled.addListener(() => {
  void ensureMeta(deps.area).catch(() => undefined);
});

// Restore the badge when the worker starts (the count lives in storage); this also reads the state
// into memory before the first message needs it.
void restoreBadge(deps).catch(() => undefined);
