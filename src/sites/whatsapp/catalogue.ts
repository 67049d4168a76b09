import type { CatalogueEntry, Choice, Wording } from '../types';

/**
 * WhatsApp Web privacy settings that decide who sees a family's photos and who can reach the
 * parent. Data only; read by read-settings.ts, checked by tests/sites/whatsapp/settings.test.ts.
 *
 * Where: Settings → Privacy, an in-app drawer (no URL of its own; detect.ts). Each row of the
 * Privacy list shows its current value; clicking it opens a drawer with a radio group.
 *
 * Wording refs. WA_WEB = WhatsApp Web's own production modules, found in the public code index
 * (search-index ids; the index does not reveal the repository): WAWebSettingsFBT (id 53746626735:
 * row titles), WAWebPrivacySettingsDrawer.react (id 53930734422: the Privacy list and the value each
 * row shows), WAWebPrivacyVisibilityEditDrawer.react (ids 54048231284, 61268787376: the Profile
 * picture / About / Groups drawers, their radio-group names and options),
 * WAWebPrivacyLastSeen… drawer (id 53912408165: "Last seen and online", its two radio groups),
 * WAWebStatusPostingUtils (id 53825463677: the Status row's value). Option labels are therefore
 * `platform` (the brief expected `observed`: the bundle was found after it was written).
 * Malay, Chinese and Tamil: not found (localized-strings.md: WhatsApp ships them Superpack-
 * compressed); pages in those languages read 'unverified-language'.
 */

const WA = (module: string): string => `WA_WEB ${module}`;

const EVERYONE: Wording = { lang: 'en', text: 'Everyone', source: 'platform', ref: WA('WAWebPrivacyVisibilityEditDrawer VISIBILITY.all (id 54048231284)') };
const MY_CONTACTS: Wording = { lang: 'en', text: 'My contacts', source: 'platform', ref: WA('WAWebPrivacyVisibilityEditDrawer VISIBILITY.contacts') };
/** "..." ends a prefix wording (read-control matchChoice): the drawer writes it with three dots. */
const MY_CONTACTS_EXCEPT: Wording = { lang: 'en', text: 'My contacts except...', source: 'platform', ref: WA('WAWebPrivacyVisibilityEditDrawer VISIBILITY.contact_blacklist') };
const NOBODY: Wording = { lang: 'en', text: 'Nobody', source: 'platform', ref: WA('WAWebPrivacyVisibilityEditDrawer VISIBILITY.none') };

/**
 * Profile picture, About, Last seen: Everyone / My contacts / My contacts except... / Nobody.
 * "Everyone" is risky: any stranger who has (or guesses) the parent's number sees it — a child's
 * photo as profile picture included.
 */
const VISIBILITY: readonly Choice[] = [
  { verdict: 'risky', wordings: [EVERYONE] },
  { verdict: 'safe', wordings: [MY_CONTACTS] },
  { verdict: 'safe', wordings: [MY_CONTACTS_EXCEPT] },
  { verdict: 'safe', wordings: [NOBODY] },
];

/** Groups ("Who can add me to groups") offers no Nobody (WA_WEB: `groupAdd` drops that option). */
const GROUP_ADD: readonly Choice[] = [
  { verdict: 'risky', wordings: [EVERYONE] },
  { verdict: 'safe', wordings: [MY_CONTACTS] },
  { verdict: 'safe', wordings: [MY_CONTACTS_EXCEPT] },
];

/**
 * Last seen and online: the "Who can see my last seen" group (VISIBILITY) and the "Who can see when
 * I'm online" group (Everyone / Same as last seen). read-settings.ts reads both: the setting is
 * safe only when last seen is not Everyone AND online is "Same as last seen".
 */
const LAST_SEEN: readonly Choice[] = [
  ...VISIBILITY,
  { verdict: 'safe', wordings: [{ lang: 'en', text: 'Same as last seen', source: 'platform', ref: WA('ONLINE_VISIBILITY.match_last_seen (ids 53930734422, 53912408165)') }] },
];

/**
 * Status ("Who can see my status updates"): WhatsApp offers only My contacts / My contacts
 * except... / Only share with... (faq.whatsapp.com/502161774931737; StellarSand). A status is
 * never shown to strangers: only to people in the parent's contacts who also have the parent's
 * number saved. So all three are treated as safe — "My contacts" included, because it is the
 * narrowest audience that needs no list kept by hand; the step text still suggests "Only share
 * with..." for photos of children.
 *
 * "Everyone" is NOT a status option today. It is listed as risky only so that, should WhatsApp add
 * a public status audience, the reader says risky instead of "unrecognised" — and because every
 * choice control in the catalogue names a risky value (tests/architecture/sites-complete.test.ts).
 * The workshop demo page (tests/fixtures/whatsapp/settings-privacy.en.risky.html) shows such an
 * option, marked DEMO ONLY, so that the demo has a risky Status to fix.
 * The status option labels are `observed`: the WA_WEB module that renders them
 * (WAWebStatusPrivacySettingOptionsDrawer, ids 61068495419, 61165908466) was found only with its
 * strings stripped; the wording comes from the FAQ and from many clones of the app.
 */
const STATUS: readonly Choice[] = [
  { verdict: 'risky', wordings: [{ ...EVERYONE, ref: 'WhatsApp\'s "Everyone" for other categories; not a status option today (see above)' }] },
  {
    verdict: 'safe',
    wordings: [
      { lang: 'en', text: 'My contacts', source: 'platform', ref: WA('WAWebStatusPostingUtils StatusPrivacySettingType.Contact (id 53825463677)') },
    ],
  },
  { verdict: 'safe', wordings: [{ lang: 'en', text: 'My contacts except...', source: 'observed', ref: 'faq.whatsapp.com/502161774931737; clones (search-index ids 2054833797, 54929683046)' }] },
  { verdict: 'safe', wordings: [{ lang: 'en', text: 'Only share with...', source: 'observed', ref: 'faq.whatsapp.com/502161774931737; clones (search-index ids 2054833797, 54929683046)' }] },
];

const URL = 'https://web.whatsapp.com/';
const PAGE = 'settings:privacy';

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'whatsapp.profile-photo',
    priority: 1,
    group: 'audience',
    page: PAGE,
    url: URL,
    control: 'radio-group',
    labels: [
      // First English label = what the popup calls the step: WhatsApp Web's own row title.
      { lang: 'en', text: 'Profile picture', source: 'platform', ref: WA('WAWebSettingsFBT privacyProfilePhotoTitle; drawer title (id 54048231284)') },
      // The help centre and the phone apps say "Profile photo" (faq.whatsapp.com/3307102709559968).
      { lang: 'en', text: 'Profile photo', source: 'platform', ref: 'faq.whatsapp.com/3307102709559968 (WhatsApp help page wording)' },
    ],
    choices: VISIBILITY,
    whyKey: 'whatsapp_setting_profile_photo_why',
    stepKey: 'whatsapp_setting_profile_photo_step',
    pathKey: 'whatsapp_setting_profile_photo_path',
  },
  {
    id: 'whatsapp.status',
    priority: 2,
    group: 'audience',
    page: PAGE,
    url: URL,
    control: 'radio-group',
    labels: [{ lang: 'en', text: 'Status', source: 'platform', ref: WA('WAWebSettingsFBT privacyStatusPostingTitle') }],
    choices: STATUS,
    whyKey: 'whatsapp_setting_status_why',
    stepKey: 'whatsapp_setting_status_step',
    pathKey: 'whatsapp_setting_status_path',
  },
  {
    id: 'whatsapp.about',
    priority: 3,
    group: 'audience',
    page: PAGE,
    url: URL,
    control: 'radio-group',
    labels: [{ lang: 'en', text: 'About', source: 'platform', ref: WA('WAWebSettingsFBT privacyAboutTitle; drawer title (id 54048231284)') }],
    choices: VISIBILITY,
    whyKey: 'whatsapp_setting_about_why',
    stepKey: 'whatsapp_setting_about_step',
    pathKey: 'whatsapp_setting_about_path',
  },
  {
    id: 'whatsapp.last-seen',
    priority: 4,
    group: 'audience',
    page: PAGE,
    url: URL,
    control: 'radio-group',
    labels: [
      { lang: 'en', text: 'Last seen and online', source: 'platform', ref: WA('WAWebSettingsFBT privacyLastSeenOnlineEnabledTitle; drawer title (id 53912408165)') },
      // The drawer's two radio groups are named by these (aria-label), not by the title above.
      { lang: 'en', text: 'Who can see my last seen', source: 'platform', ref: WA('last seen drawer radiogroup aria-label (id 53912408165)') },
      { lang: 'en', text: "Who can see when I'm online", source: 'platform', ref: WA('last seen drawer radiogroup aria-label (id 53912408165)') },
    ],
    choices: LAST_SEEN,
    whyKey: 'whatsapp_setting_last_seen_why',
    stepKey: 'whatsapp_setting_last_seen_step',
    pathKey: 'whatsapp_setting_last_seen_path',
  },
  {
    id: 'whatsapp.groups',
    priority: 5,
    group: 'discovery',
    page: PAGE,
    url: URL,
    control: 'radio-group',
    labels: [{ lang: 'en', text: 'Groups', source: 'platform', ref: WA('WAWebSettingsFBT privacyGroupsTitle; drawer "Who can add me to groups" (id 54048231284)') }],
    choices: GROUP_ADD,
    whyKey: 'whatsapp_setting_groups_why',
    stepKey: 'whatsapp_setting_groups_step',
    pathKey: 'whatsapp_setting_groups_path',
  },
];
