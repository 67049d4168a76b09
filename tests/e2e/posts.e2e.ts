/**
 * Flagged posts, end to end in Chromium on the Facebook feed fixture: badges on the flagged posts only
 * (in closed shadow roots), the same posts listed in the popup with excerpt, audience and reasons,
 * and "This is fine" remembered across reloads.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, openPopup, type ChromiumSession } from './support/chromium';
import { fixture, eventually } from './support/fixtures';
import { badges, dismissBadge } from './support/badges';

let server: FixtureServer;
let session: ChromiumSession;

before(async () => {
  server = await startFixtureServer();
  server.page('www.facebook.com', '/', fixture('facebook/feed-en.html'));
  session = await launchChromium(server.port);
});
after(async () => {
  await session?.close();
  await server?.close();
});

test('feed: badges on flagged posts, the popup lists them, "This is fine" is remembered', async () => {
  const tab = await session.context.newPage();
  await tab.goto('https://www.facebook.com/');
  const first = await eventually(async () => {
    const found = await badges(tab);
    return found.length > 0 ? found : null;
  }, 'badges on the feed');
  await tab.waitForTimeout(800);
  const all = await badges(tab);
  assert.ok(all.length >= 2, `several flagged posts (${all.length})`);
  assert.ok(all.every((b) => b.closed), 'every badge is in a closed shadow root');
  assert.ok(all.every((b) => /Child|uniform/i.test(b.text) && /This is fine/.test(b.text)), 'badge says what was found and offers "This is fine"');
  assert.ok(all.some((b) => b.text.includes('public post')));
  // The page cannot see inside: the host has no open shadow root.
  assert.equal(await tab.evaluate(() => [...document.querySelectorAll('div')].filter((d) => d.shadowRoot).length), 0);

  const popup = await openPopup(session);
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: /^Facebook/ }).click();
  await popup.getByRole('heading', { name: `Posts to review (${all.length})` }).waitFor({ timeout: 10_000 });
  const excerpts = await popup.locator('.post .excerpt').allTextContents();
  assert.equal(excerpts.length, all.length);
  assert.ok(excerpts.every((e) => e.length <= 140));

  // "This is fine" on the first badge: it goes, the popup list shrinks, and it stays gone after a reload.
  await dismissBadge(tab, first[0]!);
  await eventually(async () => (await badges(tab)).length === all.length - 1, 'badge removed');
  await popup.getByRole('heading', { name: `Posts to review (${all.length - 1})` }).waitFor({ timeout: 10_000 });
  await tab.reload();
  await tab.waitForTimeout(1500);
  assert.equal((await badges(tab)).length, all.length - 1, 'dismissed post stays dismissed after reload');
  await popup.close();
  await tab.close();
});
