/**
 * Facebook URL -> page kind. Each page kind sits beside the URLs that prove it (`examples`) and
 * tests/sites/facebook/detect.test.ts checks every rule against its own examples, against every
 * other rule's examples, and against NOT_PAGES.
 */

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

export const HOSTS = ['www.facebook.com', 'web.facebook.com'] as const;

/** First path segments that are Facebook's own pages, never a username. */
const RESERVED = new Set([
  'settings', 'messages', 'marketplace', 'login', 'login.php', 'logout.php', 'recover', 'checkpoint',
  'groups', 'watch', 'reel', 'reels', 'friends', 'events', 'gaming', 'pages', 'help', 'privacy',
  'policies', 'policy.php', 'notifications', 'bookmarks', 'saved', 'memories', 'stories', 'photo',
  'photo.php', 'photos', 'permalink.php', 'story.php', 'search', 'hashtag', 'ads', 'business',
  'home.php', 'profile.php', 'people', 'sharer', 'sharer.php', 'dialog', 'plugins', 'l.php',
  'video.php', 'videos', 'live', 'fundraisers', 'games', 'jobs', 'places', 'offers', 'lite',
  'accountscenter', 'composer', 'feeds', 'find-friends', 'media', 'legal', 'terms', 'about',
  'careers', 'developers', 'r.php', 'reg', 'signup', 'index.php', 'allactivity', 'your_activity',
  'coronavirus_info', 'climatescienceinfo', 'weather', 'commerce', 'share', 'ajax', 'api',
]);

// Facebook usernames: letters, digits and '.'; old accounts may be shorter than today's 5 minimum.
const USERNAME = /^[A-Za-z0-9.]{1,50}$/;
// Numeric profile ids (profile.php?id=…, /{id}/allactivity).
const NUMERIC_ID = /^[0-9]{1,20}$/;

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function onFacebook(url: URL): boolean {
  return (HOSTS as readonly string[]).includes(url.hostname);
}

/** /settings or /settings/ (the new settings pages keep the trailing slash; old links omit it). */
function isSettings(url: URL): boolean {
  const s = segments(url);
  return onFacebook(url) && s.length === 1 && s[0] === 'settings';
}

/**
 * ?tab=<tab> on /settings, or the legacy ?tab=privacy&section=<section> form (still linked by many
 * guides and tools; Facebook redirects it). Legacy sections are accepted only where the old section
 * held exactly the settings of the new tab.
 */
function settingsTab(url: URL, tab: string, legacy: readonly (readonly [string, string | null])[] = []): boolean {
  if (!isSettings(url)) return false;
  const t = url.searchParams.get('tab');
  const section = url.searchParams.get('section');
  if (t === tab) return true;
  return legacy.some(([lt, ls]) => t === lt && (ls === null ? section === null : section === ls));
}

function isUsername(seg: string | undefined): seg is string {
  return seg !== undefined && USERNAME.test(seg) && !RESERVED.has(seg.toLowerCase());
}

export const PAGES: readonly PageRule[] = [
  {
    kind: 'settings:posts',
    // "Who can see your future posts?" (old: Privacy → section composer).
    test: (u) => settingsTab(u, 'posts', [['privacy', 'composer']]),
    examples: [
      'https://www.facebook.com/settings/?tab=posts',
      'https://www.facebook.com/settings?tab=posts',
      'https://web.facebook.com/settings/?tab=posts',
      'https://www.facebook.com/settings?tab=privacy&section=composer&view',
    ],
  },
  {
    kind: 'settings:profile_and_tagging',
    // Tag review, tagged-post audience (old: Timeline and tagging).
    test: (u) =>
      settingsTab(u, 'profile_and_tagging', [
        ['timeline', null],
        ['timeline', 'timeline_review'],
        ['timeline', 'tagging'],
      ]),
    examples: [
      'https://www.facebook.com/settings/?tab=profile_and_tagging',
      'https://www.facebook.com/settings?tab=profile_and_tagging',
      'https://www.facebook.com/settings?tab=timeline',
      'https://www.facebook.com/settings?tab=timeline&section=timeline_review',
    ],
  },
  {
    kind: 'settings:how_people_find_and_contact_you',
    // Friends list, look-up by email/phone, search engines (old: Privacy → friendlist/findemail/
    // findphone/search sections).
    test: (u) =>
      settingsTab(u, 'how_people_find_and_contact_you', [
        ['privacy', 'friendlist'],
        ['privacy', 'findemail'],
        ['privacy', 'findphone'],
        ['privacy', 'search'],
        ['privacy', 'canfriend'],
      ]),
    examples: [
      'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
      'https://web.facebook.com/settings?tab=how_people_find_and_contact_you',
      'https://www.facebook.com/settings?tab=privacy&section=findemail&view',
      'https://www.facebook.com/settings?tab=privacy&section=search',
    ],
  },
  {
    kind: 'settings:followers_and_public_content',
    // Who can follow me (old: ?tab=followers).
    test: (u) => settingsTab(u, 'followers_and_public_content', [['followers', null]]),
    examples: [
      'https://www.facebook.com/settings/?tab=followers_and_public_content',
      'https://www.facebook.com/settings?tab=followers',
    ],
  },
  {
    kind: 'settings:stories',
    test: (u) => settingsTab(u, 'stories'),
    examples: ['https://www.facebook.com/settings/?tab=stories', 'https://web.facebook.com/settings?tab=stories'],
  },
  {
    kind: 'activity-log',
    // Lists each of the parent's posts with its audience: the best place to scan old posts.
    test: (u) => {
      if (!onFacebook(u)) return false;
      const s = segments(u);
      if (s.length === 1 && s[0] === 'profile.php') return u.searchParams.get('sk') === 'allactivity';
      const [who, page, ...rest] = s;
      return page === 'allactivity' && (rest.length === 0 || rest[0] === '') && (NUMERIC_ID.test(who ?? '') || isUsername(who) || who === 'me');
    },
    examples: [
      'https://www.facebook.com/100012345678901/allactivity',
      'https://www.facebook.com/100012345678901/allactivity/?category_key=MANAGEPOSTSPHOTOSANDVIDEOS',
      'https://www.facebook.com/aunty.mei.88/allactivity',
      'https://www.facebook.com/profile.php?id=100012345678901&sk=allactivity',
      'https://www.facebook.com/me/allactivity',
    ],
  },
  {
    kind: 'profile',
    // A profile's timeline: /{username}, /profile.php?id=…, /people/{Name}/{id}.
    test: (u) => {
      if (!onFacebook(u)) return false;
      const s = segments(u);
      if (s.length === 1 && s[0] === 'profile.php') {
        const sk = u.searchParams.get('sk');
        return NUMERIC_ID.test(u.searchParams.get('id') ?? '') && (sk === null || sk === 'timeline');
      }
      if (s.length === 3 && s[0] === 'people') return NUMERIC_ID.test(s[2] ?? '');
      return s.length === 1 && isUsername(s[0]);
    },
    examples: [
      'https://www.facebook.com/aunty.mei.88',
      'https://www.facebook.com/aunty.mei.88/',
      'https://web.facebook.com/kedairuncit.ali',
      'https://www.facebook.com/profile.php?id=100012345678901',
      'https://www.facebook.com/people/Siti-Aminah/100012345678901/',
    ],
  },
  {
    kind: 'feed',
    test: (u) => {
      if (!onFacebook(u)) return false;
      const s = segments(u);
      return s.length === 0 || (s.length === 1 && s[0] === 'home.php');
    },
    examples: [
      'https://www.facebook.com/',
      'https://www.facebook.com/?sk=h_chr',
      'https://web.facebook.com/',
      'https://www.facebook.com/home.php',
    ],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'https://www.facebook.com/messages/t/100012345678901',
  'https://www.facebook.com/marketplace/',
  'https://www.facebook.com/marketplace/item/123456789/',
  'https://www.facebook.com/login/',
  'https://www.facebook.com/login.php?next=%2Fsettings',
  'https://www.facebook.com/groups/123456789/',
  'https://www.facebook.com/watch/?v=123',
  'https://www.facebook.com/reel/123456789',
  'https://www.facebook.com/settings',
  'https://www.facebook.com/settings/?tab=account',
  'https://www.facebook.com/settings?tab=privacy',
  'https://www.facebook.com/settings?tab=privacy&section=unknown',
  'https://www.facebook.com/settings/extra/?tab=posts',
  'https://www.facebook.com/privacy/checkup/',
  'https://www.facebook.com/notifications',
  'https://www.facebook.com/friends/requests',
  'https://www.facebook.com/photo/?fbid=123456789',
  'https://www.facebook.com/aunty.mei.88/photos',
  'https://www.facebook.com/aunty.mei.88/posts/pfbid02abc',
  'https://www.facebook.com/profile.php?id=100012345678901&sk=photos',
  'https://www.facebook.com/profile.php?id=notanumber',
  'https://www.facebook.com/stories/100012345678901/',
  'https://m.facebook.com/settings/?tab=posts',
  'https://www.facebook.com.evil.example/settings/?tab=posts',
  'https://www.facebook.com/not-a-user',
];

export function detect(url: URL): string | null {
  if (!onFacebook(url)) return null;
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
