import { beforeEach, describe, expect, it, vi } from 'vitest';

const getState = vi.fn();
const loadLocale = vi.fn();
vi.mock('../../src/ui/api', () => ({ getState: () => getState(), onStorageChange: () => () => undefined }));
vi.mock('../../src/ui/i18n', () => ({ loadLocale: (l: string) => loadLocale(l) }));

const { readWithLanguage } = await import('../../src/ui/use-stored-state');

describe('readWithLanguage', () => {
  beforeEach(() => {
    getState.mockReset();
    loadLocale.mockReset();
  });

  it('gives the stored state once the parent’s language is loaded', async () => {
    const reply = { locale: 'ms' };
    getState.mockResolvedValue(reply);
    loadLocale.mockResolvedValue(undefined);
    await expect(readWithLanguage()).resolves.toBe(reply);
    expect(loadLocale).toHaveBeenCalledWith('ms');
  });

  it('still gives the stored state when the language table cannot be loaded (the pages fall back to English)', async () => {
    const reply = { locale: 'ta' };
    getState.mockResolvedValue(reply);
    loadLocale.mockRejectedValue(new Error('Failed to fetch dynamically imported module'));
    await expect(readWithLanguage()).resolves.toBe(reply);
  });

  it('fails when the stored state itself cannot be read', async () => {
    getState.mockRejectedValue(new Error('storage unreadable'));
    loadLocale.mockResolvedValue(undefined);
    await expect(readWithLanguage()).rejects.toThrow('storage unreadable');
  });
});
