/**
 * Workshop demo: builds nothing itself (npm run demo builds first), serves the fictional family's
 * pages under the platforms' real host names over HTTPS on loopback, and opens Chromium with Jaga.
 *
 * With a display it opens a window for the presenter. Headless (--headless, or no DISPLAY) it drives
 * the flow itself and writes screenshots to demo-output/, then exits 0.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/support/server';
import { launchChromium, openPopup, type ChromiumSession } from '../tests/e2e/support/chromium';
import { demoPages, demoHtml } from '../tests/demo/pages';

const OUT = 'demo-output';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const pages = demoPages();
  for (const page of pages) {
    const url = new URL(page.url);
    server.page(url.hostname, `${url.pathname}${url.search}`, demoHtml(page));
  }
  console.log(`Demo: ${pages.length} pages of the fictional family's accounts on ${new Set(pages.map((p) => p.site)).size} platforms.`);
  const session = await launchChromium(server.port, { headless });
  try {
    if (headless) await walk(session, pages);
    else await present(session, pages);
  } finally {
    await session.close().catch(() => undefined);
    await server.close();
  }
}

async function present(session: ChromiumSession, pages: ReturnType<typeof demoPages>): Promise<void> {
  const first = await session.context.newPage();
  await first.goto(pages[0]!.url);
  await openPopup(session, 420);
  console.log('Chromium is open with Jaga loaded. Demo pages:');
  for (const p of pages) console.log(`  ${p.site.padEnd(10)} ${p.url}`);
  console.log('The Jaga popup is open in its own tab. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  console.log(`  wrote ${OUT}/${name}.png`);
}

async function walk(session: ChromiumSession, pages: ReturnType<typeof demoPages>): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const popup = await openPopup(session, 400);
  await shot(popup, '00-first-run');
  await popup.getByRole('button', { name: 'Start' }).click();

  const tab = await session.context.newPage();
  for (const [i, p] of pages.entries()) {
    await tab.goto(p.url);
    await tab.waitForTimeout(600); // let the content script read and report
    await shot(tab, `${String(i + 1).padStart(2, '0')}-${p.site}-${p.page.replace(/[^a-z0-9]+/gi, '-')}`);
  }
  await popup.reload();
  await popup.locator('.card').first().waitFor();
  await shot(popup, '20-popup-overview');
  await popup.getByRole('button', { name: /^Facebook/ }).click();
  await shot(popup, '21-popup-facebook-steps');

  // The parent follows the first step on the page: Public -> Friends. The popup ticks it by itself.
  const facebook = pages.find((p) => p.site === 'facebook' && p.page === 'settings:posts');
  if (facebook) {
    await tab.goto(facebook.url);
    await tab.locator('[role="main"] [role="button"][aria-label^="Edit privacy"]:not([aria-disabled="true"])').first().click();
    await tab.getByRole('radio', { name: 'Friends', exact: true }).click();
    await tab.waitForTimeout(800);
    await shot(tab, '22-facebook-changed-to-friends');
    await popup.locator('.step-row', { hasText: 'Who can see your future posts?' }).getByText('Private').waitFor({ timeout: 5_000 });
    await shot(popup, '23-popup-facebook-ticked');
  }

  const report = await session.context.newPage();
  await report.goto(session.extensionUrl('src/report/index.html'));
  await report.locator('tr[data-setting]').first().waitFor();
  await shot(report, '30-report');
  console.log(`Demo finished: screenshots in ${OUT}/`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error('Demo failed:', error);
  process.exit(1);
});
