/**
 * "Shown to the parent", as the settings readers judge it from the DOM alone: not inside a region they
 * exclude (posts, hidden or inert regions, disabled copies…) and not styled invisible inline. The
 * page's stylesheets are not read; a control hidden by them is caught by the regions and the engine.
 */

/** An inline style that hides an element: display:none or visibility:hidden. */
export const INLINE_HIDDEN = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** `el` is outside every element matching `excluded` and neither it nor an ancestor is hidden inline. */
export function shownOutside(el: Element, excluded: string): boolean {
  if (el.closest(excluded) !== null) return false;
  for (let n: Element | null = el; n !== null; n = n.parentElement) {
    const style = n.getAttribute('style');
    if (style !== null && INLINE_HIDDEN.test(style)) return false;
  }
  return true;
}
