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

/** An attribute's value (null: absent) satisfies one test. */
function fits(t: AttrTest, v: string | null | undefined): boolean {
  return v !== null && v !== undefined && (t.op === 'has' || (t.op === 'eq' ? v === t.value : v.startsWith(t.value)));
}

function passes(el: Element, tests: readonly AttrTest[]): boolean {
  for (const t of tests) if (!fits(t, el.getAttribute(t.name))) return false;
  return true;
}

/**
 * One predicate for a selector list (one selector per item): true when any selector matches. The list
 * is parsed on the predicate's first call, not here: the content scripts compile their selectors at
 * module evaluation, and that task (the script's own parse and compile) is the longest they have.
 */
export function compileSelectors(selectors: readonly string[]): Pred {
  const list = selectors.slice();
  let test: Pred | undefined;
  return (el) => (test ??= buildPredicate(list))(el);
}

function buildPredicate(selectors: readonly string[]): Pred {
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

/**
 * Several selector lists at once: bit i of the answer is set when list i matches. The tag name and
 * every attribute the lists name are read once per element (a DOM call from a content script's
 * world is not cheap), then each list is tested on those values, with the same rules as
 * compileSelectors. Parsed on the first call.
 */
export function compileKinds(lists: readonly (readonly string[])[]): (el: Element) => number {
  const copy = lists.map((l) => l.slice());
  let test: ((el: Element) => number) | undefined;
  return (el) => (test ??= buildKinds(copy))(el);
}

function buildKinds(lists: readonly (readonly string[])[]): (el: Element) => number {
  const names: string[] = [];
  const slot = (name: string) => {
    const i = names.indexOf(name);
    return i >= 0 ? i : names.push(name) - 1;
  };
  interface Simple { tag: string | undefined; tests: Array<AttrTest & { slot: number }> }
  const simple: Simple[][] = [];
  const complex: string[][] = [];
  for (const list of lists) {
    const s: Simple[] = [];
    const c: string[] = [];
    for (const raw of list) {
      const sel = raw.trim();
      const p = parse(sel);
      // A selector with neither tag nor attribute (none is written so) never matches in compileSelectors.
      if (p === null) c.push(sel);
      else if (p.tag !== undefined || p.tests.length > 0) s.push({ tag: p.tag, tests: p.tests.map((t) => ({ ...t, slot: slot(t.name) })) });
    }
    simple.push(s);
    complex.push(c);
  }
  const values: (string | null)[] = new Array<string | null>(names.length).fill(null);
  return (el) => {
    const tag = el.localName;
    for (let i = 0; i < names.length; i++) values[i] = el.getAttribute(names[i]!);
    let bits = 0;
    for (let k = 0; k < simple.length; k++) {
      let hit = false;
      for (const sel of simple[k]!) {
        if (sel.tag !== undefined && sel.tag !== tag) continue;
        let ok = true;
        for (const t of sel.tests) if (!(ok = fits(t, values[t.slot]))) break;
        if (ok) {
          hit = true;
          break;
        }
      }
      if (!hit) hit = complex[k]!.some((c) => el.matches(c));
      if (hit) bits |= 1 << k;
    }
    return bits;
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
