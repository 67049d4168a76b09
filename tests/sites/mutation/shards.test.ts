import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FOLDERS, selectFixtures } from './harness';
import { SHARDS } from './shards';

describe('mutation harness shards', () => {
  it('every settings fixture is mutated by exactly one shard', () => {
    const picked = Object.values(SHARDS).flatMap((s) => selectFixtures(s).map((f) => `${f.site}/${f.file}`));
    const all = FIXTURE_FOLDERS.flatMap((folder) => selectFixtures({ folders: [folder] }).map((f) => `${f.site}/${f.file}`));
    expect([...picked].sort()).toEqual([...all].sort());
  });

  it('every shard has its test file', () => {
    const files = readdirSync('tests/sites/mutation').filter((f) => f.endsWith('.test.ts') && f !== 'shards.test.ts');
    expect(files.map((f) => f.replace(/\.test\.ts$/, '')).sort()).toEqual(Object.keys(SHARDS).sort());
  });
});
