/**
 * X selectors for the settings screens, beyond what the shared engine (common/selectors.ts) knows.
 * Roles, aria-*, hrefs and X's own data-testid only: X's class names (`css-175oi2r r-1awozwy`) are
 * generated and change with every build. Each exported selector `X` is paired with `X_`: how many
 * matches to expect on Jaga's own fixtures, checked in tests/sites/x/settings.test.ts — never
 * against live pages.
 *
 * What the engine reads by itself: the checkbox rows ("Protect your posts", "Photo tagging",
 * "Add location information to your posts", discoverability). X renders each as a <label> wrapping
 * the label text and an `input[type=checkbox][aria-describedby=CHECKBOX_n_LABEL]` (X bundle module
 * 96083), so the control is named by its label and the engine's `<label>` rule finds it.
 *
 * What the engine lacks, and X needs: a *link row that shows a value*. On "Audience, media and
 * tagging" the "Photo tagging" row is a link to /settings/tagging whose description is the current
 * value ("Anyone can tag you" / "Only people you follow can tag you" / "Off"); no control holds it.
 */

/**
 * The "Photo tagging" row on the Audience, media and tagging screen. X renders it with its settings
 * link-row component (bundle module 779610: role "tab" by default, testID "pivot") and
 * `link: "/settings/tagging"` (AUDIENCE_AND_TAGGING_SCREEN). Matched by where it leads, never by
 * its look; the label text inside is still checked against the catalogue before the value is read.
 */
export const TAGGING_ROW = [
  'a[href="/settings/tagging"]', // relative link, as X's router renders it (bundle: link: "/settings/tagging")
  'a[href="https://x.com/settings/tagging"]', // absolute link, should X render full URLs
  'a[href="https://twitter.com/settings/tagging"]', // same, on the twitter.com host
] as const;
export const TAGGING_ROW_ = 'exactly 1 shown on every audience_and_tagging fixture (a hidden stale copy may add 1)';

/**
 * The value shown in that row. X's link row renders a string description with
 * testID `${testID}-description`, i.e. "pivot-description" (bundle module 779610).
 */
export const ROW_VALUE = [
  '[data-testid="pivot-description"]', // X's own test id for the row's description (the current value)
] as const;
export const ROW_VALUE_ = 'exactly 1 inside the tagging row on the current fixtures, 0 in the redesigned one';

/** Fallback for a redesigned row: the value an accessible row points at with aria-describedby. */
export const ROW_VALUE_REF = 'aria-describedby';

/**
 * On /settings/tagging, when photo tagging is on, the radios that say who may tag (Anyone / Only
 * people you follow). Used only to name the risky value in the reading; the verdict comes from
 * the "Photo tagging" checkbox. UNVERIFIED layout (see the fixture notes): X's bundle proves the
 * screen and its three values, not this markup.
 */
export const TAGGING_RADIO = [
  'input[type="radio"]', // native radio, as X's settings radio lists render
  '[role="radio"]', // ARIA radio, should X switch
] as const;
export const TAGGING_RADIO_ = '2 on the risky tagging fixtures (1 checked), 0 on the safe ones';

/**
 * The logged-in account, as X's page chrome shows it (`accountHandle`; never read inside a post).
 * The side nav's "Profile" link is the source: `href="/{handle}"` (shared/captures/x-home.html: one,
 * in header[role=banner] > nav[aria-label=Primary]). Language-independent: the testid, not the
 * "Profile" label, finds it.
 */
export const ACCOUNT_PROFILE_LINK = [
  'a[data-testid="AppTabBar_Profile_Link"]', // side nav "Profile" link (x-home.html capture, 1×)
] as const;
export const ACCOUNT_PROFILE_LINK_ = 'feed-en.html: exactly 1, in the side nav; 0 on the settings fixtures';

/**
 * A cross-check: the "Account menu" button at the bottom of the side nav holds the account's avatar,
 * whose testid is `UserAvatar-Container-{handle}` (x-home.html capture). When present it must name the
 * same handle as the Profile link. X writes `UserAvatar-Container-unknown` for avatars it has not
 * resolved (38× in the capture): that suffix says nothing and is ignored.
 */
export const ACCOUNT_MENU_AVATAR = [
  '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]', // x-home.html capture
] as const;
export const ACCOUNT_MENU_AVATAR_ = 'feed-en.html: exactly 1, inside the account menu button';
export const AVATAR_TESTID_PREFIX = 'UserAvatar-Container-';
export const AVATAR_TESTID_UNRESOLVED = 'unknown';
