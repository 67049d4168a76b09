/**
 * X (x.com, twitter.com) URL -> page kind. Each page kind sits beside the URLs that prove it
 * (`examples`) and tests/sites/x/detect.test.ts checks every rule against its own examples, against
 * every other rule's examples, and against NOT_PAGES.
 */

/** Host names the content script runs on for this site (the manifest must match). */
export const HOSTS = ['x.com', 'twitter.com'] as const;

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

/** First path segments that are X's own pages, never a handle. */
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'compose', 'login',
  'logout', 'signup', 'tos', 'privacy', 'jobs', 'about', 'hashtag', 'intent', 'share', 'account',
  'download', 'lists', 'bookmarks', 'communities', 'premium', 'verified-choose', 'jf', 'grok',
]);

// X handles: letters, digits and '_', at most 15 characters.
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function isPath(url: URL, ...path: string[]): boolean {
  const s = segments(url);
  return s.length === path.length && s.every((part, i) => part === path[i]);
}

/** A settings screen Jaga reads, by its path under /settings/ (X's own `link:` values). */
function settingsScreen(kind: string, screen: string, examples: readonly string[]): PageRule {
  return { kind, test: (u) => isPath(u, 'settings', screen), examples };
}

export const PAGES: readonly PageRule[] = [
  // AUDIENCE_AND_TAGGING_SCREEN: "Protect your posts" checkbox and the "Photo tagging" row (X bundle).
  settingsScreen('settings:audience_and_tagging', 'audience_and_tagging', [
    'https://x.com/settings/audience_and_tagging',
    'https://twitter.com/settings/audience_and_tagging',
    'https://x.com/settings/audience_and_tagging/',
  ]),
  // The Photo tagging screen the row above links to (`link: "/settings/tagging"`).
  settingsScreen('settings:tagging', 'tagging', ['https://x.com/settings/tagging', 'https://twitter.com/settings/tagging']),
  // SETTINGS_LOCATION_SCREEN: "Add location information to your posts" checkbox. "Your posts"
  // (/settings/your_tweets) only links here, so it is not a page Jaga reads.
  settingsScreen('settings:location', 'location', ['https://x.com/settings/location', 'https://twitter.com/settings/location']),
  // SETTINGS_CONTACTS_SCREEN: discoverability by email / phone checkboxes.
  settingsScreen('settings:contacts', 'contacts', ['https://x.com/settings/contacts', 'https://twitter.com/settings/contacts']),
  {
    kind: 'feed',
    test: (u) => isPath(u, 'home'),
    examples: ['https://x.com/home', 'https://twitter.com/home', 'https://x.com/home?lang=ms'],
  },
  {
    kind: 'profile',
    // /<handle> and its post tabs; a single post (/<handle>/status/…) is not a profile.
    test: (u) => {
      const [handle, tab, ...rest] = segments(u);
      if (handle === undefined || rest.length > 0) return false;
      if (!HANDLE.test(handle) || RESERVED.has(handle.toLowerCase())) return false;
      return tab === undefined || tab === 'with_replies' || tab === 'media';
    },
    examples: [
      'https://x.com/PakcikRazak',
      'https://twitter.com/PakcikRazak',
      'https://x.com/mei_ling_99/',
      'https://x.com/mei_ling_99/media',
      'https://x.com/mei_ling_99/with_replies',
    ],
  },
  {
    kind: 'post',
    // One post and its conversation (the post reader reads the posts shown there).
    test: (u) => {
      const [handle, status, id, ...rest] = segments(u);
      return (
        handle !== undefined && HANDLE.test(handle) && !RESERVED.has(handle.toLowerCase()) &&
        status === 'status' && /^[0-9]{1,25}$/.test(id ?? '') && rest.length === 0
      );
    },
    examples: ['https://x.com/PakcikRazak/status/1790000000000000000', 'https://twitter.com/mei_ling_99/status/1790000000000000001'],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'https://x.com/',
  'https://x.com/messages',
  'https://x.com/messages/123-456',
  'https://x.com/i/bookmarks',
  'https://x.com/i/flow/login',
  'https://x.com/search?q=sekolah',
  'https://x.com/explore',
  'https://x.com/notifications',
  'https://x.com/settings',
  'https://x.com/settings/account',
  'https://x.com/settings/privacy_and_safety',
  'https://x.com/settings/your_tweets',
  'https://x.com/settings/location_information',
  'https://x.com/settings/audience_and_tagging/extra',
  'https://x.com/PakcikRazak/status/1790000000000000000/photo/1',
  'https://x.com/i/status/1790000000000000000',
  'https://x.com/PakcikRazak/followers',
  'https://x.com/this_handle_is_far_too_long',
  'https://x.com/Home',
];

export function detect(url: URL): string | null {
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
