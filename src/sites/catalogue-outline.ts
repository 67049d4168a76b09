/**
 * The catalogues' outline: what the extension pages need to draw the overview — each platform's
 * hosts and, per setting, its id, guided order and settings page. No platform wording: the labels,
 * values and their provenance stay in each site's catalogue.ts, which the popup loads only when a
 * platform's screen is opened (`./catalogues`), so its first render does not compile them.
 *
 * Written out by hand, in SITES order; tests/ui/catalogues.test.ts checks it against every
 * catalogue and detect.ts (a setting added there and not here fails that test). The i18n keys are
 * `<site>_setting_<name>_{why,step,path}` from the id, unless a row names another stem.
 */
import type { SiteId } from '../shared/site-ids';
import type { CatalogueEntry } from './types';

export type OutlineEntry = Pick<CatalogueEntry, 'id' | 'priority' | 'page' | 'whyKey' | 'stepKey' | 'pathKey'>;

export interface SiteOutline {
  id: SiteId;
  hosts: readonly string[];
  catalogue: readonly OutlineEntry[];
}

/** [kebab-name, priority, page, i18n key stem if not the usual] for each setting of `id`. */
type Row = readonly [name: string, priority: number, page: string, keyStem?: string];

function site(id: SiteId, hosts: readonly string[], rows: readonly Row[]): SiteOutline {
  return {
    id,
    hosts,
    catalogue: rows.map(([name, priority, page, keyStem]) => {
      const key = keyStem ?? `${id}_setting_${name.replace(/-/g, '_')}`;
      return { id: `${id}.${name}`, priority, page, whyKey: `${key}_why`, stepKey: `${key}_step`, pathKey: `${key}_path` };
    }),
  };
}

export const OUTLINE: readonly SiteOutline[] = [
  site('facebook', ['www.facebook.com', 'web.facebook.com'], [
    ['future-posts-audience', 1, 'settings:posts', 'facebook_setting_future_posts'],
    ['stories-audience', 2, 'settings:stories'],
    ['share-to-story', 3, 'settings:profile_and_tagging'],
    ['tagged-posts-visibility', 4, 'settings:profile_and_tagging'],
    ['tag-audience-expansion', 5, 'settings:profile_and_tagging'],
    ['review-tagged-posts', 6, 'settings:profile_and_tagging'],
    ['review-tags', 7, 'settings:profile_and_tagging'],
    ['friends-list-visibility', 8, 'settings:how_people_find_and_contact_you'],
    ['who-can-follow', 9, 'settings:followers_and_public_content'],
    ['search-engine-link', 10, 'settings:how_people_find_and_contact_you'],
    ['lookup-email', 11, 'settings:how_people_find_and_contact_you'],
    ['lookup-phone', 12, 'settings:how_people_find_and_contact_you'],
  ]),
  site('instagram', ['www.instagram.com'], [
    ['private-account', 1, 'settings:account-privacy'],
    ['tags-allowed-from', 2, 'settings:how_others_can_interact_with_you'],
    ['tag-approval', 3, 'settings:how_others_can_interact_with_you'],
  ]),
  site('tiktok', ['www.tiktok.com'], [
    ['private-account', 1, 'settings:privacy'],
    ['video-downloads', 2, 'settings:privacy'],
    ['suggest-account', 3, 'settings:privacy'],
  ]),
  site('x', ['x.com', 'twitter.com'], [
    ['protect-posts', 1, 'settings:audience_and_tagging'],
    ['photo-tagging', 2, 'settings:tagging'],
    ['post-location', 3, 'settings:location'],
    ['discoverability-email', 4, 'settings:contacts'],
    ['discoverability-phone', 5, 'settings:contacts'],
  ]),
  site('youtube', ['www.youtube.com', 'studio.youtube.com'], [
    ['subscriptions-private', 1, 'settings:account-privacy'],
  ]),
  site('threads', ['www.threads.net', 'www.threads.com'], [
    ['private-profile', 1, 'settings:privacy'],
    ['mentions', 2, 'settings:privacy'],
  ]),
  site('whatsapp', ['web.whatsapp.com'], [
    ['profile-photo', 1, 'settings:privacy'],
    ['status', 2, 'settings:privacy'],
    ['about', 3, 'settings:privacy'],
    ['last-seen', 4, 'settings:privacy'],
    ['groups', 5, 'settings:privacy'],
  ]),
  site('telegram', ['web.telegram.org'], [
    ['profile-photo', 1, 'settings:privacy'],
    ['bio', 2, 'settings:privacy'],
    ['birthday', 3, 'settings:privacy'],
    ['phone-number', 4, 'settings:privacy'],
    ['forwards', 5, 'settings:privacy'],
    ['groups', 6, 'settings:privacy'],
    ['phone-find', 7, 'settings:privacy'],
  ]),
];
