/**
 * Trust: zero network, at run time, in Chromium. A full audit — every English settings fixture and
 * every feed fixture of every platform (and the hostile pages) under their real URLs, the popup, the
 * report, the JSON download, "Forget everything" — while three independent witnesses record every
 * request:
 *
 *  1. CDP: a second DevTools client auto-attaches to EVERY target (the service worker — including
 *     restarts —, the popup, the report page, the web pages the content script runs in) before it
 *     runs, with Network.enable, and records Network.requestWillBeSent / webSocketCreated.
 *       - In an extension context (target URL chrome-extension://<id>/…) every request must be for the
 *         extension's own packaged files (chrome-extension://<id>/…), a data: or a blob: URL: those are
 *         read from the installed package or from memory by the browser and never leave the machine.
 *       - In a web page, a request is Jaga's when its initiator URL, or any frame of its initiator
 *         stack (async parents included), is chrome-extension://…: the content script. There must be none.
 *  2. The fixture server's log: every request that reached it must be a page the test navigated to,
 *     or the browser's own /favicon.ico.
 *  3. Chromium's NetLog (--log-net-log): no request of the whole browser may have the extension as its
 *     initiator, and every request initiated by a fixture page must be a navigation or the favicon.
 *     Requests with no initiator ("not an origin") are the browser's own services (component updates,
 *     time, account checks); they are counted and listed, not attributed to Jaga.
 *
 * Set JAGA_EXTENSION_DIR to test another build (e.g. one broken on purpose).
 * JAGA_NETWORK_PAGES=n visits only the first n fixture pages (debugging).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type CDPSession } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { TEST_HOSTS } from './support/cert';
import { CHROMIUM } from './support/chromium';
import { eventually } from './support/fixtures';
import { SITES } from '../../src/sites/index';
import type { SiteId } from '../../src/shared/site-ids';
import { reportSchema } from '../../src/shared/report-schema';
import { HOSTILE_FEED, HOSTILE_SETTINGS } from '../trust/support/hostile';

const EXTENSION_DIR = resolve(process.env.JAGA_EXTENSION_DIR ?? 'dist');
const CONCURRENCY = 4;

const FEED_URL: Record<SiteId, string> = {
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  tiktok: 'https://www.tiktok.com/foryou',
  x: 'https://x.com/home',
  // YouTube's feed fixture is the parent's own channel (uploads with Unlisted/Private badges).
  youtube: 'https://www.youtube.com/@keluarga.aina/videos',
  threads: 'https://www.threads.com/',
  whatsapp: 'https://web.whatsapp.com/',
  telegram: 'https://web.telegram.org/k/',
};

interface Visit {
  site: SiteId;
  file: string;
  url: string;
  /** Catalogue entries whose reading this page must refresh ([] for feeds). */
  entries: string[];
}

/** Every settings-*.en.*.html and feed-*.html fixture, with the real URL it lives at. */
function visits(): Visit[] {
  const out: Visit[] = [];
  const slug = (s: string) => s.replace(/[-_]/g, '_');
  for (const site of SITES) {
    const dir = join('tests/fixtures', site.id);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const settings = /^settings-(.+?)\.en\..*\.html$/.exec(file) ?? /^settings-(.+?)\.en\.html$/.exec(file);
      if (settings) {
        const onPage = site.catalogue.filter((e) => slug(e.page.replace(/^settings:/, '')) === slug(settings[1]!));
        assert.ok(onPage.length > 0, `${site.id}/${file}: no catalogue entry lives on a page named like it`);
        out.push({ site: site.id, file: join(dir, file), url: onPage[0]!.url, entries: onPage.map((e) => e.id) });
      } else if (/^feed-.*\.html$/.test(file)) {
        out.push({ site: site.id, file: join(dir, file), url: FEED_URL[site.id], entries: [] });
      }
    }
  }
  for (const v of out) assert.notEqual(SITES.find((s) => s.id === v.site)!.detect(new URL(v.url)), null, `${v.url} (for ${v.file}) is a page Jaga works on`);
  for (const h of HOSTILE_SETTINGS) out.push({ site: 'facebook', file: join('tests/fixtures/hostile', h.file), url: h.url, entries: [h.id] });
  out.push({ site: 'facebook', file: join('tests/fixtures/hostile', HOSTILE_FEED.file), url: HOSTILE_FEED.url, entries: [] });
  return out;
}

interface Seen {
  targetType: string;
  targetUrl: string;
  url: string;
  documentURL?: string;
  initiator: { type: string; url?: string; stack?: Stack };
  kind: 'request' | 'websocket';
}
interface Stack { callFrames: Array<{ url: string }>; parent?: Stack }

function stackUrls(stack: Stack | undefined): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) out.push(...s.callFrames.map((f) => f.url));
  return out;
}

/** A second DevTools client: auto-attach to every target before it runs, record its network. */
async function cdpRecorder(port: number) {
  const browser: PuppeteerBrowser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null, targetFilter: () => false });
  const root = await browser.target().createCDPSession();
  const connection = root.connection()!;
  const seen: Seen[] = [];
  /** Attempts the extension's CSP stopped before they reached the network (connect-src/img-src 'none'/'self'). */
  const blocked: string[] = [];
  const targets = new Map<string, { type: string; url: string; watched?: boolean }>();
  let attached = 0;
  const failures: string[] = [];
  /** Targets that closed before Network.enable reached them (see the catch below). */
  const closedBeforeRunning: string[] = [];

  const onAttached = async (event: { sessionId: string; targetInfo: { targetId: string; type: string; url: string }; waitingForDebugger: boolean }) => {
    const session: CDPSession | undefined = connection.session(event.sessionId) ?? undefined;
    if (!session) return;
    attached++;
    const info: { type: string; url: string; watched?: boolean } = { type: event.targetInfo.type, url: event.targetInfo.url };
    targets.set(event.targetInfo.targetId, info);
    session.on('Target.attachedToTarget', (e) => void onAttached(e as typeof event));
    session.on('Network.requestWillBeSent', (e: { request: { url: string }; documentURL?: string; initiator: Seen['initiator'] }) => {
      seen.push({ targetType: info.type, targetUrl: info.url, url: e.request.url, documentURL: e.documentURL, initiator: e.initiator, kind: 'request' });
    });
    session.on('Log.entryAdded', (e: { entry: { source: string; level: string; text: string; url?: string } }) => {
      if (/Content Security Policy|Refused to (connect|load|execute)/i.test(e.entry.text)) blocked.push(`${info.type} ${info.url}: ${e.entry.text.slice(0, 300)}`);
    });
    session.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      const text = `${e.exceptionDetails.text} ${e.exceptionDetails.exception?.description ?? ''}`;
      if (/Content Security Policy|Refused to (connect|load)/i.test(text)) blocked.push(`${info.type} ${info.url}: ${text.slice(0, 300)}`);
    });
    session.on('Network.webSocketCreated', (e: { url: string; initiator?: Seen['initiator'] }) => {
      seen.push({ targetType: info.type, targetUrl: info.url, url: e.url, initiator: e.initiator ?? { type: 'other' }, kind: 'websocket' });
    });
    try {
      if (!['browser', 'tab', 'browser_ui', 'webview'].includes(info.type)) {
        await session.send('Network.enable');
        info.watched = true;
        await session.send('Log.enable').catch(() => undefined);
        await session.send('Runtime.enable').catch(() => undefined);
      }
      await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }).catch(() => undefined);
    } catch (error) {
      // A target that closed before it could be watched is gone: if it was paused for the debugger it
      // never ran a line; if it was already running (the worker that started with the browser, before
      // this client connected, stopping for idleness) it can send nothing more, and NetLog below covers
      // the browser's whole life. The test still requires a service worker that WAS watched. Anything
      // else that could not be watched is a failure: its requests would go unseen.
      if (/Target closed|Session closed|No target with given id/i.test(String(error))) closedBeforeRunning.push(`${info.type} ${info.url}`);
      else failures.push(`${info.type} ${info.url}: ${String(error)}`);
    } finally {
      if (event.waitingForDebugger) await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    }
  };
  root.on('Target.attachedToTarget', (e) => void onAttached(e as Parameters<typeof onAttached>[0]));
  root.on('Target.targetInfoChanged', (e: { targetInfo: { targetId: string; type: string; url: string } }) => {
    const t = targets.get(e.targetInfo.targetId);
    if (t) t.url = e.targetInfo.url;
  });
  await root.send('Target.setDiscoverTargets', { discover: true });
  await root.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return { seen, blocked, targets, failures, closedBeforeRunning, attached: () => attached, close: () => browser.disconnect() };
}

interface NetLogRequest { url: string; initiator: string; method: string }

/** Every URL request of the whole browser, from Chromium's NetLog. */
function readNetLog(file: string): NetLogRequest[] {
  let text = readFileSync(file, 'utf8').trim();
  if (!text.endsWith('}')) text = `${text.replace(/,\s*$/, '')}]}`; // a log cut short at exit
  const log = JSON.parse(text) as { constants: { logEventTypes: Record<string, number> }; events: Array<{ type: number; params?: Record<string, unknown> }> };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && typeof e.params?.url === 'string')
    .map((e) => ({ url: String(e.params!.url), initiator: String(e.params!.initiator ?? 'none'), method: String(e.params!.method ?? '') }));
}

let server: FixtureServer;
before(async () => {
  assert.ok(existsSync(join(EXTENSION_DIR, 'manifest.json')), `${EXTENSION_DIR} is missing: run npm run build`);
  server = await startFixtureServer();
});
after(async () => server?.close());

test('chromium: a full audit makes no network request from any extension context', async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'jaga-network-'));
  const netLog = join(userDataDir, 'netlog.json');
  const rules = [...TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
  let context: BrowserContext | undefined;
  let recorder: Awaited<ReturnType<typeof cdpRecorder>> | undefined;
  const started = Date.now();
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      ignoreHTTPSErrors: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, `--host-resolver-rules=${rules}`,
        '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps',
        '--disable-features=Translate,OptimizationHints,MediaRouter',
        '--remote-debugging-port=0', `--log-net-log=${netLog}`, '--net-log-capture-mode=Default',
      ],
    });
    const port = Number(readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    recorder = await cdpRecorder(port);
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    const extensionId = new URL(worker.url()).host;
    const origin = `chrome-extension://${extensionId}/`;

    // One extension page stays open to watch storage (and is itself recorded).
    const watcher = await context.newPage();
    await watcher.goto(`${origin}src/report/index.html`);
    const storage = () => watcher.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));

    // The fixture server answers each URL with whichever fixture is "current" for it.
    const current = new Map<string, string>();
    const navigated = new Set<string>();
    // JAGA_NETWORK_PAGES=n visits only the first n pages (a quick look while debugging; the test needs all).
    const plan = visits().slice(0, Number(process.env.JAGA_NETWORK_PAGES ?? Infinity));
    for (const v of plan) {
      const u = new URL(v.url);
      server.handle(u.hostname, u.pathname, (req, res) => {
        const html = current.get(`${u.hostname}${req.url ?? ''}`);
        if (html === undefined) return void res.writeHead(404).end('not a fixture');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      });
    }

    // Pages with the same URL take turns; different URLs run side by side.
    const groups = new Map<string, Visit[]>();
    for (const v of plan) groups.set(v.url, [...(groups.get(v.url) ?? []), v]);
    const queue = [...groups.values()];
    const reported: Array<{ file: string; ok: boolean; ms: number }> = [];
    const visitOne = async (page: Page, v: Visit) => {
      const u = new URL(v.url);
      current.set(`${u.hostname}${u.pathname}${u.search}`, readFileSync(v.file, 'utf8'));
      navigated.add(`${u.hostname}${u.pathname}${u.search}`);
      const since = new Date().toISOString();
      const t0 = Date.now();
      const before = await storage();
      const scannedBefore = (before[`site:${v.site}`] as { postsScanned?: number } | undefined)?.postsScanned ?? 0;
      await page.goto(v.url);
      const ok = await eventually(async () => {
        const record = (await storage())[`site:${v.site}`] as { postsScanned?: number; settings?: Record<string, { checkedAt: string }> } | undefined;
        if (!record) return false;
        // `some`: a list or panel page shows only part of its page's settings (a closed panel shows none,
        // and then this waits out its time): the audit only needs Jaga to have worked on the page.
        if (v.entries.length > 0) return v.entries.some((id) => (record.settings?.[id]?.checkedAt ?? '') >= since);
        return (record.postsScanned ?? 0) > scannedBefore;
      }, `Jaga read ${v.file}`, v.entries.length > 0 ? 8_000 : 20_000).then(() => true, () => false);
      reported.push({ file: v.file, ok, ms: Date.now() - t0 });
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      const page = await context!.newPage();
      for (let group = queue.shift(); group; group = queue.shift()) for (const v of group) await visitOne(page, v);
      await page.close();
    }));

    // The popup, the report, the JSON download, forget everything.
    const popup = await context.newPage();
    await popup.goto(`${origin}src/popup/index.html`);
    const start = popup.getByRole('button', { name: 'Start' });
    if (await start.isVisible().catch(() => false)) await start.click();
    await popup.getByRole('button', { name: /^Facebook/ }).click();
    await popup.locator('.step-row').first().waitFor();
    const report = await context.newPage();
    await report.goto(`${origin}src/report/index.html`);
    await report.locator('tr[data-setting]').first().waitFor();
    const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: /JSON/ }).click()]);
    const exported = reportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    await report.getByRole('button', { name: 'Forget everything' }).click();
    await report.getByRole('button', { name: 'Yes, delete it all' }).click();
    await report.getByText('Jaga has forgotten everything').waitFor();
    assert.deepEqual(await storage(), {}, 'forget everything empties storage');
    // Let the worker finish whatever it started (badge, storage events) before the books close.
    await new Promise((r) => setTimeout(r, 500));

    const attachedTargets = [...recorder.targets.values()];
    const all = recorder.seen;
    const recorderFailures = recorder.failures;
    const closedBeforeRunning = recorder.closedBeforeRunning;
    const blockedByCsp = recorder.blocked.filter((b) => b.includes('chrome-extension://'));
    await recorder.close();
    recorder = undefined;
    await context.close();
    context = undefined;

    // ---- The books.
    const isOwn = (url: string) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith(`blob:${origin}`) || url.startsWith(`blob:chrome-extension://${extensionId}`);
    const fromExtensionContext = all.filter((s) => s.targetUrl.startsWith('chrome-extension://') || (s.documentURL ?? '').startsWith('chrome-extension://'));
    const fromPages = all.filter((s) => !fromExtensionContext.includes(s));
    const jagaInPage = fromPages.filter((s) => (s.initiator.url ?? '').startsWith('chrome-extension://') || stackUrls(s.initiator.stack).some((u) => u.startsWith('chrome-extension://')));
    const extensionNetwork = fromExtensionContext.filter((s) => !isOwn(s.url));

    const serverUnexpected = server.requests.filter((r) => !navigated.has(`${r.host}${r.url}`) && r.url !== '/favicon.ico');
    const net = readNetLog(netLog);
    const netFromExtension = net.filter((r) => r.initiator.startsWith('chrome-extension://'));
    const fixtureOrigins = new Set(TEST_HOSTS.map((h) => `https://${h}`));
    const netFromPages = net.filter((r) => fixtureOrigins.has(r.initiator));
    const netPagesUnexpected = netFromPages.filter((r) => {
      const u = new URL(r.url);
      return !navigated.has(`${u.hostname}${u.pathname}${u.search}`) && u.pathname !== '/favicon.ico';
    });
    const browserOwn = net.filter((r) => r.initiator === 'not an origin' && !navigated.has((() => { const u = new URL(r.url); return `${u.hostname}${u.pathname}${u.search}`; })()));

    const byType = (list: Seen[]) => Object.entries(list.reduce<Record<string, number>>((m, s) => ({ ...m, [s.targetType]: (m[s.targetType] ?? 0) + 1 }), {})).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log([
      `[trust] network audit: ${plan.length} fixture pages (${reported.filter((r) => r.ok).length} read by Jaga), popup, report, JSON download, forget — ${((Date.now() - started) / 1000).toFixed(1)}s`,
      `  pages Jaga sent nothing from in time: ${reported.filter((r) => !r.ok).map((r) => r.file).join(', ') || 'none'}`,
      `  slowest pages: ${[...reported].sort((a, b) => b.ms - a.ms).slice(0, 5).map((r) => `${r.file} ${r.ms}ms${r.ok ? '' : ' (nothing reported)'}`).join(', ')}`,
      `  CDP: ${attachedTargets.length} targets attached (${[...new Set(attachedTargets.map((t) => t.type))].join(', ')}), ${all.length} requests recorded${closedBeforeRunning.length ? `; closed before they could be watched: ${closedBeforeRunning.length}` : ''}`,
      `    in extension contexts: ${fromExtensionContext.length} (${byType(fromExtensionContext)}), of which own package/data/blob ${fromExtensionContext.length - extensionNetwork.length}, network ${extensionNetwork.length}`,
      `    in web pages: ${fromPages.length}, initiated by Jaga's content script ${jagaInPage.length}`,
      `    attempts stopped by the extension's CSP: ${blockedByCsp.length}${blockedByCsp.length ? ` (${[...new Set(blockedByCsp)].slice(0, 3).join(' | ')})` : ''}`,
      `  fixture server: ${server.requests.length} requests, ${serverUnexpected.length} not explained by a navigation or the favicon`,
      `  NetLog: ${net.length} URL requests; initiator Jaga ${netFromExtension.length}; from fixture pages ${netFromPages.length} (${netPagesUnexpected.length} unexplained); browser's own services ${browserOwn.length} (${[...new Set(browserOwn.map((r) => new URL(r.url).hostname))].join(', ') || 'none'})`,
      `  report exported: ${exported.platforms.reduce((n, p) => n + p.settings.filter((s) => s.status !== 'unchecked').length, 0)} readings, ${exported.platforms.reduce((n, p) => n + p.flaggedPosts.length, 0)} flagged posts`,
    ].join('\n'));

    assert.equal(recorderFailures.length, 0, `CDP could not watch some targets:\n${recorderFailures.join('\n')}`);
    assert.ok(attachedTargets.some((t) => t.type === 'service_worker' && t.url.startsWith(origin) && t.watched), 'the service worker was watched');
    assert.ok(fromExtensionContext.length > 0, 'extension pages were watched (their own files load)');
    assert.deepEqual(extensionNetwork.map((s) => `${s.kind} ${s.url} from ${s.targetType} ${s.targetUrl}`), [], 'network requests from the service worker, popup or report');
    assert.deepEqual(blockedByCsp, [], 'requests the extension tried and its CSP stopped (an attempt breaks the promise too)');
    assert.deepEqual(jagaInPage.map((s) => `${s.kind} ${s.url} initiated by ${s.initiator.url ?? stackUrls(s.initiator.stack)[0]} in ${s.targetUrl}`), [], 'requests made by the content script');
    assert.deepEqual(serverUnexpected, [], 'requests the fixture server saw that no navigation explains');
    assert.deepEqual(netFromExtension, [], 'NetLog: requests initiated by the extension');
    assert.deepEqual(netPagesUnexpected, [], 'NetLog: requests from fixture pages that no navigation explains');
    const missed = reported.filter((r) => !r.ok).map((r) => r.file);
    assert.ok(missed.length <= Math.floor(plan.length / 10), `Jaga did not report from these pages (is it working at all?): ${missed.join(', ')}`);
  } finally {
    await recorder?.close().catch(() => undefined);
    await context?.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
