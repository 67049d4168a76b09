/**
 * Trust: hostile pages, end to end in Chromium. Facebook pages (served under the real host names)
 * whose captions, alt texts, location and a setting's value carry markup, javascript: URLs, bidi
 * controls, megabyte strings and Jaga's own words. Jaga shows all of it as plain, capped text — in
 * the in-page badges, the popup, the report and the JSON — injects no element, runs nothing (no
 * window.__pwned, no CSP violation in its pages), never renders a javascript: URL as a link, and
 * reads the settings right despite decoys quoting the label with a safe value.
 *
 * Set JAGA_EXTENSION_DIR to test another build.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, openPopup, type ChromiumSession } from './support/chromium';
import { eventually } from './support/fixtures';
import { guideNotes } from './support/guide';
import { reportSchema } from '../../src/shared/report-schema';
import { LIMITS } from '../../src/shared/limits';
import { HOSTILE_FEED, HOSTILE_SETTINGS, HOSTILE_STRINGS, INVISIBLE_CONTROLS, hostileFixture } from '../trust/support/hostile';

const EXTENSION_DIR = process.env.JAGA_EXTENSION_DIR ?? 'dist';
const MARKUP = '<img src=x onerror="window.__pwned=1">';
let server: FixtureServer;
let session: ChromiumSession;

type Stored = Record<string, unknown>;
type SiteRecord = { settings: Record<string, { status: string; value: string | null }>; flagged: Record<string, { excerpt: string; url: string | null }> };
type Win = { __pwned?: unknown; __csp?: string[]; chrome: { storage: { local: { get(k: null): Promise<Stored> } } } };

before(async () => {
  server = await startFixtureServer();
  session = await launchChromium(server.port, { extensionDir: EXTENSION_DIR });
  // In every page, Jaga's included: record CSP violations (an injected inline handler or script would raise one).
  await session.context.addInitScript(() => {
    const w = window as unknown as { __csp?: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
after(async () => {
  await session?.close();
  await server?.close();
});

const serve = (url: string, file: string) => {
  const u = new URL(url);
  server.page(u.hostname, `${u.pathname}${u.search}`, hostileFixture(file));
};

async function storage(page: Page): Promise<Stored> {
  return page.evaluate(() => (globalThis as unknown as Win).chrome.storage.local.get(null));
}

/** Nothing ran in this page's main world and (for Jaga's pages) nothing broke its CSP. */
async function assertNothingRan(page: Page, where: string) {
  const { pwned, csp } = await page.evaluate(() => ({ pwned: (window as unknown as Win).__pwned, csp: (window as unknown as Win).__csp ?? [] }));
  assert.equal(pwned, undefined, `${where}: window.__pwned was set — hostile markup ran`);
  assert.deepEqual(csp, [], `${where}: CSP violations — something tried to inject`);
}

/** Elements Jaga's badge may contain; anything else would have come from page text. */
const BADGE_TAGS = new Set(['SECTION', 'P', 'UL', 'LI', 'BUTTON', 'STYLE', '#text']);

interface CdpNode { nodeName: string; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: Array<CdpNode & { shadowRootType?: string }> }

/** Every closed shadow root on the page that holds a Jaga badge: its element names and its text. */
async function badges(page: Page): Promise<Array<{ tags: string[]; text: string; attributes: string[] }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out: Array<{ tags: string[]; text: string; attributes: string[] }> = [];
    const collect = (n: CdpNode, acc: { tags: string[]; text: string[]; attributes: string[] }) => {
      acc.tags.push(n.nodeName);
      if (n.nodeName === '#text') acc.text.push(n.nodeValue ?? '');
      for (let i = 0; i < (n.attributes ?? []).length; i += 2) acc.attributes.push(n.attributes![i]!);
      for (const c of n.children ?? []) collect(c, acc);
    };
    const walk = (n: CdpNode) => {
      for (const s of n.shadowRoots ?? []) {
        const acc = { tags: [] as string[], text: [] as string[], attributes: [] as string[] };
        for (const c of s.children ?? []) collect(c, acc);
        if (s.shadowRootType === 'closed' && acc.attributes.length > 0 && JSON.stringify(s).includes('"badge"')) out.push({ tags: acc.tags, text: acc.text.join(' '), attributes: acc.attributes });
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    return out;
  } finally {
    await cdp.detach();
  }
}

test('chromium: hostile pages are shown as inert, capped text and cannot change a reading', async () => {
  const wrong: string[] = [];
  const { context } = session;
  const watcher = await openPopup(session);

  // 1. Settings pages: decoys quoting the label with "Only me", Jaga's own words, a hostile value.
  const tab = await context.newPage();
  for (const spec of HOSTILE_SETTINGS) {
    serve(spec.url, spec.file);
    const since = new Date().toISOString();
    await tab.goto(spec.url);
    const reading = await eventually(async () => {
      const site = (await storage(watcher))['site:facebook'] as SiteRecord & { settings: Record<string, { checkedAt: string }> } | undefined;
      const r = site?.settings[spec.id] as { status: string; value: string | null; checkedAt: string } | undefined;
      return r && r.checkedAt >= since ? r : null;
    }, `reading of ${spec.id} on ${spec.file}`);
    if (reading.status !== spec.status || reading.value !== spec.value) wrong.push(`${spec.file}: ${spec.id} read ${reading.status} "${reading.value}", expected ${spec.status} "${spec.value}"`);
    if (reading.status === 'safe') wrong.push(`${spec.file}: ${spec.id} read SAFE on a hostile page`);
    if (spec.status === 'risky') {
      // The page's own "✓ Jaga: Done" does not make Jaga's guide say done.
      const notes = await eventually(async () => { const n = await guideNotes(tab); return n.length > 0 ? n : null; }, 'guide note beside the risky control');
      assert.ok(notes.every((n) => !n.done), `the guide says done on a risky setting: ${JSON.stringify(notes)}`);
    }
    await assertNothingRan(tab, spec.file);
  }

  // 2. The hostile feed: six public posts about children, every one carrying something hostile.
  serve(HOSTILE_FEED.url, HOSTILE_FEED.file);
  const feedStarted = Date.now();
  await tab.goto(HOSTILE_FEED.url);
  await eventually(async () => Object.keys(((await storage(watcher))['site:facebook'] as SiteRecord | undefined)?.flagged ?? {}).length >= 6 || null, 'six hostile posts flagged', 20_000);
  const feedMs = Date.now() - feedStarted;
  const found = await eventually(async () => { const b = await badges(tab); return b.length >= 6 ? b : null; }, 'six badges');
  for (const b of found) {
    assert.deepEqual(b.tags.filter((t) => !BADGE_TAGS.has(t)), [], `badge holds foreign elements: ${b.tags.join(',')}`);
    assert.ok(b.attributes.every((a) => ['class', 'role', 'aria-label', 'type'].includes(a)), `badge attributes: ${b.attributes.join(',')}`);
    assert.ok(b.text.length < 2_000, 'badge text is capped');
    assert.doesNotMatch(b.text, INVISIBLE_CONTROLS);
  }
  assert.ok(found.every((b) => b.text.includes('“')), 'each badge quotes its evidence');
  assert.equal(await tab.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan), true, 'the page\'s own script ran (the megabyte post exists)');
  await assertNothingRan(tab, 'hostile feed');

  // 3. The popup.
  const popup = await openPopup(session);
  const start = popup.getByRole('button', { name: 'Start' });
  if (await start.isVisible().catch(() => false)) await start.click();
  await popup.getByRole('button', { name: /^Facebook/ }).click();
  const flagged = popup.locator('section.flagged');
  await flagged.locator('li.post').nth(5).waitFor();
  const excerpts = await flagged.locator('.excerpt').allTextContents();
  assert.equal(excerpts.length, 6);
  for (const e of excerpts) {
    assert.ok(e.length <= LIMITS.excerpt, `excerpt of ${e.length} characters`);
    assert.doesNotMatch(e, INVISIBLE_CONTROLS);
  }
  assert.ok(excerpts.some((e) => e.includes(MARKUP)), 'markup in a caption is shown as text in the popup');
  assert.ok(excerpts.some((e) => e.startsWith('Jaga: Done ✓ Private')), 'Jaga\'s own words in a caption are shown as the caption, nothing more');
  const evidence = await flagged.locator('li.post .small').allTextContents();
  assert.ok(evidence.some((e) => e.includes('<img src=x onerror=window.')), 'markup in the location tag is quoted as text in the popup');
  assert.equal(await flagged.locator('img, script, iframe, object, embed, svg, math, template, [onerror], [onload]').count(), 0, 'no element injected into the popup');
  const hrefs = await flagged.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.equal(hrefs.length, 5, 'five of six posts have a permalink; the javascript: one has none');
  for (const h of hrefs) assert.match(h, /^https:\/\/www\.facebook\.com\//, `link ${h}`);
  assert.equal(await popup.locator('a[href^="javascript:" i], [href*="javascript:" i]').count(), 0);
  // The hostile setting value, as text in the step card.
  await popup.locator('.step-row', { hasText: 'Who can see your stories?' }).click();
  const card = popup.locator('section.step');
  await card.getByText('cilbuP javascript:window.__pwned=1', { exact: false }).waitFor();
  assert.equal(await card.locator('img, script, a').count(), 0);
  const cardText = (await card.textContent()) ?? '';
  assert.ok(cardText.includes(MARKUP), 'the hostile value is shown verbatim, as text');
  assert.doesNotMatch(cardText, INVISIBLE_CONTROLS);
  assert.equal(await popup.locator('.step-row .status-safe').count(), 0, 'no step reads safe');
  await assertNothingRan(popup, 'popup');

  // 4. The report, and its JSON.
  const report = await context.newPage();
  await report.goto(session.extensionUrl('src/report/index.html'));
  await report.locator('ul.posts li').nth(5).waitFor();
  assert.equal(await report.locator('tr[data-setting="facebook.future-posts-audience"]').getAttribute('data-status'), 'risky');
  assert.equal(await report.locator('tr[data-setting="facebook.stories-audience"]').getAttribute('data-status'), 'unknown');
  const row = (await report.locator('tr[data-setting="facebook.stories-audience"]').textContent()) ?? '';
  assert.ok(row.includes(MARKUP));
  assert.equal(await report.locator('main').locator('img, script, iframe, object, embed, svg, math, template, [onerror], [onload]').count(), 0, 'no element injected into the report');
  assert.equal(await report.locator('a').count(), 0, 'the report renders no links at all');
  for (const e of await report.locator('ul.posts .excerpt').allTextContents()) {
    assert.ok(e.length <= LIMITS.excerpt);
    assert.doesNotMatch(e, INVISIBLE_CONTROLS);
  }
  const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: /JSON/ }).click()]);
  const json = reportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  const fb = json.platforms.find((p) => p.platform === 'facebook')!;
  assert.equal(fb.flaggedPosts.length, 6);
  for (const p of fb.flaggedPosts) {
    assert.ok(p.excerpt.length <= LIMITS.excerpt);
    assert.ok(p.url === null || p.url.startsWith('https://www.facebook.com/'), `json url ${p.url}`);
    for (const s of [p.excerpt, ...p.reasons]) assert.doesNotMatch(s, INVISIBLE_CONTROLS);
  }
  assert.equal(fb.settings.find((s) => s.id === 'facebook.future-posts-audience')?.status, 'risky');
  assert.ok(JSON.stringify(json).length < 200_000, 'megabyte strings did not reach the export');
  await assertNothingRan(report, 'report');

  console.log([
    `[trust] hostile pages: ${HOSTILE_STRINGS.length} hostile strings in ${HOSTILE_SETTINGS.length + 1} pages; wrong readings: ${wrong.length}`,
    `  badges: ${found.length}, popup excerpts: ${excerpts.length} (longest ${Math.max(...excerpts.map((e) => e.length))} chars), links rendered: ${hrefs.length} (all https://www.facebook.com/)`,
    `  hostile feed (one post a megabyte) read and flagged in ${feedMs} ms`,
  ].join('\n'));
  assert.deepEqual(wrong, [], 'wrong readings on hostile pages');
});
