import type { CatalogueEntry } from '../types';

/**
 * YouTube settings that decide who can follow a family's trail. Data only; read by read-settings.ts,
 * checked by tests/sites/youtube/settings.test.ts.
 *
 * Wording: "Keep all my subscriptions private" is a web-only setting (youtube.com/account_privacy);
 * it is not in the Android string tables checked, and no localized help page was found
 * (localized-strings.md, YouTube). Its Malay, Chinese and Tamil wording is therefore unknown, and
 * those pages read `unknown` / 'unverified-language'.
 *
 * Per-video visibility (Public / Unlisted / Private, official in all four languages) is a property of
 * each video, not an account setting: the post reader reads it (Studio content list, channel and
 * watch pages; see detect.ts `studio-content`, `profile`, `watch`).
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'youtube.subscriptions-private',
    priority: 1,
    group: 'audience',
    page: 'settings:account-privacy',
    url: 'https://www.youtube.com/account_privacy',
    control: 'switch',
    labels: [
      {
        lang: 'en',
        text: 'Keep all my subscriptions private',
        source: 'observed',
        ref: 'StellarSand YouTube.md; search-index id 43479141882 (guide written against youtube.com/account_privacy)',
      },
    ],
    safeWhenOn: true,
    whyKey: 'youtube_setting_subscriptions_private_why',
    stepKey: 'youtube_setting_subscriptions_private_step',
    pathKey: 'youtube_setting_subscriptions_private_path',
  },
];
