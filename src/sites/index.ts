import type { SiteId } from '../shared/site-ids';
import type { SiteDefinition } from './types';
import facebook from './facebook/index';
import instagram from './instagram/index';
import tiktok from './tiktok/index';
import x from './x/index';
import youtube from './youtube/index';
import threads from './threads/index';
import whatsapp from './whatsapp/index';
import telegram from './telegram/index';

/** The ONLY list of sites. A test checks that every folder under src/sites/ is listed here and complete. */
export const SITES: readonly SiteDefinition[] = [facebook, instagram, tiktok, x, youtube, threads, whatsapp, telegram];

export function siteById(id: SiteId): SiteDefinition | undefined {
  return SITES.find((s) => s.id === id);
}

export function siteForHost(host: string): SiteDefinition | undefined {
  return SITES.find((s) => s.hosts.includes(host));
}
