import type { SiteDefinition } from '../types';

/**
 * Telegram has no posts for Jaga to read: what Telegram Web shows besides settings is private chats,
 * and Jaga never reads private messages (not even to flag them). The root selector matches nothing,
 * so the content script never scans the chat list or a conversation.
 */
export const posts: SiteDefinition['posts'] = { rootSelector: ':not(*)', read: () => null };
