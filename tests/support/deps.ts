import type { BackgroundDeps, SenderInfo } from '../../src/background/deps';
import { MemoryStorage } from './memory-storage';

export const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;

export function testDeps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps & { area: MemoryStorage; badges: string[]; opened: string[] } {
  const badges: string[] = [];
  const opened: string[] = [];
  return {
    area: new MemoryStorage(),
    extensionId: EXT_ID,
    extensionOrigin: EXT_ORIGIN,
    version: '0.1.0',
    uiLanguage: 'en-US',
    now: () => new Date('2026-11-28T10:00:00.000Z'),
    setBadge: async (text) => void badges.push(text),
    openTab: async (url) => void opened.push(url),
    badges,
    opened,
    ...overrides,
  } as BackgroundDeps & { area: MemoryStorage; badges: string[]; opened: string[] };
}

export const popupSender: SenderInfo = { id: EXT_ID, url: `${EXT_ORIGIN}src/popup/index.html` };
export const reportSender: SenderInfo = { id: EXT_ID, url: `${EXT_ORIGIN}src/report/index.html`, tab: { id: 9 }, frameId: 0 };
export const facebookTab: SenderInfo = { id: EXT_ID, url: 'https://www.facebook.com/settings/?tab=posts', tab: { id: 3 }, frameId: 0 };
