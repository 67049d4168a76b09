/**
 * The browser's extension API for the extension pages, without webextension-polyfill: Firefox has
 * `browser`, and Chrome's MV3 `chrome` returns promises for every call the pages make (storage, runtime
 * messages, tabs.create, permissions). The polyfill's types describe both.
 */
import type Browser from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const ext: Browser.Browser = scope.browser ?? (scope.chrome as Browser.Browser);
