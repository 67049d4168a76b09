/**
 * Each platform's full catalogue (labels and values in every language, with provenance), without its
 * readers: the report imports this, and the popup loads it only for a platform's screen (its overview
 * needs `./catalogue-outline` alone). Not `./index`, so neither page loads every site's DOM readers.
 * Same order as SITES; tests/ui/catalogues.test.ts checks it matches.
 */
import type { SiteId } from '../shared/site-ids';
import type { SiteDefinition } from './types';
import { platformLabel } from './label-text';
import { CATALOGUE as facebook } from './facebook/catalogue';
import { HOSTS as facebookHosts } from './facebook/detect';
import { CATALOGUE as instagram } from './instagram/catalogue';
import { HOSTS as instagramHosts } from './instagram/detect';
import { CATALOGUE as tiktok } from './tiktok/catalogue';
import { HOSTS as tiktokHosts } from './tiktok/detect';
import { CATALOGUE as x } from './x/catalogue';
import { HOSTS as xHosts } from './x/detect';
import { CATALOGUE as youtube } from './youtube/catalogue';
import { HOSTS as youtubeHosts } from './youtube/detect';
import { CATALOGUE as threads } from './threads/catalogue';
import { HOSTS as threadsHosts } from './threads/detect';
import { CATALOGUE as whatsapp } from './whatsapp/catalogue';
import { HOSTS as whatsappHosts } from './whatsapp/detect';
import { CATALOGUE as telegram } from './telegram/catalogue';
import { HOSTS as telegramHosts } from './telegram/detect';

export type SiteCatalogue = Pick<SiteDefinition, 'id' | 'hosts' | 'catalogue'>;

const entry = (id: SiteId, hosts: readonly string[], catalogue: SiteDefinition['catalogue']): SiteCatalogue => ({ id, hosts, catalogue });

export const CATALOGUES: readonly SiteCatalogue[] = [
  entry('facebook', facebookHosts, facebook),
  entry('instagram', instagramHosts, instagram),
  entry('tiktok', tiktokHosts, tiktok),
  entry('x', xHosts, x),
  entry('youtube', youtubeHosts, youtube),
  entry('threads', threadsHosts, threads),
  entry('whatsapp', whatsappHosts, whatsapp),
  entry('telegram', telegramHosts, telegram),
];

/** Setting id -> the platform's English label (what the pages show for a step). */
export const PLATFORM_LABELS: ReadonlyMap<string, string> = new Map(
  CATALOGUES.flatMap((c) => c.catalogue.map((entry) => [entry.id, platformLabel(entry)] as const)),
);

/** The label the pages show for setting `id`: the platform's English wording, else the id (never blank). */
export const labelFor = (id: string): string => PLATFORM_LABELS.get(id) ?? id;
