import { describe, it, expect } from 'vitest';
import { CATALOGUES } from '../../src/sites/catalogues';
import { SITES } from '../../src/sites/index';

describe('the pages\' catalogue-only list of sites', () => {
  it('is SITES without the readers: same order, ids, hosts and catalogues', () => {
    expect(CATALOGUES.map((c) => c.id)).toEqual(SITES.map((s) => s.id));
    for (const [i, site] of SITES.entries()) {
      expect(CATALOGUES[i]!.hosts).toEqual(site.hosts);
      expect(CATALOGUES[i]!.catalogue).toBe(site.catalogue);
    }
  });

});
