import type { CatalogueEntry, Choice, Provenance, UiLang, Wording } from '../types';

/**
 * The Facebook settings that decide who sees a parent's photos of their children, in guided order.
 *
 * Wordings and where they come from (reference/platforms.md, reference/localized-strings.md):
 * - English labels are `observed`: StellarSand's Facebook privacy guide (which quotes the live UI),
 *   the PI Facebook guide, and a privacy scanner's Facebook fixer (code index file 28791826000,
 *   "Trend scan" in platforms.md) that drives the live settings pages and records the label of
 *   each setting it changes, old and new wording.
 * - Chinese: no settings LABEL is verified (localized-strings.md: only an article's quote of an
 *   older UI, [unverified]), so every label here has no `zh` match key and a Chinese page reads
 *   'unverified-language'. The audience VALUES are verified in Chinese ([code]: a clone copying FB's
 *   own markup, and automation written against the live zh_CN UI) and are kept, `observed`, so the
 *   choices work the day a label is verified.
 * - Malay: only a machine-translated article exists; kept as `translation` (never matched), so a
 *   Malay page reads 'unverified-language'. That is the honest answer until someone checks the live UI.
 * - Tamil: nothing found.
 */

const STELLAR = 'StellarSand Facebook.md (platforms.md)';
const PI = 'PI Facebook_guide.md (platforms.md)';
const SCANNER = 'privacy-scanner FB fixer, code index 28791826000 (platforms.md "Trend scan")';
const FB_POST_EDIT = 'platforms.md FB post editing 2024–26 [code]';

function w(lang: UiLang, text: string, source: Provenance, ref: string): Wording {
  return { lang, text, source, ref };
}
const en = (text: string, ref: string): Wording => w('en', text, 'observed', ref);

// ---------------------------------------------------------------------------------------------
// Audience values. "Friends except..." and "好友，除了..." end in an ellipsis: the page appends the
// excluded names ("Friends except: Ali, Mei"), so they match as a prefix (read-control.ts).

const PUBLIC: Wording[] = [
  en('Public', FB_POST_EDIT),
  w('zh', '公开', 'observed', 'localized-strings.md FB_CLONE_ZH, FB_AUTO_ZH'),
  w('ms', 'Awam', 'translation', 'localized-strings.md FB_MT_MS (machine translation)'),
];
const EVERYONE: Wording[] = [en('Everyone', STELLAR)];
const FRIENDS: Wording[] = [
  en('Friends', FB_POST_EDIT),
  w('zh', '好友', 'observed', 'localized-strings.md FB_CLONE_ZH'),
  w('zh', '你的好友', 'observed', 'localized-strings.md FB_AUTO_ZH'),
  w('ms', 'Rakan-rakan', 'translation', 'localized-strings.md FB_MT_MS (machine translation)'),
];
const FRIENDS_EXCEPT: Wording[] = [
  en('Friends except...', FB_POST_EDIT),
  w('zh', '好友，除了...', 'observed', 'localized-strings.md FB_CLONE_ZH'),
  w('ms', 'Rakan-rakan kecuali...', 'translation', 'localized-strings.md FB_MT_MS (machine translation)'),
];
const SPECIFIC_FRIENDS: Wording[] = [
  en('Specific friends', 'localized-strings.md FB table (English UI row)'),
  w('zh', '指定好友', 'observed', 'localized-strings.md FB_CLONE_ZH'),
];
const ONLY_ME: Wording[] = [
  en('Only me', FB_POST_EDIT),
  w('zh', '仅限自己', 'observed', 'localized-strings.md FB_CLONE_ZH'),
];
/**
 * Friends of friends is NOT maximum privacy: it reaches every friend of every friend, typically
 * tens of thousands of people the parent has never met. It reads `risky`.
 */
const FRIENDS_OF_FRIENDS: Wording[] = [
  en('Friends of friends', STELLAR),
  en('Your friends of friends', FB_POST_EDIT),
];

const safe = (wordings: Wording[]): Choice => ({ verdict: 'safe', wordings });
const risky = (wordings: Wording[]): Choice => ({ verdict: 'risky', wordings });

/**
 * Post-like audiences where Friends is already the maximum-privacy answer (platforms.md: future
 * posts "Friends (or Only me)"). "Custom" is left out on purpose: a custom list can include
 * anyone, and the button does not say whom, so it reads `unknown` ('unrecognised-value').
 */
const FRIENDS_OR_NARROWER: Choice[] = [
  risky(PUBLIC),
  risky(EVERYONE),
  risky(FRIENDS_OF_FRIENDS),
  safe(FRIENDS),
  safe(FRIENDS_EXCEPT),
  safe(SPECIFIC_FRIENDS),
  safe(ONLY_ME),
];

/** Settings whose maximum privacy is "Only me" (platforms.md): anything wider reads `risky`. */
const ONLY_ME_IS_SAFE: Choice[] = [
  risky(PUBLIC),
  risky(EVERYONE),
  risky(FRIENDS_OF_FRIENDS),
  risky(FRIENDS),
  risky(FRIENDS_EXCEPT),
  risky(SPECIFIC_FRIENDS),
  safe(ONLY_ME),
];

/** Who can follow me: Facebook offers Public or Friends. */
const FOLLOW: Choice[] = [risky(PUBLIC), risky(EVERYONE), safe(FRIENDS)];

/**
 * Look-up by email / phone: the scanner's fixer offers three values (Everyone, Friends of friends,
 * Friends); "Only me" is accepted as safe in case Facebook shows it (platforms.md: "No one / Only me").
 */
const LOOKUP: Choice[] = [risky(PUBLIC), risky(EVERYONE), risky(FRIENDS_OF_FRIENDS), safe(FRIENDS), safe(ONLY_ME)];

// ---------------------------------------------------------------------------------------------

const SETTINGS = 'https://www.facebook.com/settings/';

function keys(name: string): Pick<CatalogueEntry, 'whyKey' | 'stepKey' | 'pathKey'> {
  const k = name.replace(/-/g, '_');
  return { whyKey: `facebook_setting_${k}_why`, stepKey: `facebook_setting_${k}_step`, pathKey: `facebook_setting_${k}_path` };
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'facebook.future-posts-audience',
    priority: 1,
    group: 'audience',
    page: 'settings:posts',
    url: `${SETTINGS}?tab=posts`,
    control: 'privacy-button',
    labels: [
      en('Who can see your future posts?', `${STELLAR}; ${PI}; ${SCANNER}`),
      w('zh', '谁能看见你今后的发帖?', 'translation', 'localized-strings.md FB_ART_ZH (third-party article, older UI)'),
      w('ms', 'Siapa yang dapat melihat siaran masa depan anda?', 'translation', 'localized-strings.md FB_MT_MS (machine translation)'),
    ],
    choices: FRIENDS_OR_NARROWER,
    ...keys('future-posts'),
  },
  {
    id: 'facebook.stories-audience',
    priority: 2,
    group: 'audience',
    page: 'settings:stories',
    url: `${SETTINGS}?tab=stories`,
    control: 'privacy-button',
    labels: [en('Who can see your stories?', STELLAR)],
    choices: FRIENDS_OR_NARROWER,
    ...keys('stories-audience'),
  },
  {
    id: 'facebook.share-to-story',
    priority: 3,
    group: 'audience',
    page: 'settings:profile_and_tagging',
    url: `${SETTINGS}?tab=profile_and_tagging`,
    control: 'switch',
    labels: [en('Allow others to share your posts to their story?', STELLAR)],
    safeWhenOn: false,
    ...keys('share-to-story'),
  },
  {
    id: 'facebook.tagged-posts-visibility',
    priority: 4,
    group: 'tagging',
    page: 'settings:profile_and_tagging',
    url: `${SETTINGS}?tab=profile_and_tagging`,
    control: 'privacy-button',
    labels: [
      en("Who can see posts that you're tagged in on your profile?", STELLAR),
      en("Who can see posts you're tagged in on your profile?", SCANNER),
    ],
    choices: ONLY_ME_IS_SAFE,
    ...keys('tagged-posts-visibility'),
  },
  {
    id: 'facebook.tag-audience-expansion',
    priority: 5,
    group: 'tagging',
    page: 'settings:profile_and_tagging',
    url: `${SETTINGS}?tab=profile_and_tagging`,
    control: 'privacy-button',
    labels: [
      en(
        "When you're tagged in a post, who do you want to add to the audience of the post if they can't already see it?",
        STELLAR,
      ),
    ],
    choices: ONLY_ME_IS_SAFE,
    ...keys('tag-audience-expansion'),
  },
  {
    id: 'facebook.review-tagged-posts',
    priority: 6,
    group: 'tagging',
    page: 'settings:profile_and_tagging',
    url: `${SETTINGS}?tab=profile_and_tagging`,
    control: 'switch',
    labels: [
      en("Review posts that you're tagged in before the post appears on your profile?", STELLAR),
      en("Review posts you're tagged in before the post appears on your profile?", SCANNER),
    ],
    safeWhenOn: true,
    ...keys('review-tagged-posts'),
  },
  {
    id: 'facebook.review-tags',
    priority: 7,
    group: 'tagging',
    page: 'settings:profile_and_tagging',
    url: `${SETTINGS}?tab=profile_and_tagging`,
    control: 'switch',
    labels: [
      en('Review tags that friends add to your posts before the tags appear on Facebook?', STELLAR),
      en('Review tags people add to your posts before the tags appear on Facebook?', SCANNER),
    ],
    safeWhenOn: true,
    ...keys('review-tags'),
  },
  {
    id: 'facebook.friends-list-visibility',
    priority: 8,
    group: 'discovery',
    page: 'settings:how_people_find_and_contact_you',
    url: `${SETTINGS}?tab=how_people_find_and_contact_you`,
    control: 'privacy-button',
    labels: [en('Who can see your friends list?', `${STELLAR}; ${PI}`)],
    choices: ONLY_ME_IS_SAFE,
    ...keys('friends-list-visibility'),
  },
  {
    id: 'facebook.who-can-follow',
    priority: 9,
    group: 'discovery',
    page: 'settings:followers_and_public_content',
    url: `${SETTINGS}?tab=followers_and_public_content`,
    control: 'privacy-button',
    labels: [en('Who can follow me', STELLAR)],
    choices: FOLLOW,
    ...keys('who-can-follow'),
  },
  {
    id: 'facebook.search-engine-link',
    priority: 10,
    group: 'discovery',
    page: 'settings:how_people_find_and_contact_you',
    url: `${SETTINGS}?tab=how_people_find_and_contact_you`,
    control: 'switch',
    labels: [
      en('Do you want search engines outside of Facebook to link to your profile?', `${STELLAR}; ${SCANNER}`),
      en('Allow search engines outside of Facebook to link to your profile', SCANNER),
    ],
    safeWhenOn: false,
    ...keys('search-engine-link'),
  },
  {
    id: 'facebook.lookup-email',
    priority: 11,
    group: 'discovery',
    page: 'settings:how_people_find_and_contact_you',
    url: `${SETTINGS}?tab=how_people_find_and_contact_you`,
    control: 'privacy-button',
    labels: [en('Who can look you up using the email address you provided?', SCANNER)],
    choices: LOOKUP,
    ...keys('lookup-email'),
  },
  {
    id: 'facebook.lookup-phone',
    priority: 12,
    group: 'discovery',
    page: 'settings:how_people_find_and_contact_you',
    url: `${SETTINGS}?tab=how_people_find_and_contact_you`,
    control: 'privacy-button',
    labels: [en('Who can look you up using the phone number you provided?', SCANNER)],
    choices: LOOKUP,
    ...keys('lookup-phone'),
  },
];
