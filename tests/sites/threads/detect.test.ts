import { describe, expect, test } from 'vitest';
import { HOSTS, NOT_PAGES, PAGES, detect } from '../../../src/sites/threads/detect';

// Every rule against its own URLs, every other rule's URLs, and the URLs where nothing is read
// (github-url-detection style): a new rule that swallows another page's URL fails here.
const OWN = PAGES.flatMap((rule) => rule.examples.map((url) => [rule.kind, url] as const));
const CROSS = PAGES.flatMap((rule) =>
  PAGES.filter((other) => other !== rule).flatMap((other) =>
    other.examples.map((url) => [rule.kind, other.kind, url] as const),
  ),
);

describe('threads detect', () => {
  test('every page kind has example URLs', () => {
    for (const rule of PAGES) expect(rule.examples.length, rule.kind).toBeGreaterThan(0);
    expect(new Set(PAGES.map((r) => r.kind)).size).toBe(PAGES.length);
  });

  test.each(OWN)('%s: %s', (kind, url) => {
    expect(detect(new URL(url)), `add ${url} to the ${kind} rule's test, or fix its examples`).toBe(kind);
  });

  test.each(CROSS)('%s rejects %s URL %s', (kind, otherKind, url) => {
    const rule = PAGES.find((r) => r.kind === kind);
    expect(rule?.test(new URL(url)), `${kind} must not match ${otherKind}'s ${url}: narrow its test`).toBe(false);
  });

  test.each(NOT_PAGES)('null: %s', (url) => {
    expect(detect(new URL(url)), `nothing is read at ${url}`).toBeNull();
  });

  test.each(PAGES.map((r) => [r.kind] as const))('%s has examples on both hosts (threads.net redirects to threads.com)', (kind) => {
    const hosts = new Set(PAGES.find((r) => r.kind === kind)!.examples.map((u) => new URL(u).hostname));
    expect([...hosts].sort()).toEqual([...HOSTS].sort());
  });
});
