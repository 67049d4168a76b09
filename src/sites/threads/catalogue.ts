import type { CatalogueEntry } from '../types';

/**
 * Threads settings that decide who sees a family's posts and who can pull the parent's name into
 * strangers' posts. Data only; read by read-settings.ts through the shared engine, checked by
 * tests/sites/threads/settings.test.ts.
 *
 * Wording: only English is known, and none of it comes from Meta's own strings. localized-strings.md
 * found NO Malay, Chinese or Tamil Threads wording (the APK in the corpus ships only library
 * strings), so a page in those languages reads `unknown` / 'unverified-language' for every setting
 * here — never a guessed translation. The English wordings are `observed` in the weakest sense:
 * secondary guides written against the live UI, and a Threads-style clone that reproduces its
 * screens. They must be re-verified in the live UI before release.
 *
 * Refs: PI = Privacy International "Guide on Threads settings and good practises" (guide-step 5614,
 * privacyint/website-guides guide-steps/en/Threads_guide.md, 2025-06): "Private profile";
 * HTG = howtogeek.com/instagram-threads-privacy-settings-you-should-change-right-now/ (2024-12,
 * secondary): "Private profile" toggle at the top of Privacy, "Mentions" in Privacy;
 * CLONE = search-index id 53162074865, a Threads-style web clone's Privacy tab ("Private profile"
 * switch; "Allow @mentions from": Everyone / Profiles you follow / No one);
 * CLONE_REPLY = search-index id 71128982605, a Threads-style composer whose reply audience reads
 * "Profiles you follow" (the same phrase Threads uses for people you follow).
 *
 * Not catalogued:
 * - "Who can reply & quote": chosen per post in the composer (HTG, CLONE_REPLY). No source shows an
 *   account-level default on the web, so there is no setting to read or change once; the post
 *   reader covers posts instead.
 * - Fediverse sharing: only for public profiles; "Private profile" on already stops it.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'threads.private-profile',
    priority: 1,
    group: 'audience',
    page: 'settings:privacy',
    // threads.com: the current domain (threads.net redirects here keeping the path).
    url: 'https://www.threads.com/settings/privacy',
    control: 'switch',
    labels: [
      { lang: 'en', text: 'Private profile', source: 'observed', ref: 'PI Threads guide (secondary); HTG (secondary); CLONE (search-index id 53162074865)' },
    ],
    safeWhenOn: true,
    whyKey: 'threads_setting_private_profile_why',
    stepKey: 'threads_setting_private_profile_step',
    pathKey: 'threads_setting_private_profile_path',
  },
  {
    id: 'threads.mentions',
    priority: 2,
    group: 'tagging',
    // Same page: the "Mentions" row opens a chooser in place (no URL of its own is known). While
    // the chooser is closed the reading is left out (read-settings.ts), not reported as unknown.
    page: 'settings:privacy',
    url: 'https://www.threads.com/settings/privacy',
    control: 'radio-group',
    labels: [
      // First: the row name the parent looks for (the popup shows the first English label).
      { lang: 'en', text: 'Mentions', source: 'observed', ref: 'HTG (secondary, "Mentions" in Privacy); platforms.md Threads' },
      { lang: 'en', text: 'Allow @mentions from', source: 'observed', ref: 'CLONE (search-index id 53162074865), chooser heading' },
    ],
    choices: [
      {
        verdict: 'risky',
        wordings: [
          { lang: 'en', text: 'Everyone', source: 'observed', ref: 'CLONE (search-index id 53162074865); HTG ("allowing mentions from everyone")' },
        ],
      },
      {
        // Only people the parent chose to follow can link the parent's profile into a post.
        verdict: 'safe',
        wordings: [
          { lang: 'en', text: 'Profiles you follow', source: 'observed', ref: 'CLONE (search-index id 53162074865); CLONE_REPLY (search-index id 71128982605)' },
        ],
      },
      {
        verdict: 'safe',
        wordings: [
          { lang: 'en', text: 'No one', source: 'observed', ref: 'CLONE (search-index id 53162074865)' },
        ],
      },
    ],
    whyKey: 'threads_setting_mentions_why',
    stepKey: 'threads_setting_mentions_step',
    pathKey: 'threads_setting_mentions_path',
  },
];
