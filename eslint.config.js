// Lint: TypeScript rules, no unsanitised DOM sinks, no network APIs, and the architecture's boundaries
// (DESIGN.md): content ↛ popup/background/report/ui; rules and shared ↛ anything else; sites ↛ pages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const forbid = (...groups) => ({
  paths: groups.filter((g) => g.name).map((g) => ({ name: g.name, message: g.why })),
  patterns: groups.filter((g) => g.pattern).map((g) => ({ group: [g.pattern], message: g.why })),
});
const PAGE_DIRS = ['popup', 'report', 'ui'].map((d) => ({ pattern: `**/${d}/**`, why: 'UI code belongs to the extension pages only.' }));
const BACKGROUND = { pattern: '**/background/**', why: 'Only the background imports background code.' };
const CONTENT = { pattern: '**/content/**', why: 'Only the content script imports content code.' };
const SITES = { pattern: '**/sites/**', why: 'Site knowledge is not imported here (DESIGN.md boundaries).' };
const RULES = { pattern: '**/rules/**', why: 'shared/ imports nothing from the other folders.' };
const PREACT = { pattern: 'preact*', why: 'No Preact outside the extension pages (content-script size).' };
const FULL_ZOD = { name: 'zod', why: 'Use zod/mini outside the extension pages: full zod pulls every locale in.' };
const POLYFILL = { name: 'webextension-polyfill', why: 'Pure code: no browser APIs here.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', '.tmp/**', 'web-ext-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // The privacy promise: Jaga makes no network requests.
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'Jaga makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'Jaga makes no network requests.' },
        { name: 'WebSocket', message: 'Jaga makes no network requests.' },
        { name: 'EventSource', message: 'Jaga makes no network requests.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'navigator', property: 'sendBeacon', message: 'Jaga makes no network requests.' },
        { property: 'innerHTML', message: 'Render page data as text (textContent), never HTML.' },
        { property: 'outerHTML', message: 'Render page data as text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page data as text, never HTML.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML.' },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No dynamic code.' },
      ],
    },
  },
  {
    files: ['src/content/**', 'src/sites/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.value='message'], CallExpression[callee.name='addEventListener'][arguments.0.value='message'], AssignmentExpression[left.property.name='onmessage']", message: 'Content scripts never listen to window messages: pages could spoof them.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML.' },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No dynamic code.' },
      ],
    },
  },
  { files: ['src/content/**'], rules: { 'no-restricted-imports': ['error', forbid(...PAGE_DIRS, BACKGROUND, PREACT, FULL_ZOD)] } },
  { files: ['src/sites/**'], rules: { 'no-restricted-imports': ['error', forbid(...PAGE_DIRS, BACKGROUND, CONTENT, PREACT, FULL_ZOD, POLYFILL)] } },
  { files: ['src/rules/**'], rules: { 'no-restricted-imports': ['error', forbid(...PAGE_DIRS, BACKGROUND, CONTENT, SITES, PREACT, FULL_ZOD, POLYFILL)] } },
  { files: ['src/shared/**'], rules: { 'no-restricted-imports': ['error', forbid(...PAGE_DIRS, BACKGROUND, CONTENT, SITES, RULES, PREACT, FULL_ZOD, POLYFILL)] } },
  { files: ['src/background/**'], rules: { 'no-restricted-imports': ['error', forbid(...PAGE_DIRS, CONTENT, PREACT)] } },
);
