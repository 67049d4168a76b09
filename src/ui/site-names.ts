import type { SiteId } from '../shared/site-ids';

/** Brand names are not translated. */
export const SITE_NAMES: Record<SiteId, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  x: 'X (Twitter)',
  youtube: 'YouTube',
  threads: 'Threads',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
};
