/** Debian's Chromium with the built extension loaded, driven by playwright-core. */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEST_HOSTS } from './cert';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  extensionUrl: (path: string) => string;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(fixturePort: number, opts: { extensionDir?: string; headless?: boolean; locale?: string } = {}): Promise<ChromiumSession> {
  const extensionDir = resolve(opts.extensionDir ?? 'dist');
  const userDataDir = mkdtempSync(join(tmpdir(), 'jaga-chromium-'));
  const rules = [...TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${fixturePort}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: opts.locale ?? 'en-US',
    viewport: { width: 1200, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Open the popup as a page (the toolbar popup itself cannot be driven headless). */
export async function openPopup(session: ChromiumSession, width = 380): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 600 });
  await page.goto(session.extensionUrl('src/popup/index.html'));
  return page;
}
