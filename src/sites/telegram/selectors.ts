/**
 * Telegram Web selectors, beyond what the shared engine (common/selectors.ts) knows. Ids and roles
 * only: both clients' class names (`ListItem-button`, `row-subtitle`) are readable today but are
 * styling, not contract, and Jaga never relies on class names. Each exported selector `X` is paired
 * with `X_`: how many matches to expect on Jaga's own fixtures (tests/sites/telegram/settings.test.ts),
 * never on live pages.
 */

/**
 * The settings column: where Settings → Privacy and Security is drawn. Labels and values are read only
 * inside it, so a chat message or a poll in the conversation column ("Who can see my phone number?
 * Nobody!", a poll with Everybody / My Contacts / Nobody radios) is never read as a setting.
 */
export const SETTINGS_COLUMN = [
  '#LeftColumn', // WebA: telegram-tt renders the left column (chat list, settings) with this id
  '#column-left', // WebK: tweb's left sidebar (chat list, settings tabs)
] as const;
export const SETTINGS_COLUMN_ = 'exactly 1 on every settings fixture (0 on a page with neither client)';

/**
 * A row on the list screen: the question and, as the next element, its current value.
 * WebA: ListItem `div[role=button] > div > span.title + span.subtitle` (telegram-tt ListItem.tsx,
 * SettingsPrivacy.tsx); WebK: Row `div > div.row-title + div.row-subtitle` (tweb row.ts,
 * privacyAndSecurity.tsx). Read structurally in read-settings.ts: the label element's next element
 * sibling is the value when the pair's parent holds nothing else with text and no control.
 */
export const ROW_BUTTON = [
  '[role="button"]', // WebA ListItem-button; the guide points at the whole row
  '[tabindex]', // WebK rows are focusable clickable containers
  'a[href]', // a row rendered as a link
] as const;
export const ROW_BUTTON_ = 'one around each question row on the list fixtures; none around section titles';
