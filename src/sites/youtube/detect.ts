/**
 * YouTube URL -> page kind (www.youtube.com and studio.youtube.com). Each page kind sits beside the
 * URLs that prove it (`examples`) and tests/sites/youtube/detect.test.ts checks every rule against
 * its own examples, against every other rule's examples, and against NOT_PAGES.
 */

import { decodeSegment } from '../../shared/decode-segment';

/** Host names the content script runs on for this site (the manifest must match). */
export const HOSTS = ['www.youtube.com', 'studio.youtube.com'] as const;

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

// Channel ids: "UC" + 22 characters of base64url.
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
// Channel handles: "@" + 3–30 letters, digits, '.', '_' or '-'.
const HANDLE = /^@[\p{L}\p{N}._-]{3,30}$/u;

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

export const PAGES: readonly PageRule[] = [
  {
    kind: 'settings:account-privacy',
    // Settings -> Privacy: "Keep all my subscriptions private".
    test: (u) => u.hostname === 'www.youtube.com' && segments(u).join('/') === 'account_privacy',
    examples: ['https://www.youtube.com/account_privacy', 'https://www.youtube.com/account_privacy?hl=ms'],
  },
  {
    kind: 'studio-content',
    // Studio -> Content: the list of the parent's own videos, each with its Visibility (Public /
    // Unlisted / Private). A per-video value, so it is the post reader's (read-posts.ts reads each
    // row's Visibility as the post's audience), not a catalogue setting: a "setting" would have to
    // be one value per account, and here every video has its own.
    test: (u) => {
      const [channel, id, videos] = segments(u);
      return u.hostname === 'studio.youtube.com' && channel === 'channel' && CHANNEL_ID.test(id ?? '') && videos === 'videos';
    },
    examples: [
      'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/videos',
      'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/videos/upload',
      'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/videos/short?filter=%5B%5D',
    ],
  },
  {
    kind: 'profile',
    // A channel (the parent's own shows their uploads, with Unlisted/Private badges to the owner):
    // /@handle, /channel/UC…, and their Videos / Shorts / Live tabs.
    test: (u) => {
      if (u.hostname !== 'www.youtube.com') return false;
      const [first, second, tab, ...rest] = segments(u);
      if (first === undefined || rest.length > 0) return false;
      const TABS = new Set(['featured', 'videos', 'shorts', 'streams']);
      if (first === 'channel') return CHANNEL_ID.test(second ?? '') && (tab === undefined || TABS.has(tab));
      return HANDLE.test(decodeSegment(first) ?? '') && tab === undefined && (second === undefined || TABS.has(second));
    },
    examples: [
      'https://www.youtube.com/@cikgu.sara',
      'https://www.youtube.com/@cikgu.sara/videos',
      'https://www.youtube.com/@cikgu.sara/shorts',
      'https://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL',
      'https://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/videos',
    ],
  },
  {
    kind: 'watch',
    // One video's page: the post reader reads its title, description and visibility badge.
    test: (u) => u.hostname === 'www.youtube.com' && segments(u).join('/') === 'watch' && /^[A-Za-z0-9_-]{11}$/.test(u.searchParams.get('v') ?? ''),
    examples: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s'],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'https://www.youtube.com/@%E0%A4', // a malformed escape: not a channel, and no throw
  'https://www.youtube.com/',
  'https://www.youtube.com/watch?v=bad',
  'https://www.youtube.com/results?search_query=sekolah',
  'https://www.youtube.com/account',
  'https://www.youtube.com/account_notifications',
  'https://www.youtube.com/@cikgu.sara/community',
  'https://www.youtube.com/@cikgu.sara/videos/extra',
  'https://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/about',
  'https://www.youtube.com/feed/subscriptions',
  'https://studio.youtube.com/@cikgu.sara',
  'https://studio.youtube.com/',
  'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL',
  'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/analytics',
  'https://studio.youtube.com/video/dQw4w9WgXcQ/edit',
  'https://studio.youtube.com/account_privacy',
  'https://m.youtube.com/account_privacy',
];

export function detect(url: URL): string | null {
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
