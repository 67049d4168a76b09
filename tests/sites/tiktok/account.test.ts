import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import tiktok from '../../../src/sites/tiktok/index';
import { accountHandle } from '../../../src/sites/tiktok/read-posts';
import { NAV_PROFILE } from '../../../src/sites/tiktok/selectors';

// UNVERIFIED hook (see selectors.ts NAV_PROFILE): these tests pin the behaviour, not TikTok's markup.
function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/tiktok', name), 'utf8'), 'text/html');
}
const navProfile = (doc: Document) => doc.querySelector('a[data-e2e="nav-profile"]')!;
const firstItem = (doc: Document) => doc.querySelector('[data-e2e="recommend-list-item-container"]')!;

describe('TikTok accountHandle', () => {
  test('the site definition exposes it', () => expect(tiktok.accountHandle).toBe(accountHandle));

  test('selector expectations hold on feed-en.html', () => {
    expect(load('feed-en.html').querySelectorAll(NAV_PROFILE.join(', ')).length).toBe(1);
  });

  test.each<[string, (doc: Document) => void, string | null]>([
    ['found: the side navigation\'s Profile link', () => {}, 'cikgu.lina'],
    ['case is folded, absolute href', (doc) => navProfile(doc).setAttribute('href', 'https://www.tiktok.com/@Cikgu.Lina?lang=en'), 'cikgu.lina'],
    ['the test id on a wrapper', (doc) => { const a = navProfile(doc); const wrap = doc.createElement('div'); wrap.setAttribute('data-e2e', 'nav-profile'); a.removeAttribute('data-e2e'); a.replaceWith(wrap); wrap.append(a); }, 'cikgu.lina'],
    ['missing -> null', (doc) => navProfile(doc).remove(), null],
    ['logged out: the Profile item is no /@ link -> null', (doc) => navProfile(doc).setAttribute('href', '/login?redirect_url=profile'), null],
    ['two candidates -> null', (doc) => navProfile(doc).insertAdjacentHTML('afterend', '<a data-e2e="nav-profile" href="/@chen.mama">Profile</a>'), null],
    ['a javascript: href -> null', (doc) => navProfile(doc).setAttribute('href', 'javascript:alert(1)//@cikgu.lina'), null],
  ])('%s', (_what, mutate, expected) => {
    const doc = load('feed-en.html');
    mutate(doc);
    expect(accountHandle(doc)).toBe(expected);
  });

  test('a link inside a video that looks like the nav link is ignored', () => {
    const doc = load('feed-en.html');
    firstItem(doc).insertAdjacentHTML('beforeend', '<a data-e2e="nav-profile" href="/@chen.mama">Profile</a>');
    expect(accountHandle(doc)).toBe('cikgu.lina');
    navProfile(doc).remove();
    expect(accountHandle(doc)).toBeNull();
  });

  test('the profile page fixture has no navigation: null', () => {
    expect(accountHandle(load('profile-en.html'))).toBeNull();
  });
});
