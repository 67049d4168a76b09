/**
 * What the popup and report load before their first render: their static import graph (dynamic
 * `import()` is not followed: it loads later). Not every site's readers, not the polyfill, not every
 * language's table.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return spec; // a package
  const base = join(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** Every module reachable from `entry` through static imports (type-only imports excluded). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('src/') && !file.startsWith('public/')) continue;
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const target = resolveImport(file, m[1]!);
      if (target) todo.push(relative('.', target));
    }
  }
  return seen;
}

describe.each(['src/popup/main.tsx', 'src/report/main.tsx'])('%s first render', (entry) => {
  const graph = staticGraph(entry);

  it('sees the graph (the check can see what it forbids)', () => {
    expect(graph.has('src/ui/status.ts')).toBe(true);
    expect(graph.has('src/sites/catalogue-outline.ts')).toBe(true);
  });

  it('loads no site readers, only the catalogues', () => {
    const readers = [...graph].filter((f) => /^src\/sites\/(index\.ts|common\/|[a-z]+\/(index|read-settings|read-posts|selectors)\.ts)/.test(f));
    expect(readers).toEqual([]);
  });

  it('loads no webextension-polyfill, and of the language tables only English (the fallback) up front', () => {
    expect(graph.has('webextension-polyfill')).toBe(false);
    expect([...graph].filter((f) => f.includes('_locales') || f === 'src/shared/locale-tables.ts')).toEqual(['public/_locales/en/messages.json']);
  });
});

describe('the popup\'s overview', () => {
  const graph = staticGraph('src/popup/main.tsx');

  it('loads the catalogues\' outline, not their wording (a platform\'s screen brings the labels when opened)', () => {
    const wording = [...graph].filter((f) => f === 'src/sites/catalogues.ts' || /^src\/sites\/[a-z]+\/(catalogue|detect)\.ts$/.test(f));
    expect(wording).toEqual([]);
    expect(graph.has('src/popup/components/SiteDetail.tsx')).toBe(false);
  });

  it('the report, which shows every label at once, loads them up front (the check sees them)', () => {
    const report = staticGraph('src/report/main.tsx');
    expect(report.has('src/sites/catalogues.ts')).toBe(true);
    expect(report.has('src/sites/facebook/catalogue.ts')).toBe(true);
  });
});
