/**
 * The workshop demo's pages: a fictional family's accounts on every platform, everything risky at the
 * start. They are the hand-written English fixtures (made-up people), served at the platforms' real
 * URLs, with controls.js making their controls work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SITES } from '../../src/sites/index';
import type { SiteId } from '../../src/shared/site-ids';

export interface DemoPage {
  site: SiteId;
  url: string;
  page: string;
  file: string;
}

const FEED_URL: Record<SiteId, string> = {
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  tiktok: 'https://www.tiktok.com/foryou',
  x: 'https://x.com/home',
  youtube: 'https://www.youtube.com/',
  threads: 'https://www.threads.com/',
  whatsapp: 'https://web.whatsapp.com/',
  telegram: 'https://web.telegram.org/k/',
};

const slug = (s: string) => s.replace(/[-_]/g, '_');

function settingsFixture(site: SiteId, page: string): string | null {
  const want = slug(page.replace(/^settings:/, ''));
  for (const name of [`settings-${want}`, `settings-${want.replace(/_/g, '-')}`]) {
    const file = `tests/fixtures/${site}/${name}.en.risky.html`;
    if (existsSync(file)) return file;
  }
  return null;
}

export function demoPages(): DemoPage[] {
  const pages: DemoPage[] = [];
  for (const site of SITES) {
    const seen = new Set<string>();
    for (const entry of [...site.catalogue].sort((a, b) => a.priority - b.priority)) {
      if (seen.has(entry.page)) continue;
      seen.add(entry.page);
      const file = settingsFixture(site.id, entry.page);
      if (file) pages.push({ site: site.id, url: entry.url, page: entry.page, file });
    }
    const feed = `tests/fixtures/${site.id}/feed-en.html`;
    if (existsSync(feed)) pages.push({ site: site.id, url: FEED_URL[site.id], page: 'feed', file: feed });
  }
  return pages;
}

const CONTROLS = readFileSync(new URL('./controls.js', import.meta.url), 'utf8');
const STYLE = readFileSync(new URL('./demo.css', import.meta.url), 'utf8');

/** The page's HTML with the demo controls script added (inline: the fixture server sets no CSP). */
export function demoHtml(page: DemoPage): string {
  const html = readFileSync(page.file, 'utf8');
  const script = `<style>${STYLE}</style><script>${CONTROLS}</script>`;
  return html.includes('</body>') ? html.replace('</body>', `${script}</body>`) : html + script;
}
