import type { CatalogueEntry } from '../types';

/**
 * TikTok settings that decide who sees and reuses a family's videos. Data only; read by
 * read-settings.ts through the shared engine, checked by tests/sites/tiktok/settings.test.ts.
 *
 * Wording: English from TikTok's own help pages and from automation written against the web settings
 * page. Malay "Akaun peribadi" was copied from TikTok web into a clone (observed). The only Chinese
 * strings found are a third-party, machine-translation-style article: kept as `translation`, never
 * matched. No Tamil string is known. So a zh/ta page reads `unknown` / 'unverified-language'.
 *
 * Refs: TT_HELP_PRIVATE = support.tiktok.com/en/account-and-privacy/account-privacy-settings/
 * making-your-account-public-or-private; TT_HELP_TEEN = support.tiktok.com teen privacy page;
 * TT_AUTO = search-index id 60666319678 (Playwright sidecar driving tiktok.com/setting, 2025:
 * `text=Private account` -> row ancestor -> `[role="switch"]`, aria-checked); PI = Privacy
 * International TikTok_guide.md; TT_CLONE_MS, TT_ART_ZH = localized-strings.md source keys.
 *
 * Not catalogued (not credible on the web UI, see the report): "Who can Duet / Stitch with your
 * videos" and "Liked videos" — the web shows them, if at all, as rows whose value opens a dialog, and
 * nothing stored shows that markup or its web wording.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'tiktok.private-account',
    priority: 1,
    group: 'audience',
    page: 'settings:privacy',
    url: 'https://www.tiktok.com/setting/privacy',
    control: 'switch',
    labels: [
      { lang: 'en', text: 'Private account', source: 'platform', ref: 'TT_HELP_PRIVATE; also TT_AUTO (search-index id 60666319678)' },
      { lang: 'ms', text: 'Akaun peribadi', source: 'observed', ref: 'TT_CLONE_MS (search-index id 55460840278)' },
      { lang: 'zh', text: '私人账户', source: 'translation', ref: 'TT_ART_ZH (machine-translation style; not TikTok wording)' },
      { lang: 'zh', text: '私人帐户', source: 'translation', ref: 'TT_ART_ZH (machine-translation style; not TikTok wording)' },
    ],
    safeWhenOn: true,
    whyKey: 'tiktok_setting_private_account_why',
    stepKey: 'tiktok_setting_private_account_step',
    pathKey: 'tiktok_setting_private_account_path',
  },
  {
    id: 'tiktok.video-downloads',
    priority: 2,
    group: 'audience',
    page: 'settings:privacy',
    url: 'https://www.tiktok.com/setting/privacy',
    control: 'switch',
    labels: [
      { lang: 'en', text: 'Video downloads', source: 'platform', ref: 'TT_HELP_TEEN' },
      { lang: 'zh', text: '视频下载', source: 'translation', ref: 'TT_ART_ZH (machine-translation style; not TikTok wording)' },
    ],
    safeWhenOn: false,
    whyKey: 'tiktok_setting_video_downloads_why',
    stepKey: 'tiktok_setting_video_downloads_step',
    pathKey: 'tiktok_setting_video_downloads_path',
  },
  {
    id: 'tiktok.suggest-account',
    priority: 3,
    group: 'discovery',
    page: 'settings:privacy',
    url: 'https://www.tiktok.com/setting/privacy',
    control: 'switch',
    labels: [
      { lang: 'en', text: 'Suggest your account to others', source: 'platform', ref: 'TT_HELP_PRIVATE; PI TikTok_guide.md' },
      { lang: 'zh', text: '向他人推荐您的帐户', source: 'translation', ref: 'TT_ART_ZH (machine-translation style; not TikTok wording)' },
    ],
    safeWhenOn: false,
    whyKey: 'tiktok_setting_suggest_account_why',
    stepKey: 'tiktok_setting_suggest_account_step',
    pathKey: 'tiktok_setting_suggest_account_path',
  },
];
