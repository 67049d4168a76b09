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
 * Chats inside the settings column: both clients draw the chat list, its search results and forum
 * topics in the same column as Settings, and keep them in the page while Settings is open. Their
 * text is chat names, senders and message previews — a group named "Who can see my phone number?"
 * whose last message is "Nobody" — never a setting's label or value. Nothing inside is read.
 * Neither client gives these an ARIA role; ids first, then a class or a structural fact where no
 * id exists (each says so, with its source).
 */
export const CHAT_REGIONS = [
  // WebA LeftMain.tsx: `<div id="LeftColumn-main">` holds the header search, chat folders and lists,
  // global search results (chats, messages), contacts and the forum panel. LeftColumn.tsx keeps it
  // mounted behind Settings (`<Transition … shouldCleanup cleanupExceptionKey={ContentType.Main}>`).
  '#LeftColumn-main',
  // WebK index.hbs: `#chatlist-container` (folders and their chat lists; appDialogsManager's
  // chatsContainer) and `#search-container` (global search: chats, messages), inside the
  // `.item-main` slider tab that stays in the DOM behind an open Settings tab.
  '#chatlist-container',
  '#search-container',
  // WebK archivedTab.ts: `this.container.id = 'chats-archived-container'` (the archived chat list tab).
  '#chats-archived-container',
  // Class, no id: WebA ChatList.tsx renders every chat list as `InfiniteScroll className="chat-list
  // custom-scroll"` — the one thing that marks the archived list (ArchivedChats.tsx has no id).
  '.chat-list',
  // Class, no id: WebK appDialogsManager.ts start() appends forum topic lists to `.item-main` in a
  // `div.topics-slider`, beside (not inside) #chatlist-container.
  '.topics-slider',
  // Structural: every WebK chat or topic row is a DialogElement, a Row built `asLink` (an <a>,
  // appDialogsManager.ts DIALOG_LIST_ELEMENT_TAG = 'A') with `href="#<peerId>"` and
  // `data-peer-id` — wherever a chat list is drawn. No settings row carries a peer id.
  'a[data-peer-id]',
] as const;
export const CHAT_REGIONS_ =
  'on the *.chats.html fixtures: WebK 8 (#chatlist-container, #search-container, 6 chat rows), WebA 2 (#LeftColumn-main, its .chat-list); 0 on the others';

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
