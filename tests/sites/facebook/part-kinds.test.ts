/**
 * block() sorts a post's parts with PART_KINDS (compileKinds: the tag name and each attribute read
 * once) instead of one compiled predicate per list: its bits must be exactly what Element.matches
 * says of each list, for any mix of tags and attributes, hostile ones included.
 */
import { describe, expect, test } from 'vitest';
import { PART_KINDS, PART_LISTS } from '../../../src/sites/facebook/read-posts';

const TAGS = ['div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'video', 'a', 'section', 'ul'];
const ATTRS: Array<[string, string[]]> = [
  ['role', ['article', 'button', 'Article', 'article ', '']],
  ['data-ad-rendering-role', ['profile_name', 'story_message', 'profile_name2', '']],
  ['data-ad-preview', ['message', 'messages', '']],
  ['data-ad-comet-preview', ['message', 'Message']],
  ['data-testid', ['post_message', 'post']],
  ['dir', ['auto']],
];

/** Deterministic pseudo-random elements: every tag with random subsets of the attributes above. */
function elements(): Element[] {
  const doc = new DOMParser().parseFromString('<!DOCTYPE html><html><body></body></html>', 'text/html');
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const out: Element[] = [];
  for (let i = 0; i < 600; i++) {
    const el = doc.createElement(TAGS[rand(TAGS.length)]!);
    for (const [name, values] of ATTRS) if (rand(3) === 0) el.setAttribute(name, values[rand(values.length)]!);
    doc.body.append(el);
    out.push(el);
  }
  // An SVG element whose local name is a heading's: matched by tag name like any other.
  const svgH3 = doc.createElementNS('http://www.w3.org/2000/svg', 'h3');
  doc.body.append(svgH3);
  out.push(svgH3);
  return out;
}

describe('PART_KINDS', () => {
  test('each bit is exactly Element.matches of its selector list', () => {
    const els = elements();
    let set = 0;
    for (const el of els) {
      const bits = PART_KINDS(el);
      PART_LISTS.forEach((list, k) => {
        expect(Boolean(bits & (1 << k)), `${el.outerHTML} vs ${list.join(', ')}`).toBe(el.matches(list.join(', ')));
      });
      if (bits !== 0) set++;
    }
    // The sample holds matches of every list, and elements of several kinds at once.
    PART_LISTS.forEach((_, k) => expect(els.some((el) => PART_KINDS(el) & (1 << k))).toBe(true));
    expect(els.some((el) => { const b = PART_KINDS(el); return b !== 0 && (b & (b - 1)) !== 0; })).toBe(true);
    expect(set).toBeGreaterThan(50);
  });
});
