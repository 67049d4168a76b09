/**
 * Foundation, end to end in real browsers: a setting read on a Facebook settings page (served under
 * its real host name over HTTPS) reaches the popup and the report, and the JSON export validates.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, openPopup, type ChromiumSession } from './support/chromium';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { fixture, eventually } from './support/fixtures';
import { reportSchema } from '../../src/shared/report-schema';
import { GECKO_ID } from '../../vite.config';

const SETTING = 'facebook.future-posts-audience';
const SETTINGS_URL = 'https://www.facebook.com/settings/?tab=posts';
const OUT = 'test-output';
let server: FixtureServer;
type ExtensionGlobal = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } };

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
});
after(async () => server.close());

test('chromium: a Facebook setting reaches the popup and the report; JSON validates; forget empties storage', async () => {
  server.page('www.facebook.com', '/settings/?tab=posts', fixture('facebook/settings-posts.en.risky.html'));
  const session: ChromiumSession = await launchChromium(server.port);
  try {
    const { context } = session;
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    assert.deepEqual(manifest.permissions, ['storage']);

    const tab = await context.newPage();
    await tab.goto(SETTINGS_URL);

    const popup = await openPopup(session);
    await popup.getByRole('button', { name: 'Start' }).click();
    await popup.getByRole('button', { name: /^Facebook/ }).click();
    const step = popup.locator('.step-row', { hasText: 'Who can see your future posts?' });
    await step.getByText('Change this').waitFor({ timeout: 10_000 });
    await popup.locator('section.step').getByText('Now: Public').waitFor();
    await popup.screenshot({ path: join(OUT, 'chromium-popup-risky.png') });

    // The parent changes the setting on the page: the popup follows.
    server.page('www.facebook.com', '/settings/?tab=posts', fixture('facebook/settings-posts.en.safe.html'));
    await tab.reload();
    await step.getByText('Private').first().waitFor({ timeout: 10_000 });

    const report = await context.newPage();
    await report.goto(session.extensionUrl('src/report/index.html'));
    await eventually(async () => (await report.locator(`tr[data-setting="${SETTING}"]`).getAttribute('data-status')) === 'safe', 'report row safe');
    const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: /JSON/ }).click()]);
    assert.match(download.suggestedFilename(), /^jaga-report-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const parsed = reportSchema.parse(json);
    const fb = parsed.platforms.find((p) => p.platform === 'facebook')!;
    assert.equal(fb.settings.find((s) => s.id === SETTING)?.status, 'safe');
    await report.screenshot({ path: join(OUT, 'chromium-report.png'), fullPage: true });

    await report.getByRole('button', { name: 'Forget everything' }).click();
    await report.getByRole('button', { name: 'Yes, delete it all' }).click();
    await report.getByText('Jaga has forgotten everything').waitFor();
    const stored = await report.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null));
    assert.deepEqual(stored, {});
  } finally {
    await session.close();
  }
});

test('firefox: the same reading reaches the popup', async () => {
  server.page('www.facebook.com', '/settings/?tab=posts', fixture('facebook/settings-posts.en.risky.html'));
  const session: FirefoxSession = await launchFirefox(server.proxyPort, { geckoId: GECKO_ID });
  try {
    const tab = await session.browser.newPage();
    await tab.goto(SETTINGS_URL);
    const popup = await session.browser.newPage();
    // puppeteer#14314: goto never resolves for add-on pages in Firefox; start it and poll the page instead.
    void popup.goto(session.extensionUrl('src/popup/index.html')).catch(() => undefined);
    // Host permissions are optional in Firefox MV3: if they are not granted, the popup must say so.
    const text = await eventually(async () => {
      const body = await popup.evaluate(() => document.body.innerText);
      return body.includes('Start') ? body : null;
    }, 'popup rendered');
    assert.ok(!text.includes('not allowed to read'), 'host permissions granted to the temporary add-on');
    await popup.locator('button ::-p-text(Start)').click();
    await popup.locator('button ::-p-text(Facebook)').click();
    await eventually(async () => {
      const body = await popup.evaluate(() => document.body.innerText);
      return body.includes('Change this') && body.includes('Now: Public');
    }, 'risky reading in the Firefox popup', 15_000);
    await popup.screenshot({ path: join(OUT, 'firefox-popup-risky.png') });
  } finally {
    await session.close();
  }
});

test('the built extensions hold no web_accessible_resources and only the promised permissions', () => {
  for (const dir of ['dist', 'dist-firefox']) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.web_accessible_resources, undefined, `${dir}: web_accessible_resources`);
    assert.deepEqual(manifest.permissions, ['storage']);
    assert.ok(readdirSync(dir).includes('manifest.json'));
  }
});
