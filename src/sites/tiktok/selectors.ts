/**
 * TikTok selectors for the settings page. TikTok web's class names are Emotion hashes
 * (`css-1y9fs6m-DivCellContainer`) plus design-system names (`tux-list-cell`, `TUXSwitch`) that the
 * automation evidence leans on but Jaga does not: a hash changes with every build. The shared
 * engine (common/selectors.ts) reads TikTok's switches from the row text, as automation written
 * against the live page does (`text=Private account` -> row ancestor -> `[role="switch"]`,
 * search-index id 60666319678). Each selector is paired with `X_`: how many matches to expect on
 * Jaga's own fixtures, checked in tests/sites/tiktok/settings.test.ts — never against live pages.
 *
 * data-e2e: TikTok web marks many elements with data-e2e test ids, but no stored source shows the
 * ids of the settings rows or switches (platforms.md: `[data-e2e="profile-setting"]` only, and
 * unverified). Jaga therefore matches none; the engine would need a per-site "test id -> setting"
 * table to use them, which needs evidence first.
 */

/** An on/off setting: an ARIA switch, its state in aria-checked. */
export const SETTING_SWITCH = [
  '[role="switch"]', // TikTok automation reads `[role="switch"]` + aria-checked (search-index id 60666319678)
  'input[type="checkbox"][role="switch"]', // native switch, as in the redesigned fixture
] as const;
export const SETTING_SWITCH_ = 'privacy: 5 shown + 1 disabled copy + 1 hidden + 1 in a recommended video; redesign: 3 + 1';

/** Posts (recommended videos): never read as settings (the engine excludes `article` already). */
export const POST_REGIONS = ['article'] as const;

/**
 * The logged-in account, as TikTok's page chrome shows it (`accountHandle`; never read inside a
 * video). UNVERIFIED: no capture of a logged-in tiktok.com page was available. Third-party
 * automation reads the logged-in username from the side navigation's "Profile" link,
 * `[data-e2e="nav-profile"]` with `href="/@{handle}"` (search corpus: a "whoami" page script that
 * slices the handle out of that href; Selenium waits on `a[data-e2e="nav-profile"]`). If TikTok
 * changes it, nothing is found and every video is sent as before (no filtering), never the reverse.
 */
export const NAV_PROFILE = [
  'a[data-e2e="nav-profile"]', // the link itself carries the test id (Selenium/automation scripts, [code]) [unverified]
  '[data-e2e="nav-profile"] a[href]', // should the test id sit on a wrapper [unverified]
] as const;
export const NAV_PROFILE_ = 'feed-en.html: exactly 1, in the side navigation';

/**
 * A video's author link (beside its permalink, which also names the author: /@{handle}/video/{id}).
 * Scrapers read the author from these test ids ([code]) [unverified].
 */
export const AUTHOR_LINK = [
  'a[data-e2e="video-author-avatar"]', // feed item avatar link (automation scripts, [code])
  'a[data-e2e="video-author-uniqueid"]', // feed item @handle link (scrapers: `a[data-e2e="video-author-uniqueid"]`, [code])
] as const;
export const AUTHOR_LINK_ = 'feed-en.html: 1 or 2 per item (item 2 has only the @handle link)';
