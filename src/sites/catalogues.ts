/**
 * What the extension pages need to know about each platform, without its readers: id, hosts and the
 * catalogue (ids, labels, steps). The popup and the report import this, not `./index`, so they do not
 * load every site's DOM readers. Same order as SITES; tests/ui/catalogues.test.ts checks it matches.
 */
import type { SiteId } from '../shared/site-ids';
import type { SiteDefinition } from './types';
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
