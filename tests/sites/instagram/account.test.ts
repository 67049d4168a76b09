import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import instagram from '../../../src/sites/instagram/index';
import { accountHandle } from '../../../src/sites/instagram/read-posts';
import { NAV_LINKS, NAV_PROFILE_PICTURE } from '../../../src/sites/instagram/selectors';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/instagram', name), 'utf8'), 'text/html');
}
/** The navigation's Profile item: the link around the account's picture, outside main. */
const profileItem = (doc: Document) => Array.from(doc.querySelectorAll('a[href="/nadia.rahman/"]')).find((a) => a.closest('main') === null)!;
const firstPost = (doc: Document) => doc.querySelector('article')!;

describe('Instagram accountHandle', () => {
  test('the site definition exposes it', () => expect(instagram.accountHandle).toBe(accountHandle));

  test('selector expectations hold on feed-en.html', () => {
    const doc = load('feed-en.html');
    for (const sel of NAV_LINKS) expect(doc.querySelectorAll(sel).length, sel).toBe(1);
    const nav = profileItem(doc).closest('.xh8yej3')!; // the fixture's list (test-only: the code never uses classes)
    expect(nav.querySelectorAll(NAV_PROFILE_PICTURE.join(', ')).length).toBe(1);
  });

  test.each<[string, (doc: Document) => void, string | null]>([
    ['found: the Profile item, its picture\'s alt agrees', () => {}, 'nadia.rahman'],
    ['case is folded', (doc) => profileItem(doc).setAttribute('href', '/Nadia.Rahman/'), 'nadia.rahman'],
    ['a UI in another language: the alt says nothing, the link decides', (doc) => profileItem(doc).querySelector('img')!.setAttribute('alt', 'Gambar profil nadia.rahman'), 'nadia.rahman'],
    ['two of the three nav links are enough', (doc) => doc.querySelector('a[href="/reels/"]')!.remove(), 'nadia.rahman'],
    ['missing Profile item -> null', (doc) => profileItem(doc).remove(), null],
    ['missing navigation (only one nav link left) -> null', (doc) => { doc.querySelector('a[href="/reels/"]')!.remove(); doc.querySelector('a[href="/explore/"]')!.remove(); }, null],
    ['two candidates: a second picture link to another account -> null', (doc) => profileItem(doc).insertAdjacentHTML('afterend', '<a href="/hafiz.family/"><img alt="hafiz.family\'s profile picture" src="data:,"></a>'), null],
    ['two candidates: the picture\'s alt names someone else -> null', (doc) => profileItem(doc).querySelector('img')!.setAttribute('alt', "hafiz.family's profile picture"), null],
    ['the Profile item links to one of Instagram\'s own pages -> null', (doc) => profileItem(doc).setAttribute('href', '/explore/'), null],
    ['a javascript: href -> null', (doc) => profileItem(doc).setAttribute('href', 'javascript:alert(1)//nadia.rahman/'), null],
    ['a hover card outside main and outside the navigation is not a candidate', (doc) => doc.body.insertAdjacentHTML('beforeend', '<div><a href="/hafiz.family/"><img alt="hafiz.family\'s profile picture" src="data:,"></a><a href="/p/DA2bbbbbBB2/"><img alt="" src="data:,"></a></div>'), 'nadia.rahman'],
    ['nav links far apart: the "list" holding them wraps the content -> null', (doc) => doc.body.prepend(doc.querySelector('a[href="/explore/"]')!), null],
  ])('%s', (_what, mutate, expected) => {
    const doc = load('feed-en.html');
    mutate(doc);
    expect(accountHandle(doc)).toBe(expected);
  });

  test('links inside posts and main that look like the nav are ignored', () => {
    const doc = load('feed-en.html');
    // A post carrying its own copy of the nav links and a picture link (a stranger's avatar).
    firstPost(doc).insertAdjacentHTML('afterbegin', '<a href="/explore/">Explore</a><a href="/reels/">Reels</a><a href="/direct/inbox/">Messages</a><a href="/hafiz.family/"><img alt="hafiz.family\'s profile picture" src="data:,"></a>');
    expect(accountHandle(doc)).toBe('nadia.rahman');
    // Without the real navigation, the copies in the content never stand in for it.
    for (const sel of NAV_LINKS) for (const a of Array.from(doc.querySelectorAll(sel))) if (a.closest('main') === null) a.remove();
    expect(accountHandle(doc)).toBeNull();
  });

  test('a settings page without the sidebar: null', () => {
    expect(accountHandle(load('settings-account-privacy.en.safe.html'))).toBeNull();
  });
});
