/**
 * Instagram URL -> page kind. Each page kind sits beside the URLs that prove it (`examples`) and
 * tests/sites/instagram/detect.test.ts checks every rule against its own examples, against every
 * other rule's examples, and against NOT_PAGES.
 */

/** Host names the content script runs on for this site (the manifest must match). */
export const HOSTS = ['www.instagram.com'] as const;

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

/** First path segments that are Instagram's own pages, never a username. */
const RESERVED = new Set([
  'accounts', 'direct', 'explore', 'reels', 'reel', 'p', 'stories', 'tv', 'about', 'legal',
  'developer', 'challenge', 'session', 'web', 'emails', 'oauth', 'privacy', 'terms', 'api',
  'graphql', 'ajax', 'static', 'press', 'help', 'lite', 'nametag', 'directory', 'archive',
  'your_activity', 'notifications', 'create', 'threads', 'meta-verified', 'download',
]);

// Instagram usernames: letters, digits, '.' and '_', at most 30 characters.
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

/** Path segments without empty ones: "/accounts/x/" -> ["accounts", "x"]. */
function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function isPath(url: URL, ...path: string[]): boolean {
  const s = segments(url);
  return s.length === path.length && s.every((part, i) => part === path[i]);
}

export const PAGES: readonly PageRule[] = [
  {
    kind: 'settings:account-privacy',
    // "Account privacy" -> Private account. The legacy combined page still opens on older accounts.
    test: (u) => isPath(u, 'accounts', 'who_can_see_your_content') || isPath(u, 'accounts', 'privacy_and_security'),
    examples: [
      'https://www.instagram.com/accounts/who_can_see_your_content/',
      'https://www.instagram.com/accounts/who_can_see_your_content',
      'https://www.instagram.com/accounts/privacy_and_security/',
      'https://www.instagram.com/accounts/who_can_see_your_content/?hl=en',
    ],
  },
  {
    kind: 'settings:how_others_can_interact_with_you',
    // Tags and mentions live under "How others can interact with you". The exact web path of the
    // "Tags and mentions" screen is NOT evidenced (localized-strings.md, Settings-page URLs); this
    // section URL is the closest one seen (IG web clone routing). If Instagram moves the controls to
    // a deeper path, the settings stay `unchecked` here rather than being guessed.
    test: (u) => isPath(u, 'accounts', 'how_others_can_interact_with_you'),
    examples: [
      'https://www.instagram.com/accounts/how_others_can_interact_with_you/',
      'https://www.instagram.com/accounts/how_others_can_interact_with_you',
    ],
  },
  {
    kind: 'feed',
    test: (u) => segments(u).length === 0,
    examples: ['https://www.instagram.com/', 'https://www.instagram.com/?variant=following'],
  },
  {
    kind: 'profile',
    // /<username>/ and its grid tabs; a single post (/p/…) or reel is not a profile.
    test: (u) => {
      const [name, tab, ...rest] = segments(u);
      if (name === undefined || rest.length > 0) return false;
      if (!USERNAME.test(name) || RESERVED.has(name.toLowerCase())) return false;
      return tab === undefined || tab === 'tagged' || tab === 'reels';
    },
    examples: [
      'https://www.instagram.com/aunty.mei_88/',
      'https://www.instagram.com/aunty.mei_88',
      'https://www.instagram.com/kedai_runcit.ali/tagged/',
      'https://www.instagram.com/kedai_runcit.ali/reels/',
    ],
  },
  {
    kind: 'post',
    // One post or reel on its own page (the post reader reads it like a feed post).
    test: (u) => {
      const [kind, code, ...rest] = segments(u);
      return (kind === 'p' || kind === 'reel') && /^[A-Za-z0-9_-]{5,40}$/.test(code ?? '') && rest.length === 0;
    },
    examples: ['https://www.instagram.com/p/C0dEfGhIjKl/', 'https://www.instagram.com/reel/C1xYz_AbCdE/', 'https://www.instagram.com/p/C0dEfGhIjKl/?img_index=2'],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/direct/t/1234567890/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/explore/tags/sekolah/',
  'https://www.instagram.com/accounts/login/',
  'https://www.instagram.com/accounts/edit/',
  'https://www.instagram.com/accounts/who_can_see_your_content/extra/',
  'https://www.instagram.com/reels/audio/123456789/',
  'https://www.instagram.com/reels/',
  'https://www.instagram.com/p/C0dEfGhIjKl/liked_by/',
  'https://www.instagram.com/p/',
  'https://www.instagram.com/stories/aunty.mei_88/123/',
  'https://www.instagram.com/aunty.mei_88/followers/',
  'https://www.instagram.com/not a user/',
];

export function detect(url: URL): string | null {
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
