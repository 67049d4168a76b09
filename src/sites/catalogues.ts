/**
 * Each platform's full catalogue (labels and values in every language, with provenance), without its
 * readers: the report imports this, and the popup loads it only for a platform's screen (its overview
 * needs `./catalogue-outline` alone). Not `./index`, so neither page loads every site's DOM readers.
 * Same order as SITES; tests/ui/catalogues.test.ts checks it matches. (The hosts the pages need are in the outline.)
 */
import type { SiteId } from '../shared/site-ids';
import type { SiteDefinition } from './types';
import { platformLabel } from './label-text';
import { CATALOGUE as facebook } from './facebook/catalogue';
import { CATALOGUE as instagram } from './instagram/catalogue';
import { CATALOGUE as tiktok } from './tiktok/catalogue';
import { CATALOGUE as x } from './x/catalogue';
import { CATALOGUE as youtube } from './youtube/catalogue';
import { CATALOGUE as threads } from './threads/catalogue';
import { CATALOGUE as whatsapp } from './whatsapp/catalogue';
import { CATALOGUE as telegram } from './telegram/catalogue';

export type SiteCatalogue = Pick<SiteDefinition, 'id' | 'catalogue'>;

const entry = (id: SiteId, catalogue: SiteDefinition['catalogue']): SiteCatalogue => ({ id, catalogue });

export const CATALOGUES: readonly SiteCatalogue[] = [
  entry('facebook', facebook),
  entry('instagram', instagram),
  entry('tiktok', tiktok),
  entry('x', x),
  entry('youtube', youtube),
  entry('threads', threads),
  entry('whatsapp', whatsapp),
  entry('telegram', telegram),
];

/** Setting id -> the platform's English label (what the pages show for a step). */
export const PLATFORM_LABELS: ReadonlyMap<string, string> = new Map(
  CATALOGUES.flatMap((c) => c.catalogue.map((entry) => [entry.id, platformLabel(entry)] as const)),
);

/** The label the pages show for setting `id`: the platform's English wording, else the id (never blank). */
export const labelFor = (id: string): string => PLATFORM_LABELS.get(id) ?? id;
