/**
 * Accessibility of the popup and the report, in Chromium: axe-core finds no serious or critical
 * violation (light and dark), the guided flow works by keyboard alone, and 200% zoom needs no
 * sideways scrolling.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, openPopup, type ChromiumSession } from './support/chromium';
import { axeViolations, serious } from './support/axe';
import { demoPages, demoHtml } from '../demo/pages';

const OUT = 'test-output/a11y';
let server: FixtureServer;
let session: ChromiumSession;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  const pages = demoPages();
  for (const page of pages) {
    const url = new URL(page.url);
    server.page(url.hostname, `${url.pathname}${url.search}`, demoHtml(page));
  }
  session = await launchChromium(server.port);
  // Give the popup something to show: Facebook's settings and feed (risky, with flagged posts).
  const tab = await session.context.newPage();
  for (const p of pages.filter((x) => x.site === 'facebook')) {
    await tab.goto(p.url);
    await tab.waitForTimeout(500);
  }
  await tab.close();
});
after(async () => {
  await session?.close();
  await server?.close();
});

async function checkAxe(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const found = serious(await axeViolations(page));
    await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`), fullPage: true });
    assert.deepEqual(found, [], `${name} (${scheme}): ${JSON.stringify(found)}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('popup: first run, overview and a platform\'s steps have no serious axe violations', async () => {
  const popup = await openPopup(session);
  await popup.getByRole('button', { name: 'Start' }).waitFor();
  await checkAxe(popup, 'popup-first-run');
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.locator('.card').first().waitFor();
  await checkAxe(popup, 'popup-overview');
  await popup.getByRole('button', { name: /^Facebook/ }).click();
  await popup.locator('#step-title').waitFor();
  await popup.getByRole('button', { name: "I can't find it" }).click();
  await checkAxe(popup, 'popup-facebook');
  await popup.close();
});

test('report has no serious axe violations', async () => {
  const report = await session.context.newPage();
  await report.goto(session.extensionUrl('src/report/index.html'));
  await report.locator('tr[data-setting]').first().waitFor();
  await checkAxe(report, 'report');
  await report.close();
});

test('the guided flow works by keyboard alone', async () => {
  const popup = await openPopup(session);
  await popup.locator('.card').first().waitFor();
  const focusName = () => popup.evaluate(() => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim());
  // Tab to the Facebook card and open it.
  for (let i = 0; i < 10 && !(await focusName()).startsWith('Facebook'); i++) await popup.keyboard.press('Tab');
  assert.match(await focusName(), /^Facebook/);
  await popup.keyboard.press('Enter');
  await popup.locator('#step-title').waitFor();
  // Tab to "Open this setting" and press Enter: the settings page opens.
  for (let i = 0; i < 15 && (await focusName()) !== 'Open this setting'; i++) await popup.keyboard.press('Tab');
  assert.equal(await focusName(), 'Open this setting');
  const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  const [page] = await Promise.all([session.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  assert.match(page.url(), /^https:\/\/www\.facebook\.com\/settings\//);
  await page.close();
  // Shift+Tab back and forth reaches the step list; Enter selects a step.
  for (let i = 0; i < 20 && !(await popup.evaluate(() => document.activeElement?.classList.contains('step-row'))); i++) await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute('aria-current')), 'step');
  await popup.close();
});

test('200% zoom: popup and report reflow without sideways scrolling', async () => {
  const popup = await openPopup(session, 800);
  await popup.locator('.card').first().waitFor();
  for (const page of [popup]) {
    await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
    await page.screenshot({ path: join(OUT, 'popup-zoom-200.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `popup overflows by ${overflow}px at 200%`);
  }
  const report = await session.context.newPage();
  await report.setViewportSize({ width: 640, height: 900 });
  await report.goto(session.extensionUrl('src/report/index.html'));
  await report.locator('tr[data-setting]').first().waitFor();
  await report.evaluate(() => { document.documentElement.style.zoom = '2'; });
  await report.screenshot({ path: join(OUT, 'report-zoom-200.png') });
  const overflow = await report.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `report overflows by ${overflow}px at 200%`);
  await popup.close();
  await report.close();
});
