/**
 * Compiles the simple selectors Jaga writes (`tag`, `[attr]`, `[attr="v"]`, `[attr^="v"]`, and
 * combinations like `input[type="checkbox"][role="switch"]`) into predicates indexed by tag name
 * and first attribute name. The settings engine tests every element of a page against them on
 * every read; an indexed predicate costs one or two attribute look-ups per element, where
 * `Element.matches` re-walks the whole selector list (slow in a test DOM, not free in a browser).
 * Anything more complex falls back to `Element.matches`, so a selector list in selectors.ts can
 * still hold any CSS.
 */
export type Pred = (el: Element) => boolean;

interface AttrTest {
  name: string;
  op: 'has' | 'eq' | 'prefix';
  value: string;
}

const SIMPLE = /^([a-z][a-z0-9-]*)?((?:\[[^\]]+\])*)$/i;
const ATTR = /\[([a-z][a-z0-9-]*)(?:(\^?=)"([^"]*)")?\]/gi;

function parse(selector: string): { tag: string | undefined; tests: AttrTest[] } | null {
  const m = SIMPLE.exec(selector);
  if (m === null || selector === '') return null;
  const body = m[2] ?? '';
  const tests: AttrTest[] = [];
  let consumed = 0;
  for (const a of body.matchAll(ATTR)) {
    const [all, name = '', op, value = ''] = a;
    consumed += all.length;
    tests.push({ name: name.toLowerCase(), op: op === undefined ? 'has' : op === '=' ? 'eq' : 'prefix', value });
  }
  if (consumed !== body.length) return null; // something we do not understand: use matches()
  return { tag: m[1]?.toLowerCase(), tests };
}

function passes(el: Element, tests: readonly AttrTest[]): boolean {
  for (const t of tests) {
    const v = el.getAttribute(t.name);
    if (v === null) return false;
    if (t.op === 'eq' && v !== t.value) return false;
    if (t.op === 'prefix' && !v.startsWith(t.value)) return false;
  }
  return true;
}

/** One predicate for a selector list (one selector per item): true when any selector matches. */
export function compileSelectors(selectors: readonly string[]): Pred {
  const byTag = new Map<string, AttrTest[][]>();
  const byAttr = new Map<string, AttrTest[][]>();
  const complex: string[] = [];
  for (const raw of selectors) {
    const s = raw.trim();
    const p = parse(s);
    if (p === null) complex.push(s);
    else if (p.tag !== undefined) byTag.set(p.tag, [...(byTag.get(p.tag) ?? []), p.tests]);
    else if (p.tests[0] !== undefined) byAttr.set(p.tests[0].name, [...(byAttr.get(p.tests[0].name) ?? []), p.tests]);
  }
  const attrs = [...byAttr];
  return (el) => {
    const forTag = byTag.get(el.localName);
    if (forTag !== undefined && forTag.some((tests) => passes(el, tests))) return true;
    for (const [name, lists] of attrs) {
      if (el.getAttribute(name) === null) continue;
      if (lists.some((tests) => passes(el, tests))) return true;
    }
    return complex.length > 0 && complex.some((c) => el.matches(c));
  };
}

/** The nearest inclusive ancestor passing `pred`, like Element.closest. */
export function closestBy(el: Element | null, pred: Pred): Element | null {
  for (let n = el; n !== null; n = n.parentElement) if (pred(n)) return n;
  return null;
}

/** Descendants of `root` (not root itself) passing `pred`, in document order. */
export function descendantsBy(root: Element, pred: Pred): Element[] {
  const out: Element[] = [];
  const visit = (n: Element): void => {
    for (let c = n.firstElementChild; c !== null; c = c.nextElementSibling) {
      if (pred(c)) out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}
