/**
 * TikTok URL -> page kind. Each page kind sits beside the URLs that prove it (`examples`) and
 * tests/sites/tiktok/detect.test.ts checks every rule against its own examples, against every other
 * rule's examples, and against NOT_PAGES.
 */

import { decodeSegment } from '../../shared/decode-segment';

/** Host names the content script runs on for this site (the manifest must match). */
export const HOSTS = ['www.tiktok.com'] as const;

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

// TikTok handles: letters, digits, '_' and '.', at most 24 characters, shown after '@'.
const HANDLE = /^@[A-Za-z0-9._]{1,24}$/;

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function isPath(url: URL, ...path: string[]): boolean {
  const s = segments(url);
  return s.length === path.length && s.every((part, i) => part === path[i]);
}

export const PAGES: readonly PageRule[] = [
  {
    kind: 'settings:privacy',
    // The web settings page is one long page (Manage account, Privacy, Push notifications…):
    // automation written against it opens /setting and finds "Private account" there; privacy
    // guides link /setting/privacy. Sub-pages (/setting/privacy/direct-messages…) hold none of
    // Jaga's settings.
    test: (u) => isPath(u, 'setting') || isPath(u, 'setting', 'privacy'),
    examples: [
      'https://www.tiktok.com/setting',
      'https://www.tiktok.com/setting/',
      'https://www.tiktok.com/setting?lang=en',
      'https://www.tiktok.com/setting/privacy',
      'https://www.tiktok.com/setting/privacy?lang=ms-MY',
    ],
  },
  {
    kind: 'feed',
    test: (u) => isPath(u) || isPath(u, 'foryou') || isPath(u, 'following'),
    examples: [
      'https://www.tiktok.com/',
      'https://www.tiktok.com/foryou',
      'https://www.tiktok.com/foryou?lang=en',
      'https://www.tiktok.com/following',
    ],
  },
  {
    kind: 'profile',
    // Only the profile grid: a single video (/@handle/video/…) is not a profile.
    test: (u) => {
      const s = segments(u);
      return s.length === 1 && HANDLE.test(decodeSegment(s[0] ?? '') ?? '');
    },
    examples: [
      'https://www.tiktok.com/@cikgu.sara',
      'https://www.tiktok.com/@cikgu.sara/',
      'https://www.tiktok.com/@ah_meng_99?lang=en',
    ],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'https://www.tiktok.com/@%E0%A4', // a malformed escape: not a profile, and no throw
  'https://www.tiktok.com/explore',
  'https://www.tiktok.com/live',
  'https://www.tiktok.com/messages',
  'https://www.tiktok.com/upload',
  'https://www.tiktok.com/login',
  'https://www.tiktok.com/search?q=sekolah',
  'https://www.tiktok.com/setting/privacy/direct-messages',
  'https://www.tiktok.com/setting/download-your-data',
  'https://www.tiktok.com/setting/account/security',
  'https://www.tiktok.com/@cikgu.sara/video/7301234567890123456',
  'https://www.tiktok.com/cikgu.sara',
  'https://www.tiktok.com/tag/sekolah',
];

export function detect(url: URL): string | null {
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
