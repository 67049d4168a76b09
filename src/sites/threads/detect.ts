/**
 * Threads (www.threads.net, www.threads.com) URL -> page kind. Each page kind sits beside the URLs
 * that prove it (`examples`) and tests/sites/threads/detect.test.ts checks every rule against its
 * own examples, against every other rule's examples, and against NOT_PAGES.
 *
 * Both hosts serve the same app: threads.net is the original domain (the stored capture and the
 * automation code cited in localized-strings.md use it); Meta moved the web app to threads.com in
 * 2025 and threads.net redirects there with the same path.
 */

/** Host names the content script runs on for this site (the manifest must match). */
export const HOSTS = ['www.threads.net', 'www.threads.com'] as const;

export interface PageRule {
  kind: string;
  test(url: URL): boolean;
  /** URLs that must be this kind, and no other. */
  examples: readonly string[];
}

// Threads handles are Instagram usernames: letters, digits, '.' and '_', at most 30 characters,
// always written after "@" in Threads URLs (/@handle).
const HANDLE = /^@[A-Za-z0-9._]{1,30}$/;
// Post codes, as in the capture's time links (/@handle/post/DIPC0_TP9up).
const POST_CODE = /^[A-Za-z0-9_-]{5,64}$/;

/** Path segments without empty ones: "/settings/privacy/" -> ["settings", "privacy"]. */
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
    // Settings -> Privacy: "Private profile" and "Mentions". URL seen in automation code and links
    // written against the live site (localized-strings.md, Settings-page URLs); query strings such
    // as ?xmt=… (tracking) are ignored. Deeper paths are other screens: nothing is read there.
    test: (u) => isPath(u, 'settings', 'privacy'),
    examples: [
      'https://www.threads.com/settings/privacy',
      'https://www.threads.net/settings/privacy',
      'https://www.threads.com/settings/privacy/',
      'https://www.threads.com/settings/privacy?xmt=AQF0abc',
    ],
  },
  {
    kind: 'feed',
    // The home feed and its two tabs (capture: <a href="/for_you"> "For you", <a href="/following">).
    test: (u) => segments(u).length === 0 || isPath(u, 'for_you') || isPath(u, 'following'),
    examples: ['https://www.threads.com/', 'https://www.threads.net/', 'https://www.threads.com/for_you', 'https://www.threads.net/following'],
  },
  {
    kind: 'profile',
    // /@handle and its tabs (Threads, Replies, Media, Reposts); a single post is not a profile.
    test: (u) => {
      const [handle, tab, ...rest] = segments(u);
      if (handle === undefined || rest.length > 0 || !HANDLE.test(handle)) return false;
      return tab === undefined || tab === 'replies' || tab === 'media' || tab === 'reposts';
    },
    examples: [
      'https://www.threads.com/@aunty.mei_88',
      'https://www.threads.net/@aunty.mei_88/',
      'https://www.threads.com/@kedai_runcit.ali/replies',
      'https://www.threads.com/@kedai_runcit.ali/media',
      'https://www.threads.com/@kedai_runcit.ali/reposts',
    ],
  },
  {
    kind: 'post',
    // One post and its replies (capture: time links /@handle/post/{code}); read like a feed.
    test: (u) => {
      const [handle, post, code, ...rest] = segments(u);
      return handle !== undefined && HANDLE.test(handle) && post === 'post' && POST_CODE.test(code ?? '') && rest.length === 0;
    },
    examples: ['https://www.threads.com/@aunty.mei_88/post/DIPC0_TP9up', 'https://www.threads.net/@kedai_runcit.ali/post/DIODLhtMcxU'],
  },
];

/** URLs where Jaga reads nothing: detect() must say null. */
export const NOT_PAGES: readonly string[] = [
  'https://www.threads.com/settings',
  'https://www.threads.com/settings/account',
  'https://www.threads.com/settings/account/apps',
  'https://www.threads.com/settings/website_permissions',
  'https://www.threads.com/settings/saved',
  'https://www.threads.com/settings/privacy/extra',
  'https://www.threads.com/search?q=sekolah',
  'https://www.threads.com/search?location_id=1&q=Ipoh&serp_type=location_tag',
  'https://www.threads.com/activity',
  'https://www.threads.com/insights',
  'https://www.threads.com/liked',
  'https://www.threads.com/login',
  'https://www.threads.com/aunty.mei_88',
  'https://www.threads.com/@aunty.mei_88/followers',
  'https://www.threads.com/@aunty.mei_88/post/DIPC0_TP9up/media',
  'https://www.threads.com/@aunty.mei_88/post/',
  'https://www.threads.com/@this.handle.is.far.too.long.for.threads',
  'https://www.threads.com/@not a user',
  'https://www.threads.com/Settings/Privacy',
];

export function detect(url: URL): string | null {
  return PAGES.find((rule) => rule.test(url))?.kind ?? null;
}
