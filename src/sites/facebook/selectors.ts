/**
 * Facebook selectors for the settings pages. Roles and aria-* only: Facebook's class names are
 * hashed (`x1n2onr6`) and change weekly. The settings engine (common/selectors.ts) holds the
 * generic ones (control kinds, excluded regions); these are the Facebook-specific hooks, each with
 * why, and with how many matches to expect on Jaga's own fixtures (`X_`), checked in
 * tests/sites/facebook/settings.test.ts — never against live pages.
 */

/** The settings content, beside the left column of settings links. */
export const SETTINGS_MAIN = [
  '[role="main"]', // the privacy scanner's fixer scopes every settings control to role=main (platforms.md "Trend scan")
] as const;
export const SETTINGS_MAIN_ = 'exactly 1 on every settings fixture except the redesigned ones (0 or 1)';

/** A button that shows an audience and opens the audience dialog. */
export const AUDIENCE_BUTTON = [
  '[role="button"][aria-label^="Edit privacy"]', // EN: "Edit privacy. Sharing with Public." (platforms.md, post editing 2024–26 [code])
  '[role="button"][aria-label^="编辑隐私设置"]', // zh_CN: "编辑隐私设置。分享对象：公开。" (localized-strings.md FB_AUTO_ZH)
] as const;
export const AUDIENCE_BUTTON_ = 'one per audience setting on the page, plus decoys (hidden dialog, disabled copy)';

/** An on/off setting. */
export const SETTING_SWITCH = [
  'input[type="checkbox"][role="switch"]', // stories page: `input[role=switch]` with `checked` (platforms.md [code])
  '[role="switch"]', // the scanner's fixer clicks `[role="switch"]` inside role=main for tag review and search engines
] as const;
export const SETTING_SWITCH_ = 'one per on/off setting on the page, plus decoys';

/** Where posts live: never read as settings (the engine excludes these already; listed for the guide). */
export const POST_REGIONS = [
  '[role="article"]', // every post since the 2020 redesign
  '[role="feed"]', // the feed around posts
] as const;
