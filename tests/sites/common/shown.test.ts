import { describe, expect, test } from 'vitest';
import { shownOutside } from '../../../src/sites/common/shown';

const EXCLUDED = '[hidden], [aria-hidden="true"], [role="article"]';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('shownOutside', () => {
  test('a plain control is shown', () => {
    const doc = page('<main><div><input id="c" type="checkbox"></div></main>');
    expect(shownOutside(doc.getElementById('c')!, EXCLUDED)).toBe(true);
  });

  test.each([
    ['inside an excluded region (a post)', '<div role="article"><input id="c" type="checkbox"></div>'],
    ['inside a hidden region', '<div hidden><input id="c" type="checkbox"></div>'],
    ['under an ancestor styled display:none', '<div style="color: red; DISPLAY : none"><span><input id="c"></span></div>'],
    ['styled visibility:hidden itself', '<input id="c" style="visibility:hidden">'],
  ])('not %s', (_name, html) => {
    const doc = page(html);
    expect(shownOutside(doc.getElementById('c')!, EXCLUDED)).toBe(false);
  });

  test('other inline styles do not hide it', () => {
    const doc = page('<div style="display: block; visibility: visible"><input id="c"></div>');
    expect(shownOutside(doc.getElementById('c')!, EXCLUDED)).toBe(true);
  });
});
