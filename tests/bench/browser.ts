/**
 * Browser helpers for the bench: Chromium without the extension (the "without" of long tasks and the
 * naive baseline), the extension's stored scan count, page visibility emulation, popup timing.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_HOSTS } from '../e2e/support/cert';
import { CHROMIUM, type ChromiumSession } from '../e2e/support/chromium';

/** Same flags as tests/e2e/support/chromium.ts, without the extension. */
export async function launchPlain(fixturePort: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'jaga-bench-plain-'));
  const rules = [...TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${fixturePort}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

type StorageGlobal = { chrome: { storage: { local: { get(key: string): Promise<Record<string, { postsScanned?: number } | undefined>> } } } };

/** Posts the background has counted as scanned on Facebook (the content script reports them every second). */
export async function postsScanned(session: ChromiumSession): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const worker = session.context.serviceWorkers()[0];
    if (worker) {
      try {
        return await worker.evaluate(async () => {
          const got = await (globalThis as unknown as StorageGlobal).chrome.storage.local.get('site:facebook');
          return got['site:facebook']?.postsScanned ?? 0;
        });
      } catch {
        // The worker was stopped between the lookup and the call: look it up again.
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no service worker to read the scan count from');
}

/** Wait until the stored scan count reaches `n`; returns the count and whether it got there. */
export async function waitScanned(session: ChromiumSession, n: number, timeoutMs: number): Promise<{ count: number; reached: boolean; ms: number }> {
  const start = Date.now();
  let count = 0;
  while (Date.now() - start < timeoutMs) {
    count = await postsScanned(session);
    if (count >= n) return { count, reached: true, ms: Date.now() - start };
    await new Promise((r) => setTimeout(r, 250));
  }
  return { count, reached: false, ms: Date.now() - start };
}

interface ContextCreated {
  context: { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } };
}

/** The content script's isolated world in `page` (Runtime must see it: call right after navigation settles). */
export async function isolatedWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: ContextCreated['context'][] = [];
  const onCreated = (e: ContextCreated) => void contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onCreated);
  await cdp.send('Runtime.enable'); // reports the contexts that already exist
  await new Promise((r) => setTimeout(r, 100));
  cdp.off('Runtime.executionContextCreated', onCreated);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
  if (!world) throw new Error(`content script world not found among: ${contexts.map((c) => `${c.name}|${c.origin}|${c.auxData?.type}`).join(', ')}`);
  return world.id;
}

/**
 * Emulate a hidden (or visible again) tab. Headless Chromium reports every tab visible whatever is in
 * front, so `document.hidden`/`visibilityState` are overridden in the page's world and in the content
 * script's isolated world (each world has its own `document` wrapper), then `visibilitychange` is
 * dispatched once (DOM events reach listeners of every world).
 */
export async function setHidden(page: Page, cdp: CDPSession, worldId: number, hidden: boolean): Promise<void> {
  const define = `(() => {
    const hidden = ${hidden ? 'true' : 'false'};
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  })()`;
  await page.evaluate(define);
  await cdp.send('Runtime.evaluate', { expression: define, contextId: worldId });
  const seen = await cdp.send('Runtime.evaluate', { expression: 'document.hidden', contextId: worldId, returnByValue: true });
  if (seen.result.value !== hidden) throw new Error('visibility override did not reach the content script');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

/** Records, in every extension page opened after this, when the popup's first content appeared. */
export async function watchFirstRender(context: BrowserContext): Promise<void> {
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  await context.addInitScript(`(() => {
    if (location.protocol !== 'chrome-extension:') return;
    // This script runs as the popup's document is created: before it is the browser's work (process,
    // navigation, commit; the HTML itself arrives in ~10 ms), after it Jaga's own (parse, scripts,
    // storage read, render).
    window.__benchDocumentStart = performance.now();
    const observer = new MutationObserver(() => {
      if (window.__benchFirstRender === undefined && document.querySelector('.card, main.first-run')) {
        window.__benchFirstRender = performance.now(); // ms since navigation start
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`);
}

/**
 * Stop the extension's service worker, as Chrome does after 30 s idle (the state a parent usually finds
 * it in when opening the popup). Waits until it is gone.
 */
export async function stopServiceWorker(session: ChromiumSession, cdp: CDPSession): Promise<void> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) return;
  const closed = new Promise<void>((resolve) => {
    worker.once('close', () => resolve());
    setTimeout(resolve, 3000);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await closed;
}

/**
 * Open the popup `times` times (a new page each time) and return each time to first content (ms).
 * `before` runs ahead of each open (e.g. stopping the service worker).
 */
export interface PopupOpen {
  /** Navigation start to first content (ms). */
  total: number;
  /** The popup's document started to first content (ms): Jaga's own share of `total`. */
  own: number;
}

export async function popupOpens(
  session: ChromiumSession,
  times: number,
  before?: () => Promise<void>,
  path = 'src/popup/index.html',
): Promise<PopupOpen[]> {
  const out: PopupOpen[] = [];
  for (let i = 0; i < times; i++) {
    if (before) await before();
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(session.extensionUrl(path));
    await page.waitForFunction(() => (window as unknown as { __benchFirstRender?: number }).__benchFirstRender !== undefined, null, { timeout: 10_000 });
    const [total, started] = await page.evaluate(() => {
      const w = window as unknown as { __benchFirstRender: number; __benchDocumentStart: number };
      return [w.__benchFirstRender, w.__benchDocumentStart] as const;
    });
    out.push({ total, own: total - started });
    await page.close();
  }
  return out;
}
