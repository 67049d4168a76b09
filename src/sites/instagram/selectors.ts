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
