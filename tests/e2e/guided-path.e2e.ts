/**
 * The guided path on the workshop demo, in Chromium: for every platform, from the popup's first step
 * to 100%, using only what the popup ("Open this setting") and the in-page guide offer. Each tick must
 * come from a reading of the changed page, never from "I changed it myself".
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, openPopup, type ChromiumSession } from './support/chromium';
import { guideNotes, markGuidedControl } from './support/guide';
import { eventually } from './support/fixtures';
import { demoPages, demoHtml } from '../demo/pages';
import { SITES } from '../../src/sites/index';
import { SITE_NAMES } from '../../src/ui/site-names';
import { platformLabel } from '../../src/sites/label-text';
import type { CatalogueEntry } from '../../src/sites/types';

const OUT = 'test-output/guided';
let server: FixtureServer;
let session: ChromiumSession;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  for (const page of demoPages()) {
    const url = new URL(page.url);
    server.page(url.hostname, `${url.pathname}${url.search}`, demoHtml(page));
  }
  session = await launchChromium(server.port);
});
after(async () => {
  await session?.close();
  await server?.close();
});

const safeWords = (entry: CatalogueEntry) =>
  (entry.choices ?? []).filter((c) => c.verdict === 'safe').flatMap((c) => c.wordings.filter((w) => w.lang === 'en').map((w) => w.text));

/** Do what the guide says on the page: click the control it points at, and pick a safe value. */
async function followGuide(page: Page, entry: CatalogueEntry): Promise<void> {
  const note = await eventually(async () => (await guideNotes(page)).find((n) => n.target && !n.done), `guide for ${entry.id}`);
  const selector = await markGuidedControl(page, note);
  const control = page.locator(selector);
  if (entry.control === 'select') {
    await control.selectOption({ label: safeWords(entry)[0]! });
    return;
  }
  const options = safeWords(entry);
  if (entry.control === 'radio-group' && options.length) {
    await control.getByText(options[0]!, { exact: true }).first().click();
    return;
  }
  await control.click();
  // Facebook's audience button opens a chooser; pick the safe value the guide names.
  if (entry.control === 'privacy-button') await page.getByRole('radio', { name: options[0]!, exact: true }).first().click();
}

for (const site of SITES) {
  test(`guided path reaches 100% on the ${site.id} demo`, async () => {
    const popup = await openPopup(session, 400);
    const start = popup.getByRole('button', { name: 'Start' });
    if (await start.isVisible().catch(() => false)) await start.click();
    await popup.getByRole('button', { name: new RegExp(`^${SITE_NAMES[site.id].replace(/[()]/g, '\\$&')}`) }).click();
    const total = site.catalogue.length;
    for (let i = 0; i < total + 2; i++) {
      if (await popup.locator('.all-done').isVisible()) break;
      const title = (await popup.locator('#step-title').textContent())!.trim();
      const entry = site.catalogue.find((e) => platformLabel(e) === title);
      assert.ok(entry, `popup step "${title}" is in the catalogue`);
      const [page] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open this setting' }).click()]);
      await page.waitForLoadState('domcontentloaded');
      assert.equal(page.url(), entry.url, 'Open this setting opens the deep link');
      await followGuide(page, entry);
      await eventually(async () => (await guideNotes(page)).some((n) => n.done), `guide says done for ${entry.id}`);
      if (i === 0) await page.screenshot({ path: join(OUT, `${site.id}-guide-done.png`) });
      await page.close();
      await popup.locator('.step-row', { hasText: title }).locator('.status-safe').waitFor({ timeout: 10_000 });
    }
    await popup.locator('.all-done').waitFor();
    const progress = popup.getByRole('progressbar');
    assert.equal(await progress.getAttribute('aria-valuenow'), String(total));
    assert.equal(await popup.locator('.step-row .status-manual').count(), 0, 'no step was marked by hand');
    await popup.screenshot({ path: join(OUT, `${site.id}-100.png`), fullPage: true });
    await popup.close();
  });
}
