import { describe, it, expect } from 'vitest';
import { CATALOGUES, PLATFORM_LABELS, labelFor } from '../../src/sites/catalogues';
import { OUTLINE } from '../../src/sites/catalogue-outline';
import { platformLabel } from '../../src/sites/label-text';
import { SITES } from '../../src/sites/index';

describe('the pages\' catalogue-only list of sites', () => {
  it('is SITES without the readers: same order, ids and catalogues', () => {
    expect(CATALOGUES.map((c) => c.id)).toEqual(SITES.map((s) => s.id));
    for (const [i, site] of SITES.entries()) {
      expect(CATALOGUES[i]!.catalogue).toBe(site.catalogue);
    }
  });

  it('the outline (the popup\'s first render) is every catalogue without its wording: sites, hosts, ids, order, pages, keys', () => {
    expect(OUTLINE.map((o) => o.id)).toEqual(SITES.map((s) => s.id));
    for (const [i, site] of SITES.entries()) {
      expect(OUTLINE[i]!.hosts).toEqual(site.hosts);
      expect(OUTLINE[i]!.catalogue).toEqual(site.catalogue.map((e) => ({
        id: e.id, priority: e.priority, page: e.page, whyKey: e.whyKey, stepKey: e.stepKey, pathKey: e.pathKey,
      })));
    }
  });

  it('the pages\' labels are each setting\'s English platform label', () => {
    const entries = SITES.flatMap((s) => s.catalogue);
    expect(PLATFORM_LABELS.size).toBe(entries.length);
    for (const e of entries) expect(labelFor(e.id)).toBe(platformLabel(e));
    expect(labelFor('facebook.no-such-setting')).toBe('facebook.no-such-setting');
  });
});
