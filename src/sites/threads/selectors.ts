/**
 * Threads selectors. Roles, aria-*, data-* hooks, hrefs and tag names only: Threads is built with
 * Meta's atomic CSS (`x1n2onr6 x1ja2u2z`, hashed and reshuffled weekly), so no class name is ever
 * used. Each exported selector `X` is paired with `X_`: how many matches to expect on Jaga's own
 * fixtures, checked in tests/sites/threads/*.test.ts — never against live pages.
 *
 * Evidence: shared/captures/threads-home.html (a logged-in English home feed, 2025-04) for posts.
 * For the settings page there is NO capture: the markup in tests/fixtures/threads is modelled on
 * Meta's web settings (the Instagram fixtures) and on the clone cited in catalogue.ts, and is
 * UNVERIFIED. The shared engine reads it with roles only (switch, radiogroup/radio, labels).
 */

// ---------------------------------------------------------------------------------------------
// Settings (Settings -> Privacy)

/** An on/off setting ("Private profile"): the engine's switch kinds; listed for the fixtures' count. */
export const SETTING_SWITCH = [
  'input[type="checkbox"][role="switch"]', // Meta web switches (Instagram automation: input[role=switch]); assumed for Threads
  '[role="switch"]', // any ARIA switch, should Threads drop the native input
] as const;
export const SETTING_SWITCH_ = 'privacy fixtures: 1 shown + 1 hidden stale copy (the post decoy is added by a test)';

/**
 * The Mentions chooser's options. Any of them shown (outside posts and hidden regions) means the
 * chooser is open; with none, the Mentions reading is left out (read-settings.ts).
 */
export const CHOOSER_OPTION = [
  '[role="radio"]', // ARIA radio
  'input[type="radio"]', // native radio inside a <label>, as Meta's web radio lists render
  '[role="radiogroup"]', // the group itself, even while its options are still rendering
] as const;
export const CHOOSER_OPTION_ = 'privacy fixtures with the chooser open: 1 group + 3 radios shown; mentions-closed fixture: 0 shown';

/** A dialog that may hold the chooser (checked for a Mentions label before it counts as open). */
export const CHOOSER_DIALOG = [
  '[role="dialog"]', // Meta web modals
  'dialog',
] as const;
export const CHOOSER_DIALOG_ = 'privacy fixtures with the chooser open: 1; mentions-closed fixture: 0';

// ---------------------------------------------------------------------------------------------
// Posts (home feed, profile, post page)

/**
 * One post. Threads renders no <article> and no role=article: each post (and each quoted post,
 * nested inside the one quoting it) is a `div[data-pressable-container="true"]` (capture: 20 on
 * the page, one of them nested — a quote).
 */
export const POST = [
  '[data-pressable-container="true"]',
] as const;
export const POST_ = 'capture: 20 (19 top-level + 1 quote); feed-en.html: 8 top-level + 1 quote';

/**
 * The post marker that says "public": the Fediverse globe in the author line (capture: 3 posts,
 * `<svg aria-label="Post is shared to Fediverse" role="img">`). Only public profiles can share to
 * the Fediverse, so a post carrying it is public whatever the parent's own account says. English
 * accessible name only; another UI language falls back to the account audience.
 */
export const FEDIVERSE_MARKER = [
  'svg[aria-label="Post is shared to Fediverse"]', // capture
  '[role="img"][aria-label="Post is shared to Fediverse"]', // same, should the icon stop being an <svg>
] as const;
export const FEDIVERSE_MARKER_ = 'feed-en.html: 2 (one in a quoted post only)';

/**
 * Blocks of the post's text: every `span[dir="auto"]` (capture: caption paragraphs, and also the
 * author name, the time, the like/reply counts and link-card titles — filtered in read-posts.ts by
 * where they sit: inside a button, a link that is not a post permalink, or around a <time>).
 */
export const TEXT_BLOCK = [
  'span[dir="auto"]',
] as const;

/** The location tag under the post (capture: a search link with serp_type=location_tag). */
export const LOCATION = [
  'a[href*="serp_type=location_tag"]',
] as const;

/** Page chrome inside a post: buttons (Like 48, Reply, "Translate"), never caption text. */
export const CHROME = [
  '[role="button"]', // capture: every action, count and menu is a div[role=button]
  'button',
] as const;
