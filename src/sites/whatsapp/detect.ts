/**
 * WhatsApp Web URL -> page kind. WhatsApp Web is one single-page app at one URL: Settings → Privacy
 * is an in-app drawer with no address of its own (reference/localized-strings.md: "no deep-link URL
 * exists in any source found"). So every https://web.whatsapp.com/ URL is the `settings:privacy`
 * page kind, and read-settings.ts reports only the settings whose control is on screen.
 * tests/sites/whatsapp/detect.test.ts checks every rule against its own examples and NOT_PAGES.
 */

/** Host names the content script runs on for this site (the manifest must match). */
export const HOSTS = ['web.whatsapp.com'] as const;

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

export const PAGES: readonly PageRule[] = [
  {
    kind: 'settings:privacy',
    // Any path: the app keeps its state in memory, and click-to-chat (/send?phone=…) or group
    // invites (/accept?code=…) load the same app, whose Settings drawer can be opened from there.
    test: (u) => u.protocol === 'https:' && u.hostname === 'web.whatsapp.com',
    examples: [
      'https://web.whatsapp.com/',
      'https://web.whatsapp.com',
      'https://web.whatsapp.com/?lang=en',
      'https://web.whatsapp.com/send?phone=60123456789',
      'https://web.whatsapp.com/#settings',
    ],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'http://web.whatsapp.com/',
  'https://www.whatsapp.com/',
  'https://faq.whatsapp.com/3307102709559968/',
  'https://wa.me/60123456789',
  'https://web.whatsapp.com.evil.example/',
  'https://web.telegram.org/k/',
];

export function detect(url: URL): string | null {
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
