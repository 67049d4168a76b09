import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FOLDERS } from './harness';

describe('mutation harness shards', () => {
  it('every fixture folder with settings pages is mutated by exactly one shard', () => {
    const shards = readdirSync('tests/sites/mutation').filter((f) => f.endsWith('.test.ts') && f !== 'shards.test.ts');
    const covered = shards.flatMap((f) => [...readFileSync(`tests/sites/mutation/${f}`, 'utf8').matchAll(/'([a-z]+)'/g)].map((m) => m[1]!));
    for (const folder of FIXTURE_FOLDERS) expect(covered.filter((c) => c === folder), `tests/fixtures/${folder}`).toHaveLength(1);
  });
});
