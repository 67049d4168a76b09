import { describe, it, expect } from 'vitest';
import { EVERY_SPLIT, FINAL_SPLIT, LANGS, SPLITS, loadCorpus, loadCorpusFile, type CorpusItem } from './corpus.ts';

const all = loadCorpus('all');
const final = loadCorpus(FINAL_SPLIT);
const ofLang = (items: CorpusItem[], lang: string) => items.filter((item) => item.lang === lang);

/** The checks every scored set must pass on its own: the development splits together, and final22 apart. */
const SCORED_SETS = [
  ['development splits', all],
  ['final22', final],
] as const;

describe('rules evaluation corpus', () => {
  for (const split of EVERY_SPLIT) {
    for (const lang of LANGS) {
      it(`${split}/${lang}.json parses`, () => {
        expect(() => loadCorpusFile(split, lang)).not.toThrow();
      });
    }
  }

  it('has ids unique across all files, final22 included', () => {
    const ids = [...all, ...final].map((item) => item.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it("keeps final22 out of 'all'", () => {
    expect(SPLITS).not.toContain(FINAL_SPLIT);
    const finalIds = new Set(final.map((item) => item.id));
    expect(all.filter((item) => finalIds.has(item.id))).toEqual([]);
    expect(all.length).toBe(SPLITS.reduce((n, split) => n + loadCorpus(split).length, 0));
  });

  it.each(LANGS)('has enough %s items in each split', (lang) => {
    expect(ofLang(loadCorpus('dev'), lang).length).toBeGreaterThanOrEqual(60);
    expect(ofLang(loadCorpus('holdout'), lang).length).toBeGreaterThanOrEqual(30);
    expect(ofLang(all, lang).length).toBeGreaterThanOrEqual(120);
    expect(ofLang(final, lang).length).toBeGreaterThanOrEqual(60);
  });

  for (const [name, items] of SCORED_SETS) {
    describe(name, () => {
      it.each(LANGS)('has at least a third hard %s items', (lang) => {
        const ofThis = ofLang(items, lang);
        expect(ofThis.filter((item) => item.hard).length * 3).toBeGreaterThanOrEqual(ofThis.length);
      });

      it('gives every hard item a note', () => {
        const silent = items.filter((item) => item.hard && item.note.trim() === '').map((item) => item.id);
        expect(silent).toEqual([]);
      });

      it.each(LANGS)('has positive and negative child and uniform %s items', (lang) => {
        const ofThis = ofLang(items, lang);
        for (const key of ['child', 'schoolUniform'] as const) {
          expect(ofThis.some((item) => item.expect[key])).toBe(true);
          expect(ofThis.some((item) => !item.expect[key])).toBe(true);
        }
      });
    });
  }
});
