import type { SiteDefinition } from '../types';

/**
 * WhatsApp Web has no posts: its chats are private messages between people, and Jaga never reads
 * them (not their text, not their photos' captions). `:not(*)` matches no element, so the post
 * scanner finds no roots and reads nothing on web.whatsapp.com.
 */
export const posts: SiteDefinition['posts'] = { rootSelector: ':not(*)', read: () => null };
