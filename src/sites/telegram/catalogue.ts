import type { CatalogueEntry, Choice, Wording } from '../types';

/**
 * Telegram Web privacy settings that decide who sees a family's photos, numbers and details, and who
 * can pull the parent into groups. Data only; read by read-settings.ts, checked by
 * tests/sites/telegram/settings.test.ts.
 *
 * Both web clients show the same questions (Settings → Privacy and Security): Telegram WebA
 * (web.telegram.org/a, Ajaxy/telegram-tt `SettingsPrivacy.tsx`, `SettingsPrivacyVisibility.tsx`) and
 * Telegram WebK (web.telegram.org/k, morethanwords/tweb `sidebarLeft/tabs/privacyAndSecurity.tsx`,
 * `components/privacySection.ts`). The list screen shows each question as a row with its current
 * value ("My Contacts"); the row opens a screen with the question as a section title over radios
 * (Everybody / My Contacts / Nobody).
 *
 * Wording refs:
 * - TG_MS: Telegram's own Malay pack as dumped by UnigramDev/Unigram @33f2babffc22 (2023-03-09),
 *   `Telegram/Strings/ms/Resources.resw` (Android keys), provenance `platform`.
 * - TG_ZH: the community pack *classic-zh-cn* (telegram-zhCN/telegram-language-resources
 *   @30eecead30f9, 2020-12-13) that Chinese-reading users apply, since Telegram ships no official
 *   Simplified Chinese: `observed` (it is what those users see), never `platform`.
 * - No Tamil pack exists (official or community): Tamil pages read 'unverified-language'.
 *
 * Values: WebA shows Android-pack keys P2PEverybody / P2PContacts / P2PNobody (ms, zh below). WebK
 * shows macOS-pack keys PrivacySettingsController.Everbody / .MyContacts / .Nobody: their zh strings
 * are the same as the Android ones, but their Malay strings were NOT found. A Malay WebK page whose
 * values differ from the Android wording below therefore reads 'unrecognised-value' (unknown), never a
 * guess. Extra Malay forms LastSeenEverybody "Semua orang" / LastSeenNobody "Tiada siapa" are also
 * Telegram's own strings for the same values (Android last-seen screen, Desktop).
 */

const EVERYBODY: readonly Wording[] = [
  { lang: 'en', text: 'Everybody', source: 'platform', ref: 'telegram-tt P2PEverybody; tweb PrivacySettingsController.Everbody' },
  { lang: 'ms', text: 'Setiap orang', source: 'platform', ref: 'TG_MS P2PEverybody' },
  { lang: 'ms', text: 'Semua orang', source: 'platform', ref: 'TG_MS LastSeenEverybody' },
  { lang: 'zh', text: '所有人', source: 'observed', ref: 'TG_ZH (community pack) P2PEverybody, macOS PrivacySettingsController.Everbody' },
];
const MY_CONTACTS: readonly Wording[] = [
  { lang: 'en', text: 'My Contacts', source: 'platform', ref: 'telegram-tt P2PContacts; tweb PrivacySettingsController.MyContacts' },
  { lang: 'ms', text: 'Kenalan Saya', source: 'platform', ref: 'TG_MS P2PContacts, LastSeenContacts' },
  { lang: 'zh', text: '我的联系人', source: 'observed', ref: 'TG_ZH (community pack) P2PContacts, macOS PrivacySettingsController.MyContacts' },
];
const NOBODY: readonly Wording[] = [
  { lang: 'en', text: 'Nobody', source: 'platform', ref: 'telegram-tt P2PNobody; tweb PrivacySettingsController.Nobody' },
  { lang: 'ms', text: 'Tiada orang', source: 'platform', ref: 'TG_MS P2PNobody' },
  { lang: 'ms', text: 'Tiada siapa', source: 'platform', ref: 'TG_MS LastSeenNobody; Desktop lng_edit_privacy_nobody' },
  { lang: 'zh', text: '不允许任何人', source: 'observed', ref: 'TG_ZH (community pack) P2PNobody, macOS PrivacySettingsController.Nobody' },
];

/**
 * Everybody / My Contacts / Nobody. Order matters to the guided walk: the first safe English wording
 * is what the in-page guide asks the parent to pick.
 */
const AUDIENCE: readonly Choice[] = [
  { verdict: 'risky', wordings: EVERYBODY },
  { verdict: 'safe', wordings: MY_CONTACTS },
  { verdict: 'safe', wordings: NOBODY },
];

/** "Who can find me by my number?" offers only Everybody / My Contacts (telegram-tt: no Nobody for AddByPhone). */
const FIND_BY_NUMBER: readonly Choice[] = [
  { verdict: 'risky', wordings: EVERYBODY },
  { verdict: 'safe', wordings: MY_CONTACTS },
];

/** Telegram Web is one app page: every setting lives on it, reached in-app (no per-setting URL). */
const PAGE = 'settings:privacy';
const URL = 'https://web.telegram.org/k/';

function entry(
  name: string,
  priority: number,
  group: CatalogueEntry['group'],
  labels: readonly Wording[],
  choices: readonly Choice[] = AUDIENCE,
): CatalogueEntry {
  const key = name.replace(/-/g, '_');
  return {
    id: `telegram.${name}`,
    priority,
    group,
    page: PAGE,
    url: URL,
    control: 'radio-group',
    labels,
    choices,
    whyKey: `telegram_setting_${key}_why`,
    stepKey: `telegram_setting_${key}_step`,
    pathKey: `telegram_setting_${key}_path`,
  };
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  entry('profile-photo', 1, 'audience', [
    { lang: 'en', text: 'Who can see my profile photos?', source: 'platform', ref: 'telegram-tt/tweb PrivacyProfilePhotoTitle (row title and section title)' },
    { lang: 'en', text: 'Who can see my profile photos & videos?', source: 'observed', ref: 'platforms.md Telegram (newer wording)' },
    { lang: 'ms', text: 'Siapa boleh lihat foto profil saya?', source: 'platform', ref: 'TG_MS PrivacyProfilePhotoTitle' },
    { lang: 'zh', text: '谁可以看到我的头像？', source: 'observed', ref: 'TG_ZH (community pack) PrivacyProfilePhotoTitle' },
  ]),
  entry('bio', 2, 'audience', [
    // The sub-screen's section title (telegram-tt PrivacyBioTitle; tweb 'Privacy.Bio' without "?").
    // The list row says only "Bio": too short to be a safe match key, so the list row is not read.
    { lang: 'en', text: 'Who can see my bio?', source: 'platform', ref: 'telegram-tt PrivacyBioTitle; tweb lang.ts Privacy.Bio' },
  ]),
  entry('birthday', 3, 'audience', [
    // Sub-screen section title; the list row says "Date of Birth" (not read, see bio).
    { lang: 'en', text: 'Who can see my date of birth?', source: 'observed', ref: 'StellarSand privacy-settings Telegram.md ("Date of Birth > Who can see my date of birth")' },
  ]),
  entry('phone-number', 4, 'audience', [
    { lang: 'en', text: 'Who can see my phone number?', source: 'platform', ref: 'telegram-tt/tweb PrivacyPhoneTitle' },
    { lang: 'ms', text: 'Siapa yang boleh lihat nombor fon saya?', source: 'platform', ref: 'TG_MS PrivacyPhoneTitle' },
    { lang: 'zh', text: '谁可以看到我的手机号码？', source: 'observed', ref: 'TG_ZH (community pack) PrivacyPhoneTitle' },
  ]),
  entry('forwards', 5, 'tagging', [
    { lang: 'en', text: 'Who can add a link to my account when forwarding my messages?', source: 'platform', ref: 'telegram-tt/tweb PrivacyForwardsTitle' },
    { lang: 'ms', text: 'Siapa boleh tambah link ke akaun saya bila majukan mesej saya?', source: 'platform', ref: 'TG_MS PrivacyForwardsTitle' },
    { lang: 'zh', text: '谁可以在转发我的消息时附加我的帐号链接？', source: 'observed', ref: 'TG_ZH (community pack) PrivacyForwardsTitle' },
  ]),
  entry('groups', 6, 'discovery', [
    { lang: 'en', text: 'Who can add me to group chats?', source: 'platform', ref: 'telegram-tt/tweb WhoCanAddMe' },
    { lang: 'ms', text: 'Siapa yang boleh tambah saya ke grup bual?', source: 'platform', ref: 'TG_MS WhoCanAddMe' },
    { lang: 'zh', text: '谁可以邀请我进入群组？', source: 'observed', ref: 'TG_ZH (community pack) WhoCanAddMe' },
  ]),
  // Shown on the phone number screen only while "Who can see my phone number?" is Nobody (WebA
  // renders it then; WebK keeps it hidden otherwise and resets it to Everybody, which is what
  // Telegram does in effect: a visible number can be searched). The zh wording was not found.
  entry('phone-find', 7, 'discovery', [
    { lang: 'en', text: 'Who can find me by my number?', source: 'platform', ref: 'telegram-tt/tweb PrivacyPhoneTitle2' },
    { lang: 'ms', text: 'Siapa boleh cari saya dengan nombor saya?', source: 'platform', ref: 'TG_MS PrivacyPhoneTitle2 (UnigramDev/Unigram ms/Resources.resw)' },
  ], FIND_BY_NUMBER),
];
