/**
 * YouTube selectors for the settings pages, beyond what the shared engine (common/selectors.ts)
 * knows. YouTube's class names are Polymer scope classes (`style-scope ytd-settings-switch-renderer`),
 * stable-looking but still classes: Jaga selects by element names of YouTube's web components and by
 * roles and aria-* only. Each exported selector `X` is paired with `X_`: how many matches to expect on
 * Jaga's own fixtures, checked in tests/sites/youtube/settings.test.ts — never against live pages.
 *
 * UNVERIFIED: no stored source shows youtube.com/account_privacy's markup (platforms.md). These
 * selectors follow how YouTube's Polymer settings rows are built; a redesign to ARIA switches is
 * read by the engine without them.
 */

/**
 * An on/off toggle that the engine does not know: a toggle *button*. Polymer's paper-toggle-button
 * (YouTube's `tp-yt-paper-toggle-button`) gives itself role="button" and reports its state in
 * aria-pressed, not aria-checked.
 */
export const TOGGLE_BUTTON = [
  'tp-yt-paper-toggle-button', // YouTube's Polymer toggle (settings switch rows)
  '[role="button"][aria-pressed]', // any ARIA toggle button (WAI-ARIA: a button with aria-pressed is a toggle)
] as const;
export const TOGGLE_BUTTON_ = 'account-privacy: 2 shown + 1 hidden + 1 in a video; redesign: 0 + 1 in a video';

/** Videos in lists and feeds: never read as settings (the engine and this site exclude role=article). */
export const POST_REGIONS = ['[role="article"]', 'ytd-rich-item-renderer'] as const;
