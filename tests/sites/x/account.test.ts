import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import x from '../../../src/sites/x/index';
import { accountHandle } from '../../../src/sites/x/read-posts';
import { ACCOUNT_MENU_AVATAR, ACCOUNT_PROFILE_LINK } from '../../../src/sites/x/selectors';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/x', name), 'utf8'), 'text/html');
}
const count = (doc: Document, sel: readonly string[]) => doc.querySelectorAll(sel.join(', ')).length;
const profileLink = (doc: Document) => doc.querySelector('a[data-testid="AppTabBar_Profile_Link"]')!;
const menuAvatar = (doc: Document) => doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]')!;
const firstPost = (doc: Document) => doc.querySelector('article[data-testid="tweet"]')!;

describe('X accountHandle', () => {
  test('the site definition exposes it', () => expect(x.accountHandle).toBe(accountHandle));

  test('selector expectations hold on feed-en.html', () => {
    const doc = load('feed-en.html');
    expect(count(doc, ACCOUNT_PROFILE_LINK)).toBe(1);
    expect(count(doc, ACCOUNT_MENU_AVATAR)).toBe(1);
  });

  test.each<[string, (doc: Document) => void, string | null]>([
    ['found: Profile link and account menu agree', () => {}, 'aminah_rosli'],
    ['case is folded', (doc) => profileLink(doc).setAttribute('href', '/Aminah_Rosli'), 'aminah_rosli'],
    ['absolute href on twitter.com', (doc) => profileLink(doc).setAttribute('href', 'https://twitter.com/aminah_rosli'), 'aminah_rosli'],
    ['the menu avatar not resolved yet ("unknown") is ignored', (doc) => menuAvatar(doc).setAttribute('data-testid', 'UserAvatar-Container-unknown'), 'aminah_rosli'],
    ['no account menu: the Profile link alone', (doc) => menuAvatar(doc).closest('button')!.remove(), 'aminah_rosli'],
    ['missing: no Profile link, no account menu -> null', (doc) => { profileLink(doc).remove(); menuAvatar(doc).closest('button')!.remove(); }, null],
    ['missing Profile link, menu avatar alone is not enough -> null', (doc) => profileLink(doc).remove(), null],
    ['two candidates: menu avatar names someone else -> null', (doc) => menuAvatar(doc).setAttribute('data-testid', 'UserAvatar-Container-davidlim_my'), null],
    ['two candidates: a second Profile link -> null', (doc) => profileLink(doc).insertAdjacentHTML('afterend', '<a href="/davidlim_my" data-testid="AppTabBar_Profile_Link">Profile</a>'), null],
    ['a Profile link to one of X\'s own pages -> null', (doc) => profileLink(doc).setAttribute('href', '/home'), null],
    ['a Profile link with a javascript: href -> null', (doc) => profileLink(doc).setAttribute('href', 'javascript:alert(1)//aminah_rosli'), null],
    ['a Profile link off x.com -> null', (doc) => profileLink(doc).setAttribute('href', 'https://evil.example/aminah_rosli'), null],
  ])('%s', (_what, mutate, expected) => {
    const doc = load('feed-en.html');
    mutate(doc);
    expect(accountHandle(doc)).toBe(expected);
  });

  test('a link inside a post that looks like the nav link is ignored', () => {
    const doc = load('feed-en.html');
    firstPost(doc).insertAdjacentHTML('beforeend', '<a href="/davidlim_my" data-testid="AppTabBar_Profile_Link">Profile</a><button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-davidlim_my"></div></button>');
    expect(accountHandle(doc)).toBe('aminah_rosli');
    profileLink(doc).remove();
    expect(accountHandle(doc)).toBeNull(); // the post's copy never stands in for the nav
  });

  test.each(['settings-audience-and-tagging.en.safe.html', 'settings-tagging.en.risky.html'])('%s has no nav: null', (name) => {
    expect(accountHandle(load(name))).toBeNull();
  });
});
