/**
 * Telegram Web URL -> page kind. Telegram Web is one single-page app per client: WebK at /k/ and
 * WebA at /a/, with the chat or screen in the hash (#@username, #-100…). Settings are in-app panels
 * with no URL of their own, so every URL of either client is the one settings page kind; what is on
 * screen decides what read-settings.ts reports (see there). tests/sites/telegram/detect.test.ts
 * checks every rule against its own examples, every other rule's, and NOT_PAGES.
 */

/** Host names the content script runs on for this site (the manifest must match). */
export const HOSTS = ['web.telegram.org'] as const;

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

/** The two current clients' path prefixes: /k/ (WebK) and /a/ (WebA). */
const CLIENT = /^\/[ak]\/?$/;

export const PAGES: readonly PageRule[] = [
  {
    kind: 'settings:privacy',
    test: (u) => CLIENT.test(u.pathname),
    examples: [
      'https://web.telegram.org/k/',
      'https://web.telegram.org/a/',
      'https://web.telegram.org/k',
      'https://web.telegram.org/k/#@kedai_kek_aminah',
      'https://web.telegram.org/a/#-1001234567890',
      'https://web.telegram.org/a/?account=2#777000',
    ],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'https://web.telegram.org/',
  'https://web.telegram.org/z/',
  'https://web.telegram.org/webz/',
  'https://web.telegram.org/k/extra/path',
  'https://web.telegram.org/kk/',
  'https://web.telegram.org/A/',
];

export function detect(url: URL): string | null {
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
