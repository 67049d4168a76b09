import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const baseManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const CONTENT_ENTRIES = (baseManifest.content_scripts as Array<{ js: string[] }>).flatMap((c) => c.js);

/** Firefox's add-on id; stable forever once published. */
export const GECKO_ID = 'jaga@jaga-extension.org';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const manifest: Record<string, unknown> = { ...baseManifest, version: pkg.version };
  if (browser === 'firefox') {
    // Firefox MV3 runs the background as an event page (scripts), not a service worker.
    manifest.background = { scripts: ['src/background/index.ts'], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // Self-contained IIFE content scripts, one per platform: no loader and no
        // web_accessible_resources (pages cannot probe for the extension's files), and each page loads
        // only its own platform's readers.
        contentScripts: { standaloneFiles: CONTENT_ENTRIES },
      }),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: { report: 'src/report/index.html' },
      },
    },
    // No dev server is used for the extension; the demo serves its own pages.
    server: { strictPort: true },
  };
});
