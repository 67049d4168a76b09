import { describe, it, expect } from 'vitest';
import { route } from '../../src/background/router';
import { testDeps, popupSender, facebookTab } from '../support/deps';
import { readState } from '../../src/shared/storage';
import { reportSchema } from '../../src/shared/report-schema';
import { SITES } from '../../src/sites/index';

const fb = SITES.find((s) => s.id === 'facebook')!;

function fbReading(status: 'safe' | 'risky' | 'unknown', value: string | null) {
  const entry = fb.catalogue.find((e) => e.id === 'facebook.future-posts-audience');
  return { entry, reading: { id: 'facebook.future-posts-audience', status, value } };
}

/** A public post the rules flag (a child in school uniform), and its benign twin (friends only). */
const post = {
  key: 'https://www.facebook.com/aisyah.demo/posts/1', url: 'https://www.facebook.com/aisyah.demo/posts/1', audience: 'public',
  text: 'Hari pertama Darjah 1 Aisyah, comel pakai baju sekolah baru!', altTexts: ['May be an image of 1 child and text'],
} as const;
const friendsOnly = { ...post, key: 'https://www.facebook.com/aisyah.demo/posts/2', url: 'https://www.facebook.com/aisyah.demo/posts/2', audience: 'friends' } as const;
const adultPost = { ...post, key: 'k3', url: null, text: 'Makan malam dengan kawan-kawan pejabat', altTexts: ['May be an image of 4 people and food'] } as const;

describe('handlers', () => {
  it('stores the readings of the page\'s own settings and ignores the others', async () => {
    const deps = testDeps();
    const { entry, reading } = fbReading('risky', 'Public');
    expect(entry, 'facebook catalogue has future-posts-audience').toBeDefined();
    const reply = await route({ type: 'content/settings', site: 'facebook', page: entry!.page, lang: 'en', readings: [reading, { id: 'facebook.not-on-this-page', status: 'safe', value: 'x' }] }, facebookTab, deps);
    expect(reply).toEqual({ ok: true, data: { stored: 1 } });
    const { state } = await readState(deps.area);
    expect(state.sites.facebook.settings['facebook.future-posts-audience']).toMatchObject({ status: 'risky', value: 'Public', checkedAt: '2026-11-28T10:00:00.000Z' });
    expect(state.sites.facebook.settings['facebook.not-on-this-page']).toBeUndefined();
    expect(deps.badges.at(-1)).toBe('1');
  });

  it('records page health when expected settings are not found', async () => {
    const deps = testDeps();
    const { entry } = fbReading('unknown', null);
    await route({ type: 'content/settings', site: 'facebook', page: entry!.page, lang: 'en', readings: [{ id: entry!.id, status: 'unknown', value: null, why: 'not-found' }] }, facebookTab, deps);
    const { state } = await readState(deps.area);
    expect(state.sites.facebook.health).toMatchObject({ page: entry!.page, missing: [entry!.id] });
  });

  it('assesses posts, keeps only the flagged ones, answers badges, and forgets dismissed ones', async () => {
    const deps = testDeps();
    const reply = await route({ type: 'content/posts', site: 'facebook', page: 'feed', posts: [post, friendsOnly, adultPost] }, facebookTab, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const { badges } = reply.data as { badges: Array<{ key: string; shows: { child: boolean } }> };
    expect(badges.map((b) => b.key)).toEqual([post.key]);
    expect(badges[0]!.shows.child).toBe(true);
    let { state } = await readState(deps.area);
    expect(state.sites.facebook.postsScanned).toBe(3);
    expect(Object.keys(state.sites.facebook.flagged)).toEqual([post.key]);
    expect(state.sites.facebook.flagged[post.key]!.excerpt).toBe(post.text);
    await route({ type: 'content/dismiss-post', site: 'facebook', key: post.key }, facebookTab, deps);
    const again = await route({ type: 'content/posts', site: 'facebook', page: 'feed', posts: [post] }, facebookTab, deps);
    expect(again).toEqual({ ok: true, data: { badges: [] } });
    ({ state } = await readState(deps.area));
    expect(state.sites.facebook.flagged).toEqual({});
    expect(state.sites.facebook.postsScanned).toBe(4);
  });

  it('stores a 140-character excerpt, never the whole caption', async () => {
    const deps = testDeps();
    const long = { ...post, text: `Anak saya hari pertama Darjah 1 pakai baju sekolah. ${'x'.repeat(4000)}` };
    await route({ type: 'content/posts', site: 'facebook', page: 'feed', posts: [long] }, facebookTab, deps);
    const { state } = await readState(deps.area);
    const stored = state.sites.facebook.flagged[post.key]!;
    expect(stored.excerpt.length).toBe(140);
    expect(JSON.stringify(deps.area.data)).not.toContain('x'.repeat(200));
  });

  it('exports a report that validates against jaga.report/1, with unchecked settings', async () => {
    const deps = testDeps();
    const { entry, reading } = fbReading('safe', 'Friends');
    await route({ type: 'content/settings', site: 'facebook', page: entry!.page, lang: 'en', readings: [reading] }, facebookTab, deps);
    await route({ type: 'content/posts', site: 'facebook', page: 'feed', posts: [post] }, facebookTab, deps);
    const reply = await route({ type: 'popup/export-report' }, popupSender, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const report = reportSchema.parse(reply.data);
    const facebook = report.platforms.find((p) => p.platform === 'facebook')!;
    expect(facebook.settings.find((s) => s.id === reading.id)).toMatchObject({ status: 'safe', value: 'Friends' });
    expect(facebook.settings.filter((s) => s.status === 'unchecked').length).toBe(fb.catalogue.length - 1);
    expect(facebook.flaggedPosts[0]).toMatchObject({ audience: 'public', excerpt: post.text });
    expect(facebook.flaggedPosts[0]!.reasons.some((r) => r.includes('baju sekolah'))).toBe(true);
    expect(report.platforms.map((p) => p.platform)).toEqual(SITES.map((s) => s.id));
  });

  it('forget-everything leaves storage empty', async () => {
    const deps = testDeps();
    await route({ type: 'content/posts', site: 'facebook', page: 'feed', posts: [post] }, facebookTab, deps);
    await route({ type: 'popup/set-locale', locale: 'ta' }, popupSender, deps);
    await route({ type: 'popup/forget-everything' }, popupSender, deps);
    expect(deps.area.data).toEqual({});
    expect(deps.badges.at(-1)).toBe('');
  });

  it('hello answers page strings in the chosen language and the account audience', async () => {
    const deps = testDeps();
    await route({ type: 'popup/set-locale', locale: 'ms' }, popupSender, deps);
    const reply = await route({ type: 'content/hello', site: 'facebook', page: 'feed' }, facebookTab, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const data = reply.data as { locale: string; strings: Record<string, string>; accountAudience: string };
    expect(data.locale).toBe('ms');
    expect(Object.keys(data.strings).length).toBeGreaterThan(0);
    // Only what a page shows: badge/guide strings and this site's step sentences, nothing else.
    expect(Object.keys(data.strings).every((k) => k.startsWith('page_') || /^facebook_setting_.*_step$/.test(k))).toBe(true);
    expect(Object.keys(data.strings).some((k) => k.startsWith('x_setting_'))).toBe(false);
    expect(data.accountAudience).toBe('unknown');
  });
});
