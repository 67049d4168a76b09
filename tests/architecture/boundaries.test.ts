/** The architecture is enforced by lint: prove each boundary rule fires (a rule that cannot fail is no gate). */
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

// ESLint's first run loads every plugin: give it time on a busy 2-core machine.
describe('lint gates', { timeout: 60_000 }, () => {
  it.each([
    ['src/content/x.ts', "import { App } from '../popup/App';"],
    ['src/content/x.ts', "import { route } from '../background/router';"],
    ['src/content/x.ts', "import { h } from 'preact';"],
    ['src/content/x.ts', "import { z } from 'zod';"],
    ['src/rules/x.ts', "import { SITES } from '../sites/index';"],
    ['src/rules/x.ts', "import browser from 'webextension-polyfill';"],
    ['src/shared/x.ts', "import { assessPost } from '../rules/index';"],
    ['src/shared/x.ts', "import { SITES } from '../sites/index';"],
    ['src/sites/x/y.ts', "import { route } from '../../background/router';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await errors(file, `${code}\nexport const used = 1;\n`)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/content/x.ts', "export function f(el: Element, s: string) { el.innerHTML = s; }", 'no-unsanitized/property'],
    ['src/content/x.ts', "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'no-unsanitized/method'],
    ['src/content/x.ts', "addEventListener('message', () => {});", 'no-restricted-syntax'],
    ['src/background/x.ts', "export const r = fetch('https://example.org');", 'no-restricted-globals'],
    ['src/popup/x.ts', "export const b = navigator.sendBeacon('/x');", 'no-restricted-properties'],
    ['src/ui/x.ts', "export const w = new WebSocket('wss://x');", 'no-restricted-globals'],
  ])('%s: %s is an error', async (file, code, rule) => {
    expect(await errors(file, code)).toContain(rule);
  });

  it('allows what the architecture allows', async () => {
    expect(await errors('src/content/x.ts', "import { assessPost } from '../rules/index';\nimport { SITES } from '../sites/index';\nexport const u = [assessPost, SITES];\n")).toEqual([]);
    expect(await errors('src/popup/x.ts', "import { SITES } from '../sites/index';\nexport const u = SITES;\n")).toEqual([]);
  });
});
