/**
 * Settings, end to end in Chromium, on the fixtures under the real host names: every required id
 * reads right in both states and reaches the JSON report; a page in an unverified language reads
 * unknown with the popup's advice; a recognised page with its settings missing shows the health
 * notice; a flipped switch and a client-side navigation are followed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, openPopup, type ChromiumSession } from './support/chromium';
import { fixture, eventually } from './support/fixtures';
import { SITES } from '../../src/sites/index';
import { reportSchema, type Report } from '../../src/shared/report-schema';
import { demoHtml, demoPages } from '../demo/pages';

let server: FixtureServer;
let session: ChromiumSession;

before(async () => {
  server = await startFixtureServer();
  session = await launchChromium(server.port);
});
after(async () => {
  await session?.close();
  await server?.close();
});

async function report(): Promise<Report> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('src/report/index.html'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON/ }).click()]);
  const parsed = reportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  await page.close();
  return parsed;
}

async function forget(): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('src/report/index.html'));
  await page.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete it all' }).click();
  await page.getByText('Jaga has forgotten everything').waitFor();
  await page.close();
}

/** English fixtures per site and page, as the file names give them: settings-<page>.en.<state>.html. */
function englishFixtures(site: string, state: 'safe' | 'risky'): Array<{ file: string; url: string; page: string }> {
  const def = SITES.find((s) => s.id === site)!;
  const out: Array<{ file: string; url: string; page: string }> = [];
  for (const name of readdirSync(`tests/fixtures/${site}`)) {
    const m = /^settings-(.+)\.en\.(safe|risky)\.html$/.exec(name);
    if (!m || m[2] !== state) continue;
    const slug = m[1]!.replace(/-/g, '_');
    const entry = def.catalogue.find((e) => e.page.replace(/^settings:/, '').replace(/-/g, '_') === slug);
    if (entry) out.push({ file: `${site}/${name}`, url: entry.url, page: entry.page });
  }
  return out;
}

async function visit(tab: Page, url: string, file: string): Promise<void> {
  const u = new URL(url);
  server.page(u.hostname, `${u.pathname}${u.search}`, fixture(file));
  await tab.goto(url);
  await tab.waitForTimeout(400);
}

for (const state of ['risky', 'safe'] as const) {
  test(`every catalogue setting reads ${state} on its English fixture and reaches the report`, async () => {
    await forget();
    const tab = await session.context.newPage();
    for (const site of SITES) for (const f of englishFixtures(site.id, state)) await visit(tab, f.url, f.file);
    await tab.close();
    const r = await eventually(async () => {
      const rep = await report();
      const all = rep.platforms.flatMap((p) => p.settings);
      return all.every((s) => s.status !== 'unchecked') ? rep : null;
    }, 'every setting read', 20_000);
    for (const platform of r.platforms) {
      for (const s of platform.settings) assert.equal(s.status, state, `${s.id} on the ${state} fixture (value ${s.value})`);
    }
  });
}

test('a Malay Facebook page reads unknown, and the popup says why and how to switch', async () => {
  await forget();
  const tab = await session.context.newPage();
  await visit(tab, 'https://www.facebook.com/settings/?tab=posts', 'facebook/settings-posts.ms.risky.html');
  const popup = await openPopup(session);
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: /^Facebook/ }).click();
  await popup.getByText('Jaga cannot read this language yet').waitFor({ timeout: 10_000 });
  await popup.getByText('Language and region').waitFor();
  assert.ok(await popup.locator('.step-row', { hasText: 'Who can see your future posts?' }).getByText('Could not check').isVisible());
  await popup.close();
  await tab.close();
});

test('a recognised settings page whose settings are missing shows the health notice and a diagnostic', async () => {
  await forget();
  const tab = await session.context.newPage();
  server.page('www.facebook.com', '/settings/?tab=stories', '<!doctype html><html lang="en"><body><div role="main"><h2>Stories</h2><p>Something new here.</p></div></body></html>');
  await tab.goto('https://www.facebook.com/settings/?tab=stories');
  const popup = await openPopup(session);
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: /^Facebook/ }).click();
  await popup.getByText("Jaga couldn't read this page reliably").first().waitFor({ timeout: 10_000 });
  const note = JSON.parse(await popup.getByRole('textbox', { name: 'Diagnostic note' }).inputValue());
  assert.equal(note.platform, 'facebook');
  assert.equal(note.page, 'settings:stories');
  assert.ok(note.missing.includes('facebook.stories-audience'));
  assert.ok(!JSON.stringify(note).includes('Something new here'), 'no page content in the diagnostic');
  await popup.close();
  await tab.close();
});

test('a flipped switch is followed within a second, and client-side navigation is followed', async () => {
  await forget();
  for (const page of demoPages().filter((p) => p.site === 'tiktok' || p.site === 'x')) {
    const u = new URL(page.url);
    server.page(u.hostname, `${u.pathname}${u.search}`, demoHtml(page));
  }
  const tab = await session.context.newPage();
  await tab.goto('https://www.tiktok.com/setting/privacy');
  const popup = await openPopup(session);
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: /^TikTok/ }).click();
  const row = popup.locator('.step-row', { hasText: 'Private account' });
  await row.locator('.status-risky').waitFor({ timeout: 10_000 });
  const sw = tab.locator('[role="switch"], input[type="checkbox"]').first();
  const flippedAt = Date.now();
  await sw.click();
  await row.locator('.status-safe').waitFor({ timeout: 3_000 });
  const took = Date.now() - flippedAt;
  assert.ok(took < 1_500, `reading followed the switch in ${took} ms`);

  // X: the page changes its URL without a reload (history.pushState) to another settings page.
  await tab.goto('https://x.com/settings/audience_and_tagging');
  await tab.evaluate(async () => {
    const res = await fetch('/settings/location');
    const html = await res.text();
    history.pushState({}, '', '/settings/location');
    const next = new DOMParser().parseFromString(html, 'text/html').body;
    document.body.replaceChildren(...[...next.childNodes].map((n) => document.adoptNode(n)));
  });
  await popup.getByRole('button', { name: /All platforms/ }).click();
  await popup.getByRole('button', { name: /^X \(Twitter\)/ }).click();
  await popup.locator('.step-row', { hasText: 'Add location information to your posts' }).locator('.status-risky').waitFor({ timeout: 5_000 });
  await popup.close();
  await tab.close();
});
