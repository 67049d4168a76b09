import { describe, it, expect } from 'vitest';
import { LANGS, SPLITS, loadCorpus, loadCorpusFile, type CorpusItem } from './corpus.ts';

const all = loadCorpus('all');
const ofLang = (items: CorpusItem[], lang: string) => items.filter((item) => item.lang === lang);

describe('rules evaluation corpus', () => {
  for (const split of SPLITS) {
    for (const lang of LANGS) {
      it(`${split}/${lang}.json parses`, () => {
        expect(() => loadCorpusFile(split, lang)).not.toThrow();
      });
    }
  }

  it('has ids unique across all files', () => {
    const ids = all.map((item) => item.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(LANGS)('has enough %s items in each split', (lang) => {
    expect(ofLang(loadCorpus('dev'), lang).length).toBeGreaterThanOrEqual(60);
    expect(ofLang(loadCorpus('holdout'), lang).length).toBeGreaterThanOrEqual(30);
    expect(ofLang(all, lang).length).toBeGreaterThanOrEqual(120);
  });

  it.each(LANGS)('has at least a third hard %s items', (lang) => {
    const items = ofLang(all, lang);
    expect(items.filter((item) => item.hard).length * 3).toBeGreaterThanOrEqual(items.length);
  });

  it('gives every hard item a note', () => {
    const silent = all.filter((item) => item.hard && item.note.trim() === '').map((item) => item.id);
    expect(silent).toEqual([]);
  });

  it.each(LANGS)('has positive and negative child and uniform %s items', (lang) => {
    const items = ofLang(all, lang);
    for (const key of ['child', 'schoolUniform'] as const) {
      expect(items.some((item) => item.expect[key])).toBe(true);
      expect(items.some((item) => !item.expect[key])).toBe(true);
    }
  });
});
