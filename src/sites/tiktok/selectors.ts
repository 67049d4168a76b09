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
