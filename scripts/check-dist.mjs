#!/usr/bin/env node
/**
 * Reproducible builds: the same sources give byte-identical extensions, wherever they are built.
 *
 *   node scripts/check-dist.mjs            copy the sources (the same files as the AMO sources zip) into
 *                                           two fresh temporary directories, build Chrome and Firefox in
 *                                           each, and compare every file's SHA-256
 *   node scripts/check-dist.mjs --tree     build once in a fresh copy and compare with dist/ and
 *                                           dist-firefox/ in the working tree (what npm test just built)
 *
 * Exits 1 and names every differing file when the builds differ.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, entriesOf, sourceFiles } from './package.mjs';

const OUTPUTS = ['dist', 'dist-firefox'];

/** path → sha256 of every file under `dir`. */
export function hashes(dir) {
  return new Map(entriesOf(dir).map((e) => [e.name, createHash('sha256').update(e.data).digest('hex')]));
}

/**
 * The environment of `npm run build`: NODE_ENV unset (Vite then builds for production). A test runner
 * sets NODE_ENV=test (vitest does), and Vite keeps it: dependencies that read process.env.NODE_ENV
 * (Preact) would then bundle different code.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Copy the sources of `from` (the repository, or an earlier fresh copy, so that both builds see the
 * very same files even while someone edits the tree) into a fresh directory (node_modules linked, not
 * copied) and build both browsers there.
 */
export function buildInFreshCopy(label, from = ROOT) {
  const dir = mkdtempSync(join(tmpdir(), `jaga-repro-${label}-`));
  for (const file of sourceFiles(from)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(from, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  for (const args of [['build'], ['build', '--mode', 'firefox']]) {
    const run = spawnSync(process.execPath, [vite, ...args, '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', env: buildEnv() });
    if (run.status !== 0) throw new Error(`vite ${args.join(' ')} failed in ${dir}:\n${run.stderr || run.stdout}`);
  }
  return dir;
}

/** Differences between two builds, as human-readable lines (empty when identical). */
export function compare(a, b, labels = ['a', 'b']) {
  const lines = [];
  let files = 0;
  for (const out of OUTPUTS) {
    const ha = hashes(join(a, out));
    const hb = hashes(join(b, out));
    for (const name of new Set([...ha.keys(), ...hb.keys()])) {
      files++;
      const x = ha.get(name);
      const y = hb.get(name);
      if (x === undefined) lines.push(`${out}/${name}: only in ${labels[1]}`);
      else if (y === undefined) lines.push(`${out}/${name}: only in ${labels[0]}`);
      else if (x !== y) lines.push(`${out}/${name}: ${labels[0]} ${x.slice(0, 12)} ≠ ${labels[1]} ${y.slice(0, 12)}`);
    }
  }
  return { files, lines };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const againstTree = process.argv.includes('--tree');
  const started = Date.now();
  const dirs = [];
  try {
    let result;
    if (againstTree) {
      for (const out of OUTPUTS) if (!existsSync(join(ROOT, out, 'manifest.json'))) throw new Error(`${out}/ is missing: run \`npm run build\` first`);
      dirs.push(buildInFreshCopy('a'));
      result = compare(ROOT, dirs[0], ['working tree', 'fresh copy']);
    } else {
      dirs.push(buildInFreshCopy('a'));
      dirs.push(buildInFreshCopy('b', dirs[0]));
      result = compare(dirs[0], dirs[1], ['build 1', 'build 2']);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.lines.length > 0) {
      console.error(`Builds differ (${result.lines.length} of ${result.files} files):\n${result.lines.join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`Reproducible: ${result.files} files byte-identical across ${againstTree ? 'the working tree and a fresh copy' : 'two fresh copies'} (${seconds}s).`);
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
