/**
 * WhatsApp Web selectors, beyond what the shared engine (common/selectors.ts) knows. Roles, aria-*,
 * tag names and WhatsApp's long-stable pane ids only: WhatsApp's class names (`x1n2onr6 x78zum5`,
 * StyleX output) are generated, and its data-testid values are stripped from production builds
 * (`"data-testid": void 0` throughout the WA_WEB modules cited in catalogue.ts). Each exported
 * selector `X` is paired with `X_`: how many matches to expect on Jaga's own fixtures, checked in
 * tests/sites/whatsapp/settings.test.ts — never against live pages.
 *
 * What WhatsApp renders (WA_WEB modules, see catalogue.ts):
 * - Privacy list: each row is a WAWebDrawerItem — `div[role=button][tabindex=0]` holding a title
 *   div ("Profile picture") and, beside it, a div with the current value ("Everyone").
 * - A setting's drawer: a header title, a section title, then `div[role=radiogroup]` whose
 *   aria-label is the question ("Who can see my profile picture"). Each option is a
 *   WAWebPrivacyVisibilityOption: a button holding `button[role=radio][aria-checked][aria-label=""]`
 *   (an icon, no name of its own) and, beside it, a span with the option's text.
 */

/** A setting's radio group, named by its question. */
export const RADIO_GROUP = [
  '[role="radiogroup"]', // WA_WEB: every privacy drawer renders `div[role=radiogroup][aria-label=…]`
  'fieldset', // a native group, should WhatsApp move to <input type=radio>
] as const;
export const RADIO_GROUP_ = '1 per setting on the panel fixtures (2 for last seen), 0 on the list fixtures';

/** One option's radio inside a group. */
export const RADIO = [
  '[role="radio"]', // WA_WEB WAWebCheckBoxRound with radio: `button[role=radio][aria-checked]`
  'input[type="radio"]', // WA_WEB WAWebRadio/WDSBaseRadio (other WhatsApp radio lists) may render a native radio
] as const;
export const RADIO_ = '3 or 4 per group (2 in the online group)';

/** A row of the Privacy list (title + current value). */
export const PRIVACY_ROW = [
  '[role="button"]', // WA_WEB WAWebDrawerItem: `div[role=button]` whenever the row has an onClick
  'button', // should the row become a native button
] as const;
export const PRIVACY_ROW_ = '1 per setting on the list fixtures, 0 on the panel fixtures';

/**
 * Chats: the chat list and the open conversation. Their text is people's messages and chat names —
 * never a setting's label or value (a group chat named "Profile picture" whose last message is
 * "Nobody" must not read as safe). Nothing inside is read.
 */
export const CHAT_REGIONS = [
  '#pane-side', // the chat list's scroll pane: id used by WhatsApp Web automation for years (search-index ids 59059627025, 53394990215)
  '#main', // the open conversation (same sources: `document.querySelector('#main')`)
  '[role="grid"]', // the chat list is a grid of rows (search-index id 52510760818: 'div[role="grid"] div[role="row"]')
  '[role="row"]', // one chat in the list; messages in a conversation
  '[role="listitem"]', // older chat list rows (same source)
] as const;
export const CHAT_REGIONS_ = '1 chat list with decoy chats on the panel and list fixtures';

/**
 * The Privacy list is the place where several privacy rows stand together: a row counts only when
 * rows of at least this many different settings are on screen. One stray "About" button elsewhere
 * in the app (a contact's info, a chat named "Groups") is not the Privacy list.
 */
export const MIN_PRIVACY_ROWS = 3;
