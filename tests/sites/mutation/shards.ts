import type { Shard } from './harness';

/**
 * The harness runs in shards, one test file each, so every shard gets a fresh worker. Telegram's
 * fixtures are split in several shards (its reader used to copy the settings column on every read,
 * and one worker ran out of a 6 GB heap on the fifth fixture); the .chats fixtures (the chat list
 * kept in the settings column) have their own.
 */
export const SHARDS: Record<string, Shard> = {
  facebook: { folders: ['facebook', 'hostile'] },
  instagram: { folders: ['instagram'] },
  tiktok: { folders: ['tiktok'] },
  x: { folders: ['x'] },
  youtube: { folders: ['youtube'] },
  threads: { folders: ['threads'] },
  whatsapp: { folders: ['whatsapp'] },
  'telegram-en': { folders: ['telegram'], files: /\.en\.(risky|safe)\.html$/ },
  'telegram-en-list': { folders: ['telegram'], files: /\.en\.(risky|safe)\.list\.html$/ },
  'telegram-ms-ta': { folders: ['telegram'], files: /\.(ms|ta)\./ },
  'telegram-zh': { folders: ['telegram'], files: /\.zh\./ },
  'telegram-chats': { folders: ['telegram'], files: /\.chats\.html$/ },
};
