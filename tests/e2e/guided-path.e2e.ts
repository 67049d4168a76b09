/**
 * The guided path on the workshop demo, in Chromium: for every platform, from the popup's first step
 * to 100%, using only what the popup ("Open this setting") and the in-page guide offer. Each tick must
 * come from a reading of the changed page, never from "I changed it myself".
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, openPopup, type ChromiumSession } from './support/chromium';
import { walkSite } from './support/walk';
import { demoPages, demoHtml } from '../demo/pages';
import { SITES } from '../../src/sites/index';
import { SITE_NAMES } from '../../src/ui/site-names';

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
});
after(async () => {
  await server?.close();
});

for (const site of SITES) {
  test(`guided path reaches 100% on the ${site.id} demo`, async () => {
    // A fresh browser per platform: each walk starts from an empty Jaga, as at a workshop.
    session = await launchChromium(server.port);
    try {
    const popup = await openPopup(session, 400);
    const start = popup.getByRole('button', { name: 'Start' });
    if (await start.isVisible().catch(() => false)) await start.click();
    await popup.getByRole('button', { name: new RegExp(`^${SITE_NAMES[site.id].replace(/[()]/g, '\\$&')}`) }).click();
    const total = site.catalogue.length;
    const walked = await walkSite(session, popup, site, async (i, _entry, page) => {
      if (i === 0) await page.screenshot({ path: join(OUT, `${site.id}-guide-done.png`) });
    });
    assert.deepEqual([...walked].sort(), site.catalogue.map((e) => e.id).sort(), 'every step was walked once');
    await popup.locator('.all-done').waitFor();
    const progress = popup.getByRole('progressbar');
    assert.equal(await progress.getAttribute('aria-valuenow'), String(total));
    assert.equal(await popup.locator('.step-row .status-manual').count(), 0, 'no step was marked by hand');
    await popup.screenshot({ path: join(OUT, `${site.id}-100.png`), fullPage: true });
    await popup.close();
    } finally {
      await session.close();
    }
  });
}
