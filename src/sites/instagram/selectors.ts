/**
 * Instagram selectors for the settings pages. Roles and aria-* only: Instagram's class names are
 * Meta's atomic hashes (`x1n2onr6`) and change weekly. The shared engine (common/selectors.ts)
 * already knows every control Instagram uses, so the settings reader needs nothing of its own;
 * these are the Instagram hooks the engine relies on, each with why, and with how many matches to
 * expect on Jaga's own fixtures (`X_`), checked in tests/sites/instagram/settings.test.ts — never
 * against live pages.
 */

/** An on/off setting: a checkbox input with role=switch, named by aria-label, state in aria-checked. */
export const SETTING_SWITCH = [
  'input[type="checkbox"][role="switch"]', // IG automation (search-index id 66731115486): input[role="switch"][aria-label="Private account"]
  '[role="switch"]', // any ARIA switch, should Instagram drop the native input (the redesigned fixture)
] as const;
export const SETTING_SWITCH_ =
  'account-privacy: 1 shown + 1 disabled copy + 1 hidden + 1 in a post; interact: 1 shown + 1 hidden + 1 in a post';

/** A choice setting ("Who can tag you"): a radio group named by its heading. */
export const SETTING_RADIOGROUP = [
  '[role="radiogroup"]', // a named group; unnamed radios still read through the engine's container rule
] as const;
export const SETTING_RADIOGROUP_ = 'interact: 2 (tags, and the uncatalogued @mentions group)';

/** Posts and suggested posts: never read as settings (the engine excludes `article` already). */
export const POST_REGIONS = ['article'] as const;

/**
 * The logged-in account, as Instagram's page chrome shows it (`accountHandle`). Instagram marks no
 * nav element (no <nav>, no role=navigation, no testids: shared/captures/instagram-home.html), so the
 * navigation is found by its links to Instagram's own pages, which are stable URLs: the smallest
 * element that holds them (outside the content) is the navigation list.
 */
export const NAV_LINKS = [
  'a[href="/explore/"]', // "Explore" (instagram-home.html capture: sidebar)
  'a[href="/reels/"]', // "Reels" (capture: sidebar)
  'a[href^="/direct/inbox"]', // "Messages", /direct/inbox/ (capture: sidebar)
] as const;
export const NAV_LINKS_ = 'feed-en.html: 1 each, in the sidebar';

/**
 * In that list, the "Profile" item is the one drawn with a picture: a link to /{handle}/ around the
 * account's profile picture (capture: `<a href="/{handle}/"> … <img alt="{handle}'s profile picture">`);
 * every other item is an svg icon. Its label ("Profile") is language-dependent and not used.
 */
export const NAV_PROFILE_PICTURE = [
  'img', // the account's profile picture (capture: 24×24 in the sidebar)
] as const;
export const NAV_PROFILE_PICTURE_ = 'feed-en.html: exactly 1 in the navigation';

/**
 * Never the navigation: the content (feed posts, the "Switch" account block and suggestions are in
 * role=main in the capture) and posts. A navigation "list" that wraps content is no navigation.
 */
export const CONTENT = [
  'main', // capture: the feed and the right column
  '[role="main"]', // same element in the capture; the role alone, should the tag change
  'article', // a post
] as const;

/**
 * Nor overlays: a dialog (a post opened over the feed). A profile hover card (outside main in the
 * capture, with the hovered person's picture in a link to /{handle}/) carries no role, but it is
 * outside the navigation list, which is why the list is found first.
 */
export const OVERLAYS = [
  '[role="dialog"]',
] as const;
