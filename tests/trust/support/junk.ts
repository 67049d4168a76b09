/**
 * Hostile values for property-based tests: what a compromised page, another extension or a bug could
 * put where Jaga expects a well-formed message or stored record.
 */
import fc from 'fast-check';

/** One megabyte of text, built once (building it per run would dominate the test's time). */
export const MEGABYTE = 'A'.repeat(1_000_000);
/** Bidi overrides and zero-width characters, in a string that looks like a reassuring value. */
export const BIDI = '\u202Ecilbup\u202C \u200BOnly\u2066 me\u2069\uFEFF';

/** An object whose OWN property is `__proto__` (as JSON.parse makes it), not a prototype change. */
export const ownProto = (inner: unknown = { polluted: 'yes' }) => JSON.parse(`{"__proto__": ${JSON.stringify(inner)}}`) as Record<string, unknown>;

/** Arrays nested `depth` deep: [[[…]]]. */
export function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Objects nested `depth` deep: {a:{a:{…}}}. */
export function deepObject(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

const DEEP_ARRAY = deepArray(5_000);
const DEEP_OBJECT = deepObject(2_000);

/** Keys that attack prototypes or lookups on plain objects. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const;

/** A value of the wrong kind, or of the right kind but absurd. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), weight: 6 },
  { arbitrary: fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, -1, 1.5, 2 ** 53, Number.MAX_VALUE, -Number.MAX_VALUE), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, '', ' ', '0', 'null', 'undefined', '[object Object]'), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(MEGABYTE, BIDI, '<img src=x onerror="window.__pwned=1">', 'javascript:alert(1)', '\u0000\u0001\u001F', 'Jaga: Done', '✓ Private'), weight: 3 },
  { arbitrary: fc.string({ maxLength: 400, unit: 'binary' }), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(DEEP_ARRAY, DEEP_OBJECT, ownProto(), ownProto(ownProto()), { constructor: { prototype: { polluted: 'yes' } } }), weight: 2 },
  { arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { minLength: 0, maxLength: 80 }), weight: 2 },
  { arbitrary: fc.constantFrom<unknown>(() => 1, Symbol('x'), new Date(NaN), new Map([['a', 1]]), Object.create(null)), weight: 1 },
);

type Path = Array<string | number>;

/** Every path into a JSON-like value (objects and arrays), the root included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra-key'; at: number; key: string; value: unknown }
  | { kind: 'own-proto'; at: number; value: unknown }
  | { kind: 'duplicate-array'; at: number; times: number }
  | { kind: 'type'; value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: junkValue }), weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('extra-key' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 20 })), value: junkValue }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('own-proto' as const), at: fc.nat(), value: junkValue }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate-array' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 200 }) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      value: fc.constantFrom<unknown>('POPUP/EXPORT-REPORT', ' popup/forget-everything', 'popup/forget-everything ', 'content/*', 'popup/', 'content/hello\u0000', '__proto__', 'constructor', 'popup/export-report\u200B', ['popup/export-report'], { toString: 'popup/export-report' }, 'popup/get-state'),
    }),
    weight: 1,
  },
);

/** Apply one mutation to a deep copy of `base` (a plain JSON message). */
export function mutate(base: unknown, m: Mutation): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  if (m.kind === 'type') {
    copy.type = m.value;
    return copy;
  }
  const paths = pathsOf(copy);
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) {
    // The root itself.
    if (m.kind === 'replace') return m.value;
    if (m.kind === 'delete') return undefined;
  }
  const parentPath = m.kind === 'replace' || m.kind === 'delete' || m.kind === 'duplicate-array' ? path.slice(0, -1) : path;
  let parent: unknown = copy;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  const last = path[path.length - 1];
  const target = parent as Record<string | number, unknown>;
  switch (m.kind) {
    case 'replace':
      if (last !== undefined) target[last] = m.value;
      break;
    case 'delete':
      if (last === undefined) break;
      if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
      else delete target[last];
      break;
    case 'extra-key':
      if (target !== null && typeof target === 'object') {
        if (m.key === '__proto__') Object.defineProperty(target, '__proto__', { value: m.value, enumerable: true, writable: true, configurable: true });
        else (target as Record<string, unknown>)[m.key] = m.value;
      }
      break;
    case 'own-proto':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, '__proto__', { value: m.value, enumerable: true, writable: true, configurable: true });
      }
      break;
    case 'duplicate-array': {
      if (last === undefined) break;
      const arr = target[last];
      if (Array.isArray(arr) && arr.length > 0) target[last] = Array.from({ length: m.times }, (_, i) => structuredClone(arr[i % arr.length]));
      break;
    }
  }
  return copy;
}
