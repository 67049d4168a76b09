#!/usr/bin/env node
/**
 * Deterministic packages of the built extension, for the stores:
 *
 *   node scripts/package.mjs [chrome] [firefox] [sources]
 *
 *   chrome   web-ext-artifacts/jaga-chrome-<version>.zip    from dist/          (Chrome Web Store)
 *   firefox  web-ext-artifacts/jaga-firefox-<version>.xpi   from dist-firefox/  (addons.mozilla.org)
 *   sources  web-ext-artifacts/jaga-<version>-sources.zip   the sources AMO reviewers rebuild from
 *
 * With no target: chrome and firefox. The archives are written by this script (node:zlib, no `zip`
 * binary needed) so that the same files always give the same bytes: entries sorted by path, every
 * timestamp 1980-01-01 00:00, every file mode 0644, no extra fields, no directory entries, deflate
 * level 9 (or stored when that is smaller). Same inputs + same Node (zlib) → byte-identical archives.
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = 'web-ext-artifacts';

/** MS-DOS date/time of 1980-01-01 00:00:00, the earliest a zip can say. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20;
const FILE_MODE = (0o100644 << 16) >>> 0;

/**
 * A zip archive of `entries` (path inside the archive → bytes), deterministic as described above.
 * @param {Array<{ name: string, data: Buffer }>} entries
 * @returns {Buffer}
 */
export function zip(entries) {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    if (names.has(name)) throw new Error(`duplicate entry ${name}`);
    names.add(name);
    if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) throw new Error(`unsafe entry name ${name}`);
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const method = stored ? 0 : 8;
    const crc = crc32(data) >>> 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(FILE_MODE, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
    if (offset > 0xffffffff || sorted.length > 0xffff) throw new Error('archive too large for a plain zip');
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** Every file under `dir`, as archive entries named relative to it (forward slashes). */
export function entriesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ name: relative(dir, p).split('\\').join('/'), data: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/** What AMO reviewers need to rebuild dist-firefox/: the sources and the build configuration, no tests. */
const SOURCE_TOP = ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'README.md', 'LICENSE', '.nvmrc'];
const SOURCE_DIRS = ['src', 'public'];

/** The source files of a build, relative to ROOT, sorted. Git's view when available (ignored files left out). */
export function sourceFiles(root = ROOT) {
  const inScope = (f) => SOURCE_TOP.includes(f) || SOURCE_DIRS.some((d) => f.startsWith(`${d}/`));
  let files;
  try {
    files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...SOURCE_TOP, ...SOURCE_DIRS], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    files = [];
    for (const d of SOURCE_DIRS) if (existsSync(join(root, d))) files.push(...entriesOf(join(root, d)).map((e) => `${d}/${e.name}`));
    files.push(...SOURCE_TOP.filter((f) => existsSync(join(root, f))));
  }
  return [...new Set(files.filter(inScope).filter((f) => existsSync(join(root, f))))].sort();
}

function buildNotes(version) {
  return `# Building Jaga ${version} from these sources

Jaga is written in TypeScript and bundled with Vite; the add-on's JavaScript is minified by that
build. These are the complete sources it is built from.

Requirements: Node.js 20 (20.19 or newer) and npm 10, on Linux, macOS or Windows.

    npm ci
    npx vite build --mode firefox

The result is in \`dist-firefox/\`. Its files are byte-identical to the files in
jaga-firefox-${version}.xpi (the build is reproducible: no timestamps, no absolute paths; content
hashes in file names come from the sources). To compare:

    unzip -d xpi jaga-firefox-${version}.xpi && diff -r xpi dist-firefox

Third-party code comes only from npm packages pinned in package-lock.json (preact, webextension-polyfill,
zod, and the build tools). The add-on makes no network requests and loads no remote code.
`;
}

const TARGETS = {
  chrome: (version) => ({ file: `jaga-chrome-${version}.zip`, entries: () => entriesOf(join(ROOT, 'dist')), needs: 'dist/manifest.json' }),
  firefox: (version) => ({ file: `jaga-firefox-${version}.xpi`, entries: () => entriesOf(join(ROOT, 'dist-firefox')), needs: 'dist-firefox/manifest.json' }),
  sources: (version) => ({
    file: `jaga-${version}-sources.zip`,
    entries: () => [...sourceFiles().map((f) => ({ name: f, data: readFileSync(join(ROOT, f)) })), { name: 'BUILD-FOR-AMO.md', data: Buffer.from(buildNotes(version), 'utf8') }],
    needs: 'package.json',
  }),
};

/** Write the given targets' archives (outDir relative to the repository, or absolute); returns their absolute paths. */
export function packageTargets(targets, { outDir = OUT_DIR } = {}) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const dir = resolve(ROOT, outDir);
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const name of targets) {
    const make = TARGETS[name];
    if (!make) throw new Error(`unknown target "${name}" (chrome, firefox, sources)`);
    const target = make(version);
    if (!existsSync(join(ROOT, target.needs))) throw new Error(`${target.needs} is missing: run \`npm run build\` first`);
    if (name !== 'sources') {
      const manifest = JSON.parse(readFileSync(join(ROOT, target.needs), 'utf8'));
      if (manifest.version !== version) throw new Error(`${target.needs} is version ${manifest.version}, package.json ${version}: rebuild`);
    }
    const out = join(dir, target.file);
    writeFileSync(out, zip(target.entries()));
    written.push(out);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  for (const out of packageTargets(args.length > 0 ? args : ['chrome', 'firefox'])) {
    console.log(`${relative(ROOT, out)}  ${statSync(out).size} bytes`);
  }
}
