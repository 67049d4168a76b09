/**
 * `npm run bench -- --profile [--sizes 500]`: where the reader's and the rules' time goes. Loads the
 * synthetic feed in Chromium (no extension), lets it grow, then runs the naive bundle's `read()` and
 * `assess()` (every post read and assessed a few times) under the CDP sampling profiler and prints the
 * functions with the most self time, and the inclusive time of the reader's and rules' entry points.
 * The naive bundle is built unminified, so the names are the source's.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hot {
  name: string;
  selfMs: number;
  totalMs: number;
}

export async function profilePage(context: BrowserContext, url: string, chunk: number, reps: number): Promise<{ totalMs: number; hot: Hot[] }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.evaluate((c) => window.__bench.start(c), chunk);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await page.evaluate(() => window.JagaNaive.naive.prepare());
    await cdp.send('Profiler.start');
    await page.evaluate((r) => window.JagaNaive.naive.read(r) + window.JagaNaive.naive.assess(r), reps);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return summarise(profile);
  } finally {
    await page.close();
  }
}

/**
 * `npm run bench -- --profile-ext`: where the CONTENT SCRIPT's time goes in the real extension while
 * the feed grows (an unminified build, so the names are the source's). Samples the page's renderer
 * (the content script's isolated world shares its thread) from the first posts until the background
 * has counted every post, and keeps the samples whose stack holds the extension's script: what the
 * extension costs the page, cold wrappers, messages and badges included — unlike `--profile`, which
 * times the reader warm in the page's own world. The sampler inflates every figure several times:
 * read the shares, not the milliseconds.
 */
export async function profileExtension(page: Page, scriptPrefix: string, grow: () => Promise<void>): Promise<{ totalMs: number; hot: Hot[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await grow();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return summarise(profile, (stack) => stack.some((n) => n.callFrame.url.startsWith(scriptPrefix)));
}

function summarise(profile: Profile, keep: (stack: ProfileNode[]) => boolean = () => true): { totalMs: number; hot: Hot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : '(native)'}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    const stack: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n) stack.push(n);
    }
    if (!keep(stack)) return;
    totalMs += ms;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    // Inclusive: once per distinct function on the stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const hot = [...total.keys()].map((name) => ({ name, selfMs: self.get(name) ?? 0, totalMs: total.get(name) ?? 0 }));
  return { totalMs, hot };
}
