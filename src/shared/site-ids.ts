/** Every platform Jaga knows. The order is the order the popup shows them in. */
export const SITE_IDS = ['facebook', 'instagram', 'tiktok', 'x', 'youtube', 'threads', 'whatsapp', 'telegram'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}
