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
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/server';
import { launchChromium, openPopup, type ChromiumSession } from '../tests/e2e/support/chromium';
import { demoPages, demoHtml, type DemoPage } from '../tests/demo/pages';
import { walkSite } from '../tests/e2e/support/walk';
import { SITES } from '../src/sites/index';

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
  try {
    if (headless) await walk(server, pages);
    else {
      const session = await launchChromium(server.port, { headless: false });
      await present(session, pages).finally(() => session.close().catch(() => undefined));
    }
  } finally {
    await server.close();
  }
}

async function present(session: ChromiumSession, pages: DemoPage[]): Promise<void> {
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
}

const LOCALES = ['en', 'ms', 'zh_CN', 'ta'] as const;

/**
 * Headless: in each language, a fresh browser walks the whole guided path on every platform, with a
 * screenshot of the popup before each step, of the page's guide after it, and of every platform's
 * feed with its badges; then the report, printed to an A4 PDF.
 */
async function walk(server: FixtureServer, pages: DemoPage[]): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  for (const locale of LOCALES) {
    const dir = join(OUT, locale);
    mkdirSync(dir, { recursive: true });
    const session = await launchChromium(server.port);
    try {
      const popup = await openPopup(session, 400);
      await popup.locator('select').selectOption(locale);
      await popup.locator('.first-run').waitFor();
      await shot(popup, `${locale}/00-first-run`);
      await popup.locator('.first-run button.primary').click();
      await popup.locator('.card').first().waitFor();
      await shot(popup, `${locale}/01-overview-empty`);

      const tab = await session.context.newPage();
      for (const p of pages.filter((x) => x.page === 'feed')) {
        await tab.goto(p.url);
        await tab.waitForTimeout(1200); // scan, badge, report
        await shot(tab, `${locale}/02-${p.site}-feed-badges`);
      }
      await tab.close();

      for (const [n, site] of SITES.entries()) {
        await popup.locator('.card-button').nth(n).click();
        let before = 0;
        const walked = await walkSite(session, popup, site, async (i, entry, page) => {
          await shot(page, `${locale}/${site.id}-${String(i + 1).padStart(2, '0')}-guide-${entry.id.split('.')[1]}`);
          before = i;
        });
        await shot(popup, `${locale}/${site.id}-${String(before + 2).padStart(2, '0')}-popup-100`);
        console.log(`  ${locale} ${site.id}: ${walked.length} steps walked to 100%`);
        await popup.locator('button.back').click();
      }
      await shot(popup, `${locale}/90-overview-done`);

      const report = await session.context.newPage();
      await report.goto(session.extensionUrl('src/report/index.html'));
      await report.locator('tr[data-setting]').first().waitFor();
      await shot(report, `${locale}/91-report`);
      await report.emulateMedia({ media: 'print' });
      await report.pdf({ path: join(dir, 'report.pdf'), format: 'A4', printBackground: true });
      console.log(`  ${locale}: report printed to ${dir}/report.pdf`);
    } finally {
      await session.close();
    }
  }
  console.log(`Demo finished: screenshots and printed reports in ${OUT}/`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error('Demo failed:', error);
  process.exit(1);
});
