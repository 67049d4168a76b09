/**
 * The popup reads the stored state itself (no round trip to a service worker that may be asleep),
 * shows a neutral placeholder until it has it, and never flashes a screen that is not the parent's.
 */
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { MemoryStorage } from '../support/memory-storage';
import en from '../../public/_locales/en/messages.json';
import ms from '../../public/_locales/ms/messages.json';

type Listener = (changes: unknown, area: string) => void;
const fake = {
  area: new MemoryStorage(),
  listeners: new Set<Listener>(),
  sendMessage: vi.fn(async (_m: unknown) => ({ ok: true, data: {} })),
};
(globalThis as { chrome?: unknown }).chrome = {
  storage: {
    local: { get: (k: never) => fake.area.get(k), set: (i: never) => fake.area.set(i), remove: (k: never) => fake.area.remove(k), clear: () => fake.area.clear() },
    onChanged: { addListener: (l: Listener) => fake.listeners.add(l), removeListener: (l: Listener) => fake.listeners.delete(l) },
  },
  i18n: { getUILanguage: () => 'en-US' },
  runtime: { getManifest: () => ({ version: '0.1.0', host_permissions: [] }), getURL: (p: string) => `chrome-extension://x/${p}`, sendMessage: (m: unknown) => fake.sendMessage(m) },
  permissions: { contains: async () => true, request: async () => true },
  tabs: { create: async () => ({}) },
};

const { App } = await import('../../src/popup/App');
const { startReading } = await import('../../src/ui/use-stored-state');

/** Render the popup as main.tsx does, recording every screen that was ever in the DOM. */
async function openPopup(): Promise<{ root: HTMLElement; seen: Set<string> }> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const seen = new Set<string>();
  const note = () => {
    if (root.querySelector('main.first-run')) seen.add('first-run');
    if (root.querySelector('.card')) seen.add('overview');
    if (root.querySelector('main.loading')) seen.add('loading');
    if (root.querySelector('[role=alert]')) seen.add('error');
  };
  new MutationObserver(note).observe(root, { childList: true, subtree: true });
  render(<App first={startReading()} />, root);
  note();
  return { root, seen };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

beforeEach(() => {
  fake.area = new MemoryStorage();
  fake.listeners.clear();
  fake.sendMessage.mockClear();
});

describe('popup first render', () => {
  it('a parent who has started sees the placeholder, then the overview: never the first-run screen', async () => {
    fake.area.data = { prefs: { locale: 'auto', firstRunSeen: true } };
    const { root, seen } = await openPopup();
    expect(seen.has('loading')).toBe(true);
    await until(() => root.querySelectorAll('.card').length === 8);
    expect(seen.has('first-run')).toBe(false);
    expect(root.textContent).toContain(en.popup_empty.message);
    // Read from storage, not asked of the service worker.
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });

  it('nothing stored: the first-run screen, after the placeholder', async () => {
    const { root, seen } = await openPopup();
    await until(() => seen.has('first-run'));
    expect(seen.has('overview')).toBe(false);
    expect(root.textContent).toContain(en.popup_firstrun_title.message);
  });

  it('the stored language is loaded before anything is shown (no English flash for a Malay parent)', async () => {
    fake.area.data = { prefs: { locale: 'ms', firstRunSeen: true } };
    const texts: string[] = [];
    const { root } = await openPopup();
    new MutationObserver(() => texts.push(root.textContent ?? '')).observe(root, { childList: true, subtree: true, characterData: true });
    await until(() => root.querySelectorAll('.card').length === 8);
    expect(root.textContent).toContain(ms.popup_empty.message);
    expect(texts.some((t) => t.includes(en.popup_empty.message))).toBe(false);
  });

  it('follows storage changes', async () => {
    fake.area.data = { prefs: { locale: 'en', firstRunSeen: false } };
    const { root } = await openPopup();
    await until(() => root.querySelector('main.first-run') !== null);
    fake.area.data = { prefs: { locale: 'en', firstRunSeen: true } };
    for (const l of fake.listeners) l({}, 'local');
    await until(() => root.querySelectorAll('.card').length === 8);
  });

  it('a platform\'s screen (a chunk of its own, with the labels) shows whole, after the placeholder if need be', async () => {
    fake.area.data = {
      prefs: { locale: 'en', firstRunSeen: true },
      'site:facebook': {
        lastCheckedAt: '2026-11-28T10:00:00.000Z', postsScanned: 0, flagged: {}, health: null,
        settings: { 'facebook.future-posts-audience': { id: 'facebook.future-posts-audience', status: 'risky', value: 'Public', checkedAt: '2026-11-28T10:00:00.000Z' } },
      },
    };
    const { root } = await openPopup();
    await until(() => root.querySelectorAll('.card').length === 8);
    const halfScreens: string[] = [];
    new MutationObserver(() => {
      const detail = root.querySelector('main.detail');
      if (detail && !detail.querySelector('.step-label')) halfScreens.push(detail.textContent ?? '');
      if (!detail && !root.querySelector('.card') && !root.querySelector('main.loading')) halfScreens.push(root.textContent ?? '');
    }).observe(root, { childList: true, subtree: true });
    root.querySelector<HTMLButtonElement>('.card-button')!.click();
    await until(() => root.querySelector('main.detail .step-label') !== null);
    expect(root.querySelector('main.detail h2')!.textContent).toBe('Facebook');
    // The platform's own English label (from the catalogue), not the setting id.
    expect(root.querySelector('.step-label')!.textContent).toBe('Who can see your future posts?');
    expect(halfScreens).toEqual([]);
  });

  it("a platform's posts to review: 'no posts checked yet' until Jaga has looked at one, then 'none found'", async () => {
    const site = (postsScanned: number) => ({ lastCheckedAt: '2026-11-28T10:00:00.000Z', postsScanned, flagged: {}, health: null, settings: {} });
    for (const [scanned, want] of [[0, en.report_posts_none_scanned.message], [12, en.popup_flagged_none.message]] as const) {
      fake.area.data = { prefs: { locale: 'en', firstRunSeen: true }, 'site:facebook': site(scanned) };
      const { root } = await openPopup();
      await until(() => root.querySelectorAll('.card').length === 8);
      root.querySelector<HTMLButtonElement>('.card-button')!.click();
      await until(() => root.querySelector('section.flagged p') !== null);
      expect(root.querySelector('section.flagged p')!.textContent).toBe(want);
    }
  });

  it('a storage read that fails is an error, not an empty store shown as a first run', async () => {
    fake.area.get = () => Promise.reject(new Error('IO error'));
    const { root, seen } = await openPopup();
    await until(() => seen.has('error'));
    expect(seen.has('first-run')).toBe(false);
    expect(root.textContent).toContain(en.popup_error.message);
  });
});
