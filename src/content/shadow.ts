/**
 * A host element with a CLOSED shadow root: page styles cannot reach inside, and page scripts cannot
 * read it. Styles go in as a constructed stylesheet (not subject to the page's inline-style CSP), with a
 * <style> fallback where adopting fails.
 */
/** One parsed sheet per CSS text, shared by every badge and note (a feed can hold hundreds). */
const sheets = new Map<string, CSSStyleSheet>();

export function closedHost(css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  host.setAttribute('data-jaga', '');
  const root = host.attachShadow({ mode: 'closed' });
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

/** Build an element with text only (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
