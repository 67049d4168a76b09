/**
 * Seeded random DOM mutations for settings fixtures, each with its undo, so one parsed page can be
 * mutated, read and restored thousands of times (parsing a fixture costs ~10 ms; a read < 1 ms).
 *
 * The mutations are what platform redesigns and hostile pages do: attributes removed or renamed,
 * classes reshuffled, wrappers retagged, added or removed, nodes dropped, controls duplicated, one
 * of two state signals flipped, lookalike text ("Only me", "Off", "关闭") dropped into unrelated
 * places and into posts. None of them may make a reading MORE private than the truth.
 *
 * What the harness does NOT do, on purpose: strip the attributes that mark a region as "not a
 * setting" (role=article/feed, aria-hidden, hidden, inert, aria-disabled) or unwrap/retag the
 * elements that carry them. Those attributes are the page itself saying "this is a post / a stale
 * copy"; removing them makes a different page, one whose decoy ("Only me" in a post) now looks
 * exactly like a setting — no reader could tell, and the harness would not know the truth.
 * Dropping such elements, injecting into them and duplicating inside them stays allowed.
 */
import { CONTROL_SELECTORS, RADIO } from '../../../src/sites/common/selectors';

export type Undo = () => void;

export interface Applied {
  kind: MutationKind;
  /** What was done where, for failure messages. */
  detail?: string;
  undo: Undo;
  /** clone -> original, for `duplicate-control`. */
  clone?: { clone: Element; of: Element };
}

export const MUTATION_KINDS = [
  'remove-attribute',
  'rename-attribute',
  'reshuffle-classes',
  'retag-wrapper',
  'wrap',
  'unwrap',
  'drop-node',
  'duplicate-control',
  'flip-one-signal',
  'inject-lookalike',
  'inject-into-post',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** Lookalike values, in every language Jaga reads: never a reason to read `safe`. */
export const LOOKALIKES = [
  'Only me', 'Friends', 'Off', 'On', 'Public', 'Private', 'Everyone', 'Friends except: Ali',
  '关闭', '开启', '公开', '好友', '仅限自己', '私享',
  'Hanya saya', 'Rakan-rakan', 'Matikan', 'Awam', 'Peribadi',
  'நான் மட்டும்', 'ஆஃப்',
] as const;

/** Small fast PRNG (mulberry32): the same seed gives the same mutations on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T | undefined => xs[Math.floor(r() * xs.length)];

const CONTROLS = [...Object.values(CONTROL_SELECTORS).flat(), ...RADIO].join(',');
const INTERACTIVE = [
  'a', 'button', 'input', 'select', 'textarea', 'label', 'option',
  '[role="button"]', '[role="link"]', '[role="switch"]', '[role="checkbox"]', '[role="radio"]',
  '[role="radiogroup"]', '[role="listbox"]', '[role="option"]', '[role="combobox"]', '[role="tab"]',
  '[role^="menuitem"]',
].join(',');
const POSTS = '[role="article"], article';
/** Attributes that say "not a setting"; never removed, renamed, or lost by retagging/unwrapping. */
const MARKERS = ['role', 'aria-hidden', 'hidden', 'inert', 'aria-disabled', 'style'] as const;
const MARKED = '[role="article"], article, [role="feed"], [aria-hidden="true"], [hidden], [inert], [aria-disabled="true"], [style]';
const WRAPPER_TAGS = new Set(['DIV', 'SPAN', 'SECTION', 'LI', 'UL', 'P', 'H2', 'H3', 'STRONG']);

function hashedClass(r: () => number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = 'x';
  for (let i = 0; i < 6; i += 1) s += a[Math.floor(r() * a.length)];
  return s;
}

/** A random element passing `ok`: random probes first (cheap), then a full scan. */
function sample(r: () => number, all: readonly Element[], ok: (e: Element) => boolean): Element | undefined {
  for (let i = 0; i < 24; i += 1) {
    const e = pick(r, all);
    if (e !== undefined && ok(e)) return e;
  }
  return pick(r, all.filter(ok));
}

/** Every element under <body>, by walking the tree (cheaper than querySelectorAll('*') in a test DOM). */
function elements(doc: Document): Element[] {
  const out: Element[] = [];
  const visit = (n: Element): void => {
    for (let c = n.firstElementChild; c !== null; c = c.nextElementSibling) {
      out.push(c);
      visit(c);
    }
  };
  if (doc.body !== null) visit(doc.body);
  return out;
}

/**
 * The attribute is the control's only state signal: removing it changes the setting itself (the
 * page now says "off"), which is a different page, not a mutation of this one. When a second
 * signal stays (aria-checked beside an input's `checked`), removing one is fair game — the reader
 * must then see the disagreement or the remaining signal.
 */
function isSoleState(el: Element, name: string): boolean {
  const checkable = el.localName === 'input' && ['checkbox', 'radio'].includes((el.getAttribute('type') ?? '').toLowerCase());
  // After one signal was flipped in this trial the two disagree: removing either leaves a page that
  // genuinely says the other value, which is a different page too.
  const disagree = el.hasAttribute('aria-checked') && el.hasAttribute('checked') !== (el.getAttribute('aria-checked') === 'true');
  if (name === 'checked') return !el.hasAttribute('aria-checked') || disagree;
  if (name === 'aria-checked') return !checkable || disagree;
  return name === 'selected' || name === 'aria-selected';
}

/** `tag#id[role]` and a bit of text, for failure messages. */
export function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const role = el.getAttribute('role');
  return `<${el.localName}${id}${role ? `[role=${role}]` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
}

function isMarker(el: Element, name: string): boolean {
  return (MARKERS as readonly string[]).includes(name) && el.matches(MARKED);
}

/**
 * Apply one mutation of `kind` somewhere in `doc`; null when nothing suitable was found.
 * `labels`: the site's label texts, injected into posts (where they must be ignored).
 */
export function mutate(doc: Document, kind: MutationKind, r: () => number, labels: readonly string[] = []): Applied | null {
  const all = elements(doc);
  switch (kind) {
    case 'remove-attribute':
    case 'rename-attribute': {
      const withAttrs = [...all, doc.documentElement].filter((e) => e.attributes.length > 0);
      const el = pick(r, withAttrs);
      if (el === undefined) return null;
      const names = Array.from(el.attributes).map((a) => a.name).filter((n) => !isMarker(el, n) && !isSoleState(el, n));
      const name = pick(r, names);
      if (name === undefined) return null;
      const value = el.getAttribute(name) ?? '';
      el.removeAttribute(name);
      const renamed = `data-was-${name.replace(/[^a-z0-9-]/gi, '')}`;
      if (kind === 'rename-attribute') el.setAttribute(renamed, value);
      return {
        kind,
        detail: `${name}="${value.slice(0, 40)}" on ${describe(el)}`,
        undo: () => {
          if (kind === 'rename-attribute') el.removeAttribute(renamed);
          el.setAttribute(name, value);
        },
      };
    }
    case 'reshuffle-classes': {
      const el = sample(r, all, (e) => e.hasAttribute('class'));
      if (el === undefined) return null;
      const old = el.getAttribute('class') ?? '';
      const n = 1 + Math.floor(r() * 5);
      el.setAttribute('class', Array.from({ length: n }, () => hashedClass(r)).join(' '));
      return { kind, undo: () => el.setAttribute('class', old) };
    }
    case 'retag-wrapper': {
      const el = sample(r, all, (e) => WRAPPER_TAGS.has(e.tagName) && !e.matches(MARKED) && !e.matches(CONTROLS));
      if (el === undefined || el.parentNode === null) return null;
      const tag = pick(r, ['div', 'span', 'section', 'p'].filter((t) => t !== el.tagName.toLowerCase())) ?? 'div';
      const twin = doc.createElement(tag);
      for (const a of Array.from(el.attributes)) twin.setAttribute(a.name, a.value);
      while (el.firstChild !== null) twin.appendChild(el.firstChild);
      el.replaceWith(twin);
      return {
        kind,
        undo: () => {
          while (twin.firstChild !== null) el.appendChild(twin.firstChild);
          twin.replaceWith(el);
        },
      };
    }
    case 'wrap': {
      const el = pick(r, all);
      if (el === undefined || el.parentNode === null) return null;
      const wrapper = doc.createElement(r() < 0.5 ? 'div' : 'span');
      wrapper.setAttribute('class', hashedClass(r));
      el.replaceWith(wrapper);
      wrapper.appendChild(el);
      return { kind, undo: () => wrapper.replaceWith(el) };
    }
    case 'unwrap': {
      const el = sample(r, all, (e) => WRAPPER_TAGS.has(e.tagName) && e.firstChild !== null && !e.matches(MARKED) && !e.matches(CONTROLS));
      const parent = el?.parentNode;
      if (el === undefined || parent === null || parent === undefined) return null;
      const kids = Array.from(el.childNodes);
      const next = el.nextSibling;
      for (const k of kids) parent.insertBefore(k, el);
      el.remove();
      return {
        kind,
        undo: () => {
          parent.insertBefore(el, next);
          for (const k of kids) el.appendChild(k);
        },
      };
    }
    case 'drop-node': {
      const el = pick(r, all);
      const parent = el?.parentNode;
      if (el === undefined || parent === null || parent === undefined) return null;
      const next = el.nextSibling;
      el.remove();
      return { kind, detail: describe(el), undo: () => parent.insertBefore(el, next) };
    }
    case 'duplicate-control': {
      // Beside the original, as platforms do (disabled copies, re-renders): a copy moved into
      // another row would be a different page, not a mutation of this one.
      const el = sample(r, all, (e) => e.matches(CONTROLS));
      if (el === undefined || el.parentNode === null) return null;
      const clone = el.cloneNode(true) as Element;
      el.after(clone);
      return { kind, undo: () => clone.remove(), clone: { clone, of: el } };
    }
    case 'flip-one-signal': {
      // Only controls that carry BOTH signals: flipping the only signal of a control is a real
      // change of the setting, not a disagreement.
      // And only while they agree: flipping the second signal too would be a real change.
      const el = sample(r, all, (e) => {
        if (e.tagName !== 'INPUT' || !['checkbox', 'radio'].includes((e as HTMLInputElement).type)) return false;
        const aria = e.getAttribute('aria-checked');
        return (aria === 'true' || aria === 'false') && (aria === 'true') === (e as HTMLInputElement).checked;
      });
      if (el === undefined) return null;
      if (r() < 0.5) {
        const old = el.getAttribute('aria-checked') ?? '';
        el.setAttribute('aria-checked', old === 'true' ? 'false' : 'true');
        return { kind, undo: () => el.setAttribute('aria-checked', old) };
      }
      const had = el.hasAttribute('checked');
      const old = el.getAttribute('checked') ?? '';
      if (had) el.removeAttribute('checked');
      else el.setAttribute('checked', '');
      return { kind, undo: () => (had ? el.setAttribute('checked', old) : el.removeAttribute('checked')) };
    }
    case 'inject-lookalike':
    case 'inject-into-post': {
      const el =
        kind === 'inject-into-post'
          ? sample(r, all, (e) => e.closest(POSTS) !== null)
          : sample(r, all, (e) => !['SVG', 'PATH', 'svg', 'path', 'I', 'IMG'].includes(e.tagName) && e.closest(INTERACTIVE) === null);
      if (el === undefined) return null;
      const texts = kind === 'inject-into-post' ? [...LOOKALIKES, ...labels] : LOOKALIKES;
      const span = doc.createElement('span');
      span.setAttribute('class', hashedClass(r));
      span.textContent = pick(r, texts) ?? 'Only me';
      const at = pick(r, [null, ...Array.from(el.childNodes)]) ?? null;
      el.insertBefore(span, at);
      return { kind, detail: `"${span.textContent}" into ${describe(el)}`, undo: () => span.remove() };
    }
  }
}
