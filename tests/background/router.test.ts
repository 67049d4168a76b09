import { describe, it, expect } from 'vitest';
import { route } from '../../src/background/router';
import { testDeps, popupSender, reportSender, facebookTab, EXT_ID } from '../support/deps';
import type { SenderInfo } from '../../src/background/deps';

const hello = { type: 'content/hello', site: 'facebook', page: 'settings:posts' };
/** A privileged read: it hands out every stored setting and flagged post. */
const exportReport = { type: 'popup/export-report' };
const forget = { type: 'popup/forget-everything' };

describe('router: senders', () => {
  it.each<[string, SenderInfo]>([
    ['another extension', { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/x.html' }],
    ['a web page (no id)', { url: 'https://evil.example/' }],
    ['a tab on an unsupported host', { id: EXT_ID, url: 'https://www.facebook.com.evil.example/settings', tab: { id: 1 }, frameId: 0 }],
    ['a subframe on a supported host', { id: EXT_ID, url: 'https://www.facebook.com/plugins/x', tab: { id: 1 }, frameId: 7 }],
    ['plain http', { id: EXT_ID, url: 'http://www.facebook.com/settings', tab: { id: 1 }, frameId: 0 }],
    ['no tab and no url', { id: EXT_ID }],
  ])('rejects %s for content and privileged messages alike', async (_name, sender) => {
    const deps = testDeps();
    deps.area.data = { prefs: { locale: 'ms', firstRunSeen: true } };
    for (const msg of [hello, exportReport, forget]) {
      const reply = await route(msg, sender, deps);
      expect(reply.ok).toBe(false);
    }
    expect(deps.area.data).toEqual({ prefs: { locale: 'ms', firstRunSeen: true } });
  });

  it('accepts privileged messages only from the extension pages', async () => {
    const deps = testDeps();
    deps.area.data = { prefs: { locale: 'ms', firstRunSeen: true } };
    expect((await route(forget, facebookTab, deps)).ok).toBe(false);
    expect(deps.area.data).not.toEqual({});
    expect((await route(forget, reportSender, deps)).ok).toBe(true);
    expect(deps.area.data).toEqual({});
  });

  it('accepts content messages from a supported tab, for that tab\'s site only', async () => {
    const deps = testDeps();
    expect((await route(hello, facebookTab, deps)).ok).toBe(true);
    const wrongSite = await route({ ...hello, site: 'instagram' }, facebookTab, deps);
    expect(wrongSite).toEqual({ ok: false, error: 'site does not match the sender' });
    // A content message from the popup is not a popup message.
    expect((await route(hello, popupSender, deps)).ok).toBe(false);
  });
});

describe('router: messages', () => {
  it.each([
    ['null', null],
    ['a string', 'popup/export-report'],
    ['an unknown type', { type: 'popup/delete-the-internet' }],
    ['a known type with extra junk types', { type: 'popup/set-locale', locale: 'klingon' }],
    ['an oversized setting value', { type: 'content/settings', site: 'facebook', page: 'settings:posts', lang: 'en', readings: [{ id: 'facebook.future-posts-audience', status: 'safe', value: 'x'.repeat(201) }] }],
    ['too many readings', { type: 'content/settings', site: 'facebook', page: 'settings:posts', lang: 'en', readings: Array.from({ length: 61 }, () => ({ id: 'facebook.a', status: 'safe', value: null })) }],
    ['a bad status', { type: 'content/settings', site: 'facebook', page: 'settings:posts', lang: 'en', readings: [{ id: 'facebook.a', status: 'probably-fine', value: null }] }],
  ])('answers a clear error for %s', async (_name, msg) => {
    const deps = testDeps();
    const sender = typeof msg === 'object' && msg && String((msg as { type: string }).type).startsWith('content/') ? facebookTab : popupSender;
    const reply = await route(msg, sender, deps);
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    expect(deps.area.data).toEqual({});
  });

  it('refuses the removed popup/get-state from the extension pages, handing out nothing', async () => {
    for (const sender of [popupSender, reportSender]) {
      const deps = testDeps();
      deps.area.data = { prefs: { locale: 'ms', firstRunSeen: true } };
      const reply = await route({ type: 'popup/get-state' }, sender, deps);
      expect(reply).toEqual({ ok: false, error: 'invalid message' });
      expect(deps.area.data).toEqual({ prefs: { locale: 'ms', firstRunSeen: true } });
      expect(deps.area.writes).toBe(0);
    }
  });

  it('turns a handler failure into an error reply, not an exception', async () => {
    const deps = testDeps();
    deps.area.failWrites = true;
    const reply = await route({ type: 'popup/set-locale', locale: 'ms' }, popupSender, deps);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/quota/);
  });
});
