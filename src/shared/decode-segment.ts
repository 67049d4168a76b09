/**
 * A URL path segment decoded, or null when its escapes are malformed ("/@%E0%A4"): decodeURIComponent
 * throws on those, and a throw in a page detector would stop the content script on that tab.
 */
export function decodeSegment(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
