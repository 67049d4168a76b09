/**
 * Trust: store readiness. The Firefox build passes Mozilla's linter (web-ext lint) with no error and no
 * warning; the packages are deterministic (same files → same bytes) and hold exactly what was built;
 * the sources archive for AMO reviewers holds what the build needs and nothing else; a fresh copy of
 * the sources builds byte for byte what is in dist/ and dist-firefox/.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, crc32 } from 'node:zlib';
// @ts-expect-error — web-ext ships no type declarations
import webExt from 'web-ext';
// @ts-expect-error — plain ES module script without types
import { zip, entriesOf, packageTargets, sourceFiles, ROOT } from '../../../scripts/package.mjs';
// @ts-expect-error — plain ES module script without types
import { buildInFreshCopy, compare } from '../../../scripts/check-dist.mjs';

for (const dir of ['dist', 'dist-firefox']) {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}/ is missing: run \`npm run build\` first (npm test runs test:dist after the build).`);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface ZipEntry { name: string; data: Buffer; method: number; time: number; date: number; attrs: number; madeBy: number; flags: number; extra: number }

/** Read a zip's central directory and every entry (enough of the format for what package.mjs writes). */
function unzip(buf: Buffer): ZipEntry[] {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(-1);
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const madeBy = buf.readUInt16LE(p + 4);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const attrs = buf.readUInt32LE(p + 38);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data) >>> 0, name).toBe(crc);
    out.push({ name, data, method, time, date, attrs, madeBy, flags, extra });
    p += 46 + nameLen + extra;
  }
  return out;
}

describe('trust: Mozilla\'s linter (web-ext lint -s dist-firefox)', () => {
  it('0 errors, 0 warnings', async () => {
    const result = (await webExt.cmd.lint(
      { sourceDir: join(ROOT, 'dist-firefox'), output: 'none', boring: true, metadata: false, pretty: false, privileged: false, selfHosted: false, warningsAsErrors: false, verbose: false },
      { shouldExitProgram: false },
    )) as { errors: Array<{ code: string; file?: string; message: string }>; warnings: Array<{ code: string; file?: string; message: string; description?: string }>; notices: Array<{ code: string; message: string }> };
    const lines = [...result.errors.map((e) => `error ${e.code} ${e.file ?? ''}: ${e.message}`), ...result.warnings.map((w) => `warning ${w.code} ${w.file ?? ''}: ${w.message}`)];
    const hint = result.warnings.some((w) => w.code === 'UNSAFE_VAR_ASSIGNMENT')
      ? "\nUNSAFE_VAR_ASSIGNMENT (innerHTML) comes from Preact's dangerouslySetInnerHTML branch; Jaga never uses it (eslint forbids it). Fix: the jaga:no-html-sink Vite plugin (see the trust report)."
      : '';
    expect(lines, `web-ext lint found:\n${lines.join('\n')}${hint}`).toEqual([]);
    console.log(`[trust] web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
  });
});

describe('trust: deterministic packages', () => {
  const out = mkdtempSync(join(tmpdir(), 'jaga-pkg-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

  it('zip(): the same entries in any order give the same bytes; sorted, fixed times, mode 0644, no extras', () => {
    const entries = [{ name: 'b.txt', data: Buffer.from('bee') }, { name: 'a/z.js', data: Buffer.from('x'.repeat(1000)) }, { name: 'a/é.json', data: Buffer.alloc(0) }];
    const one = zip(entries) as Buffer;
    const two = zip([...entries].reverse()) as Buffer;
    expect(sha(one)).toBe(sha(two));
    const read = unzip(one);
    expect(read.map((e) => e.name)).toEqual(['a/z.js', 'a/é.json', 'b.txt']);
    for (const e of read) {
      expect([e.time, e.date, e.extra]).toEqual([0, 0x21, 0]);
      expect(e.attrs >>> 16).toBe(0o100644);
      expect(e.flags & 0x0800).toBe(0x0800);
    }
    expect(() => zip([{ name: '../evil', data: Buffer.alloc(1) }])).toThrow(/unsafe/);
  });

  it.each([
    ['chrome', 'dist', `jaga-chrome-${version}.zip`],
    ['firefox', 'dist-firefox', `jaga-firefox-${version}.xpi`],
  ])('%s package: twice the same bytes, exactly the files of %s', (target, dir, file) => {
    const first = readFileSync(((packageTargets([target], { outDir: join(out, '1') }) as string[])[0]!));
    const second = readFileSync(((packageTargets([target], { outDir: join(out, '2') }) as string[])[0]!));
    expect(sha(first)).toBe(sha(second));
    const entries = unzip(first);
    const built = (entriesOf(join(ROOT, dir)) as Array<{ name: string; data: Buffer }>).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(entries.map((e) => e.name)).toEqual(built.map((e) => e.name));
    for (const [i, e] of entries.entries()) expect(sha(e.data), e.name).toBe(sha(built[i]!.data));
    expect(entries.map((e) => e.name)).toContain('manifest.json');
    console.log(`[trust] ${file}: ${first.length} bytes, ${entries.length} entries, sha256 ${sha(first).slice(0, 16)}…`);
  });

  it('the AMO sources archive: the build\'s sources and instructions, deterministic, nothing else', () => {
    const first = readFileSync(((packageTargets(['sources'], { outDir: join(out, '1') }) as string[])[0]!));
    const second = readFileSync(((packageTargets(['sources'], { outDir: join(out, '2') }) as string[])[0]!));
    expect(sha(first)).toBe(sha(second));
    const names = unzip(first).map((e) => e.name);
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { background: { service_worker: string }; content_scripts: Array<{ js: string[] }>; action: { default_popup: string } };
    const entries = [manifest.background.service_worker, manifest.action.default_popup, 'src/report/index.html', ...manifest.content_scripts.flatMap((c) => c.js)];
    for (const needed of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'BUILD-FOR-AMO.md', 'public/_locales/en/messages.json', ...entries]) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((n) => /^(node_modules|dist|dist-firefox|tests|web-ext-artifacts|\.git|test-output|demo-output|bench-output|\.tmp)\//.test(n))).toEqual([]);
    expect(names).toEqual([...(sourceFiles() as string[]), 'BUILD-FOR-AMO.md'].sort());
  });
});

describe('trust: reproducible build', () => {
  it('a fresh copy of the sources, built elsewhere, gives dist/ and dist-firefox/ byte for byte', () => {
    const dir = buildInFreshCopy('check') as string;
    try {
      const { files, lines } = compare(ROOT, dir, ['dist in the tree', 'fresh copy']) as { files: number; lines: string[] };
      expect(lines, `not reproducible (or dist/ is older than the sources: npm run build):\n${lines.join('\n')}`).toEqual([]);
      console.log(`[trust] reproducible: ${files} files identical between the tree's build and a fresh copy's`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
