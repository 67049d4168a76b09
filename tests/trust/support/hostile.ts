/**
 * The hostile fixtures (tests/fixtures/hostile/) and the hostile strings they carry, shared by the unit
 * test (tests/trust/hostile-content.test.ts) and the browser test (tests/e2e/hostile.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const hostileFixture = (name: string) => readFileSync(resolve('tests/fixtures/hostile', name), 'utf8');

/** Where each hostile page is served (the platform's real URL) and what Jaga must read there. In this order: the last reading of future-posts must be the risky one. */
export const HOSTILE_SETTINGS = [
  { file: 'settings-posts.en.decoy-only.html', url: 'https://www.facebook.com/settings/?tab=posts', page: 'settings:posts', id: 'facebook.future-posts-audience', status: 'unknown', value: null },
  { file: 'settings-posts.en.risky-with-decoys.html', url: 'https://www.facebook.com/settings/?tab=posts', page: 'settings:posts', id: 'facebook.future-posts-audience', status: 'risky', value: 'Public' },
  { file: 'settings-stories.en.hostile-value.html', url: 'https://www.facebook.com/settings/?tab=stories', page: 'settings:stories', id: 'facebook.stories-audience', status: 'unknown', value: '<img src=x onerror="window.__pwned=1">cilbuP javascript:window.__pwned=1' },
] as const;

export const HOSTILE_FEED = { file: 'feed.en.html', url: 'https://www.facebook.com/' } as const;

/** The page's own script grows post 4 to a megabyte; tests that parse without scripts do the same. */
export function growMegabytePost(doc: Document): void {
  doc.getElementById('megabyte-caption')!.textContent = `My child at school. ${'A'.repeat(1_000_000)}`;
  doc.getElementById('megabyte-alt')!.setAttribute('alt', `May be an image of 1 child ${'B'.repeat(1_000_000)}`);
}

/**
 * Every hostile string the fixtures carry, as the page SHOWS it (decoded text). Each must end up, if at
 * all, as inert text: never an element, never a link, never a script run, never a setting reading.
 */
export const HOSTILE_STRINGS = [
  // markup
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<svg onload=window.__pwned=1>',
  '<img src=x onerror=window.__pwned=1>',
  // javascript: URLs (as text, and as a permalink)
  'javascript:window.__pwned=1',
  'javascript:window.__pwned=1//https://www.facebook.com/bala.hostile.2/posts/pfbid0h2',
  // bidi and invisible controls
  '\u202E', '\u202C', '\u2066', '\u2069', '\u200B', '\uFEFF',
  // a megabyte caption and alt text
  'A'.repeat(1_000_000),
  'B'.repeat(1_000_000),
  // Jaga's own words
  'Jaga: Done', '✓ Private', 'This is fine', '✓ Jaga: Done', 'data-jaga',
  // a settings label inside a post, with a safe value
  'Who can see your future posts?', 'Sharing with Only me.', 'Only\u200B me',
] as const;

/** Bidi overrides/isolates, zero-width characters, BOM: never in anything Jaga shows. */
export const INVISIBLE_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
