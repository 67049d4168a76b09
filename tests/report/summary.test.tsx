/**
 * The report page: "0 posts to review" reads as "all clear", so it is shown only for a platform whose
 * posts Jaga has actually looked at; a failed action is shown beside the report, never instead of it.
 */
import { describe, it, expect, vi } from 'vitest';
import { render } from 'preact';
import { MemoryStorage } from '../support/memory-storage';
import en from '../../public/_locales/en/messages.json';

type Listener = (changes: unknown, area: string) => void;
const area = new MemoryStorage();
const sendMessage = vi.fn(async (_m: unknown): Promise<unknown> => ({ ok: true, data: {} }));
(globalThis as { chrome?: unknown }).chrome = {
  storage: {
    local: { get: (k: never) => area.get(k), set: (i: never) => area.set(i), remove: (k: never) => area.remove(k), clear: () => area.clear() },
    onChanged: { addListener: (_l: Listener) => undefined, removeListener: (_l: Listener) => undefined },
  },
  i18n: { getUILanguage: () => 'en-US' },
  runtime: { getManifest: () => ({ version: '0.1.0', host_permissions: [] }), getURL: (p: string) => `chrome-extension://x/${p}`, sendMessage: (m: unknown) => sendMessage(m) },
  permissions: { contains: async () => true, request: async () => true },
  tabs: { create: async () => ({}) },
};

const { ReportPage } = await import('../../src/report/ReportPage');
const { startReading } = await import('../../src/ui/use-stored-state');

describe('report summary', () => {
  it('says "no posts checked yet" for a platform never scanned, and 0 only for one that was', async () => {
    const checkedAt = '2026-11-28T10:00:00.000Z';
    area.data = {
      prefs: { locale: 'auto', firstRunSeen: true },
      'site:facebook': { lastCheckedAt: checkedAt, postsScanned: 40, settings: {}, flagged: {}, health: null },
      'site:instagram': { lastCheckedAt: checkedAt, postsScanned: 0, settings: {}, flagged: {}, health: null },
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ReportPage first={startReading()} />, root);
    const rows = () => [...root.querySelectorAll('table.summary tbody tr')];
    for (let i = 0; i < 200 && rows().length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    const postsCell = (name: string) => rows().find((r) => r.firstElementChild?.textContent === name)?.lastElementChild?.textContent;
    expect(postsCell('Facebook')).toBe('0');
    expect(postsCell('Instagram')).toBe(en.report_posts_none_scanned.message);
    expect(postsCell('TikTok')).toBe(en.report_posts_none_scanned.message);
    // Each platform's own section says the same: "none found" only where posts were looked at.
    const section = (id: string) => root.querySelector(`section.platform[aria-labelledby="h-${id}"]`)?.textContent ?? '';
    expect(section('facebook')).toContain(en.popup_flagged_none.message);
    expect(section('instagram')).toContain(en.report_posts_none_scanned.message);
    expect(section('instagram')).not.toContain(en.popup_flagged_none.message);
  });

  it('a failed "Forget everything" is shown beside the report, which stays', async () => {
    area.data = { prefs: { locale: 'auto', firstRunSeen: true } };
    sendMessage.mockImplementation(async () => ({ ok: false, error: 'storage is busy' }));
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ReportPage first={startReading()} />, root);
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement | undefined;
    for (let i = 0; i < 200 && !button(en.report_forget.message); i++) await new Promise((r) => setTimeout(r, 5));
    button(en.report_forget.message)!.click();
    for (let i = 0; i < 200 && !button(en.report_forget_yes.message); i++) await new Promise((r) => setTimeout(r, 5));
    button(en.report_forget_yes.message)!.click();
    for (let i = 0; i < 200 && !root.querySelector('[role=alert]'); i++) await new Promise((r) => setTimeout(r, 5));
    expect(root.querySelector('[role=alert]')?.textContent).toContain(en.report_action_failed.message);
    expect(root.querySelector('table.summary')).not.toBeNull();
    expect(root.textContent).not.toContain(en.popup_error.message);
  });
});
