import type { Shard } from './harness';

/**
 * The harness runs in shards, one test file each, so every shard gets a fresh worker. Telegram's
 * reader copies the settings column on every read: its fixtures are split so no worker holds more
 * than three of them (one worker ran out of a 6 GB heap on the fifth).
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
};
