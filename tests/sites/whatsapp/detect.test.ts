import { describe, expect, test } from 'vitest';
import { NOT_PAGES, PAGES, detect } from '../../../src/sites/whatsapp/detect';
import { CATALOGUE } from '../../../src/sites/whatsapp/catalogue';

// Every rule against its own URLs, every other rule's URLs, and the URLs where nothing is read.
const OWN = PAGES.flatMap((rule) => rule.examples.map((url) => [rule.kind, url] as const));
const CROSS = PAGES.flatMap((rule) =>
  PAGES.filter((other) => other !== rule).flatMap((other) => other.examples.map((url) => [rule.kind, other.kind, url] as const)),
);

describe('whatsapp detect', () => {
  test('every page kind has example URLs', () => {
    for (const rule of PAGES) expect(rule.examples.length, rule.kind).toBeGreaterThan(0);
    expect(new Set(PAGES.map((r) => r.kind)).size).toBe(PAGES.length);
  });

  test.each(OWN)('%s: %s', (kind, url) => {
    expect(detect(new URL(url)), `add ${url} to the ${kind} rule's test, or fix its examples`).toBe(kind);
  });

  test.each(CROSS)('%s rejects %s URL %s', (kind, otherKind, url) => {
    expect(PAGES.find((r) => r.kind === kind)?.test(new URL(url)), `${kind} must not match ${otherKind}'s ${url}`).toBe(false);
  });

  test.each(NOT_PAGES)('null: %s', (url) => {
    expect(detect(new URL(url)), `nothing is read at ${url}`).toBeNull();
  });

  test.each(CATALOGUE.map((e) => [e.id, e.url, e.page] as const))('%s deep link %s opens %s', (_id, url, page) => {
    expect(detect(new URL(url))).toBe(page);
  });
});
