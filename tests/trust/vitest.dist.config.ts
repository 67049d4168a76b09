/**
 * Checks of the BUILT extension (dist/, dist-firefox/, the packaged zips). They run after the build in
 * `npm test` (`npm run test:dist`), not with the unit tests, which run before it.
 */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/trust/dist/**/*.check.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file at a time: the packaging check writes web-ext-artifacts/.
    fileParallelism: false,
  },
});
