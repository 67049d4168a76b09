import type { CatalogueEntry, Choice } from '../types';

/**
 * X settings that decide who sees a family's posts and photos. Data only; read by read-settings.ts
 * (engine + the X-specific rows in selectors.ts), checked by tests/sites/x/settings.test.ts.
 *
 * Wording: X is the one platform whose Malay, Chinese and Tamil UI strings are known from X's own
 * web bundle. Refs: X_WEB = DzikStar/X-SCRAPER @9cd43d520a5e (2025-07-01) client-web/i18n/{en,ms,zh,ta}.js,
 * the production web i18n bundles, cited by string key; TW_AND = WhiteSnow00/twitter_mod @3ffed4bdc01c
 * (2022-11-24), decompiled Twitter for Android `settings_protected_title` (pre-rebrand "Tweets"
 * wording, still matched: accounts and caches lag behind renames). Screens and controls:
 * X-SCRAPER client-web/ondemand/SettingsRevamp-*.js (AUDIENCE_AND_TAGGING_SCREEN,
 * YOUR_TWEETS_SCREEN, SETTINGS_LOCATION_SCREEN, SETTINGS_CONTACTS_SCREEN).
 */

/**
 * Photo tagging's three values (`allow_media_tagging`: all / following / none), as the Audience and
 * tagging screen shows them under the "Photo tagging" row.
 *
 * "Only people you follow can tag you" is RISKY on purpose: it is not maximum privacy for a child's
 * photos. Anyone the parent follows — a brand, a school page, an acquaintance, an account that
 * follows back to be followed — can still tag the parent, which links photos the parent does not
 * control (a class photo, a party) to the parent's name and profile. Only "Off" stops that.
 */
const PHOTO_TAGGING_CHOICES: readonly Choice[] = [
  {
    verdict: 'risky',
    wordings: [
      { lang: 'en', text: 'Anyone can tag you', source: 'platform', ref: 'X_WEB key d165c992 (R.all)' },
      { lang: 'ms', text: 'Sesiapa boleh teg anda', source: 'platform', ref: 'X_WEB key d165c992' },
      { lang: 'zh', text: '任何人都能圈出你', source: 'platform', ref: 'X_WEB key d165c992' },
      { lang: 'ta', text: 'யாரும் உங்களை இணைக்கலாம்', source: 'platform', ref: 'X_WEB key d165c992' },
    ],
  },
  {
    verdict: 'risky',
    wordings: [
      { lang: 'en', text: 'Only people you follow can tag you', source: 'platform', ref: 'X_WEB key ea339390 (R.following)' },
      { lang: 'ms', text: 'Hanya orang yang anda ikuti boleh teg anda.', source: 'platform', ref: 'X_WEB key ea339390 (trailing full stop in ms)' },
      { lang: 'zh', text: '只有你关注的人能圈出你', source: 'platform', ref: 'X_WEB key ea339390' },
      { lang: 'ta', text: 'நீங்கள் பின்தொடர்பவர்கள் மட்டும் உங்களை இணைக்க முடியும்', source: 'platform', ref: 'X_WEB key ea339390' },
    ],
  },
  {
    verdict: 'safe',
    wordings: [
      { lang: 'en', text: 'Off', source: 'platform', ref: 'X_WEB key e3a761ee (R.none)' },
      { lang: 'ms', text: 'Matikan', source: 'platform', ref: 'X_WEB key e3a761ee' },
      { lang: 'zh', text: '关闭', source: 'platform', ref: 'X_WEB key e3a761ee' },
      { lang: 'ta', text: 'ஆஃப்', source: 'platform', ref: 'X_WEB key e3a761ee' },
    ],
  },
];

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'x.protect-posts',
    priority: 1,
    group: 'audience',
    page: 'settings:audience_and_tagging',
    url: 'https://x.com/settings/audience_and_tagging',
    control: 'checkbox',
    labels: [
      { lang: 'en', text: 'Protect your posts', source: 'platform', ref: 'X_WEB key b5c85d2c' },
      { lang: 'en', text: 'Protect your Tweets', source: 'observed', ref: 'platforms.md X ("formerly Protect your Tweets")' },
      { lang: 'ms', text: 'Lindungi siaran anda', source: 'platform', ref: 'X_WEB key b5c85d2c' },
      { lang: 'ms', text: 'Lindungi Tweet anda', source: 'platform', ref: 'TW_AND settings_protected_title (2022)' },
      { lang: 'zh', text: '将你的帖子设为私密', source: 'platform', ref: 'X_WEB key b5c85d2c' },
      { lang: 'zh', text: '保护你的推文', source: 'platform', ref: 'TW_AND settings_protected_title (2022)' },
      { lang: 'ta', text: 'உங்கள் இடுகைகளைப் பாதுகாக்கவும்', source: 'platform', ref: 'X_WEB key b5c85d2c' },
      { lang: 'ta', text: 'உங்கள் கீச்சுகளைப் பாதுகாத்திடுங்கள்', source: 'platform', ref: 'TW_AND settings_protected_title (2022)' },
    ],
    safeWhenOn: true,
    whyKey: 'x_setting_protect_posts_why',
    stepKey: 'x_setting_protect_posts_step',
    pathKey: 'x_setting_protect_posts_path',
  },
  {
    id: 'x.photo-tagging',
    priority: 2,
    group: 'tagging',
    // The value lives on /settings/tagging, where the parent changes it: a "Photo tagging" checkbox
    // (ticked = others can tag; both ticked values are risky, see PHOTO_TAGGING_CHOICES). The
    // Audience and tagging screen also shows the current value as the row's description; X's
    // read-settings.ts reads it there too (AUDIENCE_TAGGING_ROW in selectors.ts).
    page: 'settings:tagging',
    url: 'https://x.com/settings/tagging',
    control: 'checkbox',
    labels: [
      { lang: 'en', text: 'Photo tagging', source: 'platform', ref: 'X_WEB key f56d108e' },
      { lang: 'ms', text: 'Pengetagan foto', source: 'platform', ref: 'X_WEB key f56d108e (same in TW_AND 2022)' },
      { lang: 'zh', text: '照片圈人', source: 'platform', ref: 'X_WEB key f56d108e (same in TW_AND 2022)' },
      { lang: 'ta', text: 'புகைப்படம் இணைத்தல்', source: 'platform', ref: 'X_WEB key f56d108e (same in TW_AND 2022)' },
    ],
    safeWhenOn: false,
    choices: PHOTO_TAGGING_CHOICES,
    whyKey: 'x_setting_photo_tagging_why',
    stepKey: 'x_setting_photo_tagging_step',
    pathKey: 'x_setting_photo_tagging_path',
  },
  {
    id: 'x.post-location',
    priority: 3,
    group: 'discovery',
    // SETTINGS_LOCATION_SCREEN: the screen title and the checkbox label are the same string
    // (fcb6a5b8 twice); "Your posts" (/settings/your_tweets) only links here.
    page: 'settings:location',
    url: 'https://x.com/settings/location',
    control: 'checkbox',
    labels: [
      { lang: 'en', text: 'Add location information to your posts', source: 'platform', ref: 'X_WEB key fcb6a5b8' },
      { lang: 'ms', text: 'Tambahkan maklumat lokasi pada siaran anda', source: 'platform', ref: 'X_WEB key fcb6a5b8' },
      { lang: 'zh', text: '向你的帖子添加位置信息', source: 'platform', ref: 'X_WEB key fcb6a5b8' },
      { lang: 'ta', text: 'உங்கள் இடுகைகளில் அமைவிடத் தகவல்களைச் சேர்க்கவும்', source: 'platform', ref: 'X_WEB key fcb6a5b8' },
    ],
    safeWhenOn: false,
    whyKey: 'x_setting_post_location_why',
    stepKey: 'x_setting_post_location_step',
    pathKey: 'x_setting_post_location_path',
  },
  {
    id: 'x.discoverability-email',
    priority: 4,
    group: 'discovery',
    // SETTINGS_CONTACTS_SCREEN checkbox `discoverable_by_email` (label key eca117e6, whose bundle
    // strings were not read). English from code written against the live screen; Malay, Chinese and
    // Tamil are not known, so those pages read 'unverified-language'.
    page: 'settings:contacts',
    url: 'https://x.com/settings/contacts',
    control: 'checkbox',
    labels: [
      { lang: 'en', text: 'Let people who have your email address find you on X', source: 'observed', ref: 'search-index ids 19470644502, 53296225690' },
      { lang: 'en', text: 'Let people who have your email address find you on Twitter', source: 'observed', ref: 'search-index ids 2757328489, 26459675878 (pre-rebrand)' },
    ],
    safeWhenOn: false,
    whyKey: 'x_setting_discoverability_email_why',
    stepKey: 'x_setting_discoverability_email_step',
    pathKey: 'x_setting_discoverability_email_path',
  },
  {
    id: 'x.discoverability-phone',
    priority: 5,
    group: 'discovery',
    // SETTINGS_CONTACTS_SCREEN checkbox `discoverable_by_mobile_phone` (label key gd8511ca).
    page: 'settings:contacts',
    url: 'https://x.com/settings/contacts',
    control: 'checkbox',
    labels: [
      { lang: 'en', text: 'Let people who have your phone number find you on X', source: 'observed', ref: 'search-index ids 19470644502, 53296225690' },
      { lang: 'en', text: 'Let people who have your phone number find you on Twitter', source: 'observed', ref: 'search-index ids 2757328489, 42567791234 (pre-rebrand)' },
    ],
    safeWhenOn: false,
    whyKey: 'x_setting_discoverability_phone_why',
    stepKey: 'x_setting_discoverability_phone_step',
    pathKey: 'x_setting_discoverability_phone_path',
  },
];
