import { describe, expect, test } from 'vitest';
import { NOT_PAGES, PAGES, detect } from '../../../src/sites/telegram/detect';
import { CATALOGUE } from '../../../src/sites/telegram/catalogue';

// Every rule against its own URLs, every other rule's URLs, and the URLs where nothing is read.
const OWN = PAGES.flatMap((rule) => rule.examples.map((url) => [rule.kind, url] as const));
const CROSS = PAGES.flatMap((rule) =>
  PAGES.filter((other) => other !== rule).flatMap((other) => other.examples.map((url) => [rule.kind, other.kind, url] as const)),
);

describe('telegram detect', () => {
  test('every page kind has example URLs, and the app is one settings page kind', () => {
    for (const rule of PAGES) expect(rule.examples.length, rule.kind).toBeGreaterThan(0);
    expect(PAGES.map((r) => r.kind)).toEqual(['settings:privacy']);
    // Telegram Web has no per-setting URL: every entry deep-links to the app.
    for (const e of CATALOGUE) expect(detect(new URL(e.url)), e.id).toBe(e.page);
  });

  test.each(OWN)('%s: %s', (kind, url) => {
    expect(detect(new URL(url)), `add ${url} to the ${kind} rule's test, or fix its examples`).toBe(kind);
  });

  test('no rule swallows another rule\'s URLs', () => {
    for (const [kind, otherKind, url] of CROSS) {
      expect(PAGES.find((r) => r.kind === kind)?.test(new URL(url)), `${kind} must not match ${otherKind}'s ${url}`).toBe(false);
    }
  });

  test.each(NOT_PAGES)('null: %s', (url) => {
    expect(detect(new URL(url)), `nothing is read at ${url}`).toBeNull();
  });
});
