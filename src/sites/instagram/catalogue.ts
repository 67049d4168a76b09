import type { CatalogueEntry } from '../types';

/**
 * Instagram settings that decide who sees a family's photos. Data only; read by read-settings.ts
 * through the shared engine and checked by tests/sites/instagram/settings.test.ts.
 *
 * Wording: only English is known. localized-strings.md found NO Malay, Chinese or Tamil Instagram
 * strings (the APK ships none; no localized help page is stored), so a page in those languages reads
 * `unknown` / 'unverified-language' for every setting here — never a guessed translation.
 *
 * Not catalogued: "Who can @mention you". Its label is reported (StellarSand), but only one of its
 * values ("Everyone", risky) is attested; with no verified safe wording it could never read `safe`,
 * so it would only ever be risky-or-unknown noise in the checklist.
 *
 * Refs: IG_AUTO = search-index id 66731115486, automation written against the live web UI (2025):
 * `input[role="switch"][aria-label="Private account"]`, read through aria-checked.
 * STELLARSAND = StellarSand privacy guide Instagram.md; PI = Privacy International Instagram_guide.md.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'instagram.private-account',
    priority: 1,
    group: 'audience',
    page: 'settings:account-privacy',
    url: 'https://www.instagram.com/accounts/who_can_see_your_content/',
    control: 'switch',
    labels: [
      { lang: 'en', text: 'Private account', source: 'observed', ref: 'IG_AUTO (search-index id 66731115486); STELLARSAND; PI' },
    ],
    safeWhenOn: true,
    whyKey: 'instagram_setting_private_account_why',
    stepKey: 'instagram_setting_private_account_step',
    pathKey: 'instagram_setting_private_account_path',
  },
  {
    id: 'instagram.tags-allowed-from',
    priority: 2,
    group: 'tagging',
    // The exact web path of "Tags and mentions" is NOT evidenced; this is the section it sits under
    // (see detect.ts). Reads `unchecked` until the parent opens a page that shows the control.
    page: 'settings:how_others_can_interact_with_you',
    url: 'https://www.instagram.com/accounts/how_others_can_interact_with_you/',
    control: 'radio-group',
    labels: [
      { lang: 'en', text: 'Who can tag you', source: 'observed', ref: 'STELLARSAND (Tags and mentions); platforms.md Instagram' },
      { lang: 'en', text: 'Allow tags from', source: 'observed', ref: 'STELLARSAND ("Allow tags from…"); platforms.md Instagram' },
    ],
    choices: [
      {
        verdict: 'risky',
        wordings: [
          { lang: 'en', text: 'Allow tags from everyone', source: 'observed', ref: 'platforms.md Instagram ("not Allow tags from everyone")' },
          { lang: 'en', text: 'Everyone', source: 'observed', ref: 'localized-strings.md Instagram "Everyone (tags value)"' },
        ],
      },
      {
        // People you follow: the brief's maximum-privacy value for tags, because tags from them
        // still wait for manual approval (instagram.tag-approval).
        verdict: 'safe',
        wordings: [
          { lang: 'en', text: 'Allow tags from people you follow', source: 'observed', ref: 'platforms.md Instagram (People you follow)' },
          { lang: 'en', text: 'People you follow', source: 'observed', ref: 'localized-strings.md Instagram "People you follow (tags value)"' },
        ],
      },
      {
        verdict: 'safe',
        wordings: [
          { lang: 'en', text: "Don't allow tags", source: 'observed', ref: 'localized-strings.md Instagram "Don\'t allow tags"' },
        ],
      },
    ],
    whyKey: 'instagram_setting_tags_allowed_from_why',
    stepKey: 'instagram_setting_tags_allowed_from_step',
    pathKey: 'instagram_setting_tags_allowed_from_path',
  },
  {
    id: 'instagram.tag-approval',
    priority: 3,
    group: 'tagging',
    page: 'settings:how_others_can_interact_with_you',
    url: 'https://www.instagram.com/accounts/how_others_can_interact_with_you/',
    control: 'switch',
    labels: [
      { lang: 'en', text: 'Manually approve tags', source: 'observed', ref: 'STELLARSAND; platforms.md Instagram; tinygrab.com (secondary)' },
    ],
    safeWhenOn: true,
    whyKey: 'instagram_setting_tag_approval_why',
    stepKey: 'instagram_setting_tag_approval_step',
    pathKey: 'instagram_setting_tag_approval_path',
  },
];
