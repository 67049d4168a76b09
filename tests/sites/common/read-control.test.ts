import { describe, expect, test } from 'vitest';
import { locateSettingControl, readCatalogueSettings, readSetting } from '../../../src/sites/common/read-control';
import type { CatalogueEntry, Choice, Provenance, UiLang, Wording } from '../../../src/sites/types';

// A made-up catalogue that exercises every control kind; wordings are test data, not platform text.
const w = (lang: UiLang, text: string, source: Provenance = 'observed'): Wording => ({ lang, text, source, ref: 'test' });
const keys = { whyKey: 'k', stepKey: 'k', pathKey: 'k' };
const AUDIENCE: Choice[] = [
  { verdict: 'risky', wordings: [w('en', 'Public'), w('zh', '公开'), w('ms', 'Awam', 'translation')] },
  { verdict: 'risky', wordings: [w('en', 'Friends of friends')] },
  { verdict: 'safe', wordings: [w('en', 'Friends'), w('zh', '好友')] },
  { verdict: 'safe', wordings: [w('en', 'Friends except...'), w('zh', '好友，除了...')] },
  { verdict: 'safe', wordings: [w('en', 'Only me'), w('zh', '仅限自己')] },
];
const CAT: CatalogueEntry[] = [
  {
    id: 't.review', priority: 1, group: 'tagging', page: 'p1', url: 'https://example.test/p1', control: 'switch',
    labels: [w('en', "Review posts you're tagged in?"), w('zh', '审核你被标记的帖子？'), w('ms', 'Semak siaran?', 'translation')],
    safeWhenOn: true, ...keys,
  },
  {
    id: 't.future', priority: 2, group: 'audience', page: 'p1', url: 'https://example.test/p1', control: 'privacy-button',
    labels: [w('en', 'Who can see your future posts?'), w('zh', '谁可以看到你以后的帖子？'), w('ms', 'Siapa boleh lihat?', 'translation')],
    choices: AUDIENCE, ...keys,
  },
  {
    id: 't.search', priority: 3, group: 'discovery', page: 'p1', url: 'https://example.test/p1', control: 'checkbox',
    labels: [w('en', 'Let search engines link to your profile')], safeWhenOn: false, ...keys,
  },
  {
    id: 't.tagging', priority: 4, group: 'tagging', page: 'p2', url: 'https://example.test/p2', control: 'radio-group',
    labels: [w('en', 'Photo tagging')],
    choices: [
      { verdict: 'risky', wordings: [w('en', 'Anyone can tag you')] },
      { verdict: 'safe', wordings: [w('en', 'Only people you follow can tag you'), w('en', 'Off')] },
    ], ...keys,
  },
  {
    id: 't.visibility', priority: 5, group: 'audience', page: 'p2', url: 'https://example.test/p2', control: 'select',
    labels: [w('en', 'Default visibility')],
    choices: [{ verdict: 'risky', wordings: [w('en', 'Public')] }, { verdict: 'safe', wordings: [w('en', 'Private')] }], ...keys,
  },
];
const byId = (id: string): CatalogueEntry => {
  const e = CAT.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};

function page(body: string, lang: string | null = 'en'): Document {
  const l = lang === null ? '' : ` lang="${lang}"`;
  return new DOMParser().parseFromString(`<!DOCTYPE html><html${l}><body><div role="main">${body}</div></body></html>`, 'text/html');
}

// Building blocks, in the shape of a settings row: a text column and a control column.
const row = (label: string, control: string, desc = 'Some help text about this setting.') =>
  `<div class="x1"><div class="x2"><div><span>${label}</span></div><div><span>${desc}</span></div></div><div class="x3">${control}</div></div>`;
const sw = (on: boolean, extra = '') => `<input type="checkbox" role="switch" aria-checked="${on}"${on ? ' checked' : ''}${extra}>`;
const btn = (value: string, text = value, extra = '') =>
  `<div role="button" tabindex="0" aria-label="Edit privacy. Sharing with ${value}."${extra}><i aria-hidden="true"></i><span>${text}</span></div>`;
const REVIEW = "Review posts you're tagged in?";
const FUTURE = 'Who can see your future posts?';

type Case = [name: string, body: string, id: string, expected: { status: string; why?: string; value?: string | null }, lang?: string | null];

const CASES: Case[] = [
  // --- found / not found
  ['switch on', row(REVIEW, sw(true)), 't.review', { status: 'safe', value: 'on' }],
  ['switch off', row(REVIEW, sw(false)), 't.review', { status: 'risky', value: 'off' }],
  ['safeWhenOn false: on is risky', row('Let search engines link to your profile', sw(true)), 't.search', { status: 'risky' }],
  ['no label on the page', row('Something else entirely', sw(true)), 't.review', { status: 'unknown', why: 'not-found' }],
  ['label without a control', row(REVIEW, '<span>On</span>'), 't.review', { status: 'unknown', why: 'not-found' }],
  ['label and control only inside a post', `<div role="article">${row(REVIEW, sw(true))}</div>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['label and control only inside an <article>', `<article>${row(REVIEW, sw(true))}</article>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['label and control only inside a feed', `<div role="feed"><div>${row(REVIEW, sw(true))}</div></div>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['only in a hidden duplicate dialog', `<div role="dialog" aria-hidden="true">${row(REVIEW, sw(true))}</div>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['only in a [hidden] region', `<div hidden>${row(REVIEW, sw(true))}</div>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['only in a display:none region', `<div style="display: none">${row(REVIEW, sw(true))}</div>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['label hidden, control named by aria-labelledby', `<span hidden id="l1">${REVIEW}</span><div>${sw(true, ' aria-labelledby="l1"')}</div>`, 't.review', { status: 'safe' }],
  ['control named by aria-label, no visible label', `<div><div>${sw(false, ` aria-label="${REVIEW}"`)}</div></div>`, 't.review', { status: 'risky' }],
  ['<label for>', `<div><input type="checkbox" id="c1" checked><label for="c1">${REVIEW}</label></div>`, 't.review', { status: 'safe' }],
  ['wrapping <label>', `<div><label><input type="checkbox" role="switch" aria-checked="false"> ${REVIEW}</label></div>`, 't.review', { status: 'risky' }],
  ['control before label', `<div class="r"><div>${sw(true)}</div><div><span>${REVIEW}</span></div></div>`, 't.review', { status: 'safe' }],
  ['label split across elements', row('Who can see your <b>future</b> posts?', btn('Friends')), 't.future', { status: 'safe' }],
  ['long label followed by "Learn more"', row(`${FUTURE} <a href="#">Learn more</a>`, btn('Public')), 't.future', { status: 'risky' }],
  ['short label is never matched inside longer text', row('Photo tagging settings for everyone', '<div role="radiogroup"><div role="radio" aria-checked="true">Off</div></div>'), 't.tagging', { status: 'unknown', why: 'not-found' }],
  ['label only in the settings menu', `<div role="navigation"><a href="#"><span>${REVIEW}</span></a></div><div>${sw(true)}</div>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['label too far from any control (7 levels)', `<div><div>${sw(true)}</div><div><div><div><div><div><div><div><span>${REVIEW}</span></div></div></div></div></div></div></div></div>`, 't.review', { status: 'unknown', why: 'not-found' }],

  // --- ambiguity
  ['two switches in one row', row(REVIEW, sw(true) + sw(true)), 't.review', { status: 'unknown', why: 'ambiguous' }],
  ['the label twice, with different controls', row(REVIEW, sw(true)) + row(REVIEW, sw(false)), 't.review', { status: 'unknown', why: 'ambiguous' }],
  ['a disabled copy beside the real control is ignored', row(FUTURE, btn('Friends') + btn('Public', 'Public', ' aria-disabled="true"')), 't.future', { status: 'safe' }],
  ['a duplicate of a named control', `<span id="l2">${REVIEW}</span><div>${sw(true, ' aria-labelledby="l2"')}</div><div>${sw(true, ' aria-labelledby="l2"')}</div>`, 't.review', { status: 'unknown', why: 'ambiguous' }],
  ['own control missing: the next row\'s control is not borrowed', `<div>${row(REVIEW, '')}${row('Allow comments from strangers?', sw(true))}</div>`, 't.review', { status: 'unknown', why: 'not-found' }],
  ['own control missing: a control labelled for another setting is not borrowed', `<div><div><span>${REVIEW}</span></div><div>${sw(true, ' aria-label="Let search engines link to your profile"')}</div></div>`, 't.review', { status: 'unknown', why: 'not-found' }],

  // --- values and conflicts
  ['aria-checked true but not checked', row(REVIEW, '<input type="checkbox" role="switch" aria-checked="true">'), 't.review', { status: 'unknown', why: 'conflict' }],
  ['checked but aria-checked false', row(REVIEW, '<input type="checkbox" role="switch" aria-checked="false" checked>'), 't.review', { status: 'unknown', why: 'conflict' }],
  ['checked only (no aria-checked)', row(REVIEW, '<input type="checkbox" checked>'), 't.review', { status: 'safe' }],
  ['aria-checked mixed', row(REVIEW, '<div role="switch" aria-checked="mixed"></div>'), 't.review', { status: 'unknown', why: 'unrecognised-value' }],
  ['ARIA switch without any state', row(REVIEW, '<div role="switch"></div>'), 't.review', { status: 'unknown', why: 'unrecognised-value' }],
  ['aria-label and visible text agree', row(FUTURE, btn('Friends')), 't.future', { status: 'safe', value: 'Friends' }],
  ['aria-label says Public, visible text says Friends', row(FUTURE, btn('Public', 'Friends')), 't.future', { status: 'unknown', why: 'conflict' }],
  ['aria-label says Friends, visible text says Only me', row(FUTURE, btn('Friends', 'Only me')), 't.future', { status: 'unknown', why: 'conflict' }],
  ['aria-label only (icon button)', row(FUTURE, '<div role="button" aria-label="Edit privacy. Sharing with Only me."><svg aria-hidden="true"></svg></div>'), 't.future', { status: 'safe', value: 'Only me' }],
  ['visible text only', row(FUTURE, '<div role="button"><span>Public</span></div>'), 't.future', { status: 'risky', value: 'Public' }],
  ['Custom is not a known value', row(FUTURE, btn('Custom')), 't.future', { status: 'unknown', why: 'unrecognised-value', value: 'Custom' }],
  ['"Friends except" is a prefix', row(FUTURE, btn('Friends except: Ali Rahman, Mei Ling')), 't.future', { status: 'safe' }],
  ['"Friends exceptional" is not "Friends except"', row(FUTURE, btn('Friends exceptional')), 't.future', { status: 'unknown', why: 'unrecognised-value' }],
  ['"Friends of friends" is not "Friends"', row(FUTURE, btn('Friends of friends')), 't.future', { status: 'risky' }],
  ['"Not Public" is not "Public" (equality, never substring)', row(FUTURE, btn('Not Public')), 't.future', { status: 'unknown', why: 'unrecognised-value' }],
  ['"Only me and Public" is not "Only me"', row(FUTURE, btn('Only me and Public')), 't.future', { status: 'unknown', why: 'unrecognised-value' }],
  ['a plain "Edit" button is no audience button', row(FUTURE, '<div role="button"><span>Edit</span></div>'), 't.future', { status: 'unknown', why: 'not-found' }],

  // --- language gate
  ['Malay page: only a machine translation exists', row('Semak siaran?', sw(true)), 't.review', { status: 'unknown', why: 'unverified-language' }, 'ms'],
  ['Malay page even when its text equals the translation', row('Siapa boleh lihat?', btn('Awam')), 't.future', { status: 'unknown', why: 'unverified-language' }, 'ms-MY'],
  ['no <html lang>', row(REVIEW, sw(true)), 't.review', { status: 'unknown', why: 'unverified-language' }, null],
  ['Traditional Chinese page', row('审核你被标记的帖子？', sw(true)), 't.review', { status: 'unknown', why: 'unverified-language' }, 'zh-TW'],
  ['Tamil page: no wording at all', row(REVIEW, sw(true)), 't.review', { status: 'unknown', why: 'unverified-language' }, 'ta'],
  ['Chinese page, Chinese button: 分享对象：公开', row('谁可以看到你以后的帖子？', '<div role="button" aria-label="编辑隐私设置。分享对象：公开。"><span>公开</span></div>'), 't.future', { status: 'risky', value: '公开' }, 'zh-Hans'],
  ['Chinese page, 好友', row('谁可以看到你以后的帖子?', '<div role="button" aria-label="编辑隐私设置。分享对象：好友。"><span>好友</span></div>'), 't.future', { status: 'safe' }, 'zh-CN'],
  ['Chinese page, 好友，除了 prefix with names', row('谁可以看到你以后的帖子？', '<div role="button"><span>好友，除了：李明</span></div>'), 't.future', { status: 'safe' }, 'zh'],
  ['English page, Chinese value: not matched', row(FUTURE, '<div role="button" aria-label="编辑隐私设置。分享对象：好友。"><span>好友</span></div>'), 't.future', { status: 'unknown', why: 'unrecognised-value' }],
  ['English label on a Chinese page is not a zh key', row(REVIEW, sw(true)), 't.review', { status: 'unknown', why: 'not-found' }, 'zh'],

  // --- hostile text
  ['zero-width space inside the label', row("Review posts you\u200B're tag\u200Dged in?", sw(true)), 't.review', { status: 'safe' }],
  ['full-width question mark and curly apostrophe', row('Review posts you’re tagged in？', sw(true)), 't.review', { status: 'safe' }],
  ['bidi-reversed value', row(FUTURE, '<div role="button"><span>\u202Eem ylnO</span></div>'), 't.future', { status: 'unknown' }],
  ['Cyrillic lookalike "Оnly me"', row(FUTURE, btn('\u041Enly me')), 't.future', { status: 'unknown', why: 'unrecognised-value' }],
  ['Cyrillic lookalike "Рublic"', row(FUTURE, btn('\u0420ublic')), 't.future', { status: 'unknown', why: 'unrecognised-value' }],
  ['a 10,000-character value', row(FUTURE, btn('x'.repeat(10_000))), 't.future', { status: 'unknown' }],
  ['a 10,000-character value in an icon button', row(FUTURE, `<div role="button" aria-label="Edit privacy. Sharing with ${'y'.repeat(10_000)}"></div>`), 't.future', { status: 'unknown', why: 'unrecognised-value' }],

  // --- radio groups
  ['radio group, one checked', row('Photo tagging', '<div role="radiogroup"><div role="radio" aria-checked="false">Anyone can tag you</div><div role="radio" aria-checked="true">Off</div></div>'), 't.tagging', { status: 'safe', value: 'Off' }],
  ['radio group, risky choice', row('Photo tagging', '<div role="radiogroup"><div role="radio" aria-checked="true">Anyone can tag you</div><div role="radio" aria-checked="false">Off</div></div>'), 't.tagging', { status: 'risky' }],
  ['radio group, nothing checked', row('Photo tagging', '<div role="radiogroup"><div role="radio" aria-checked="false">Anyone can tag you</div><div role="radio" aria-checked="false">Off</div></div>'), 't.tagging', { status: 'unknown', why: 'unrecognised-value' }],
  ['radio group, two checked', row('Photo tagging', '<div role="radiogroup"><div role="radio" aria-checked="true">Anyone can tag you</div><div role="radio" aria-checked="true">Off</div></div>'), 't.tagging', { status: 'unknown', why: 'conflict' }],
  ['radio: aria-checked and checked disagree', row('Photo tagging', '<fieldset><label><input type="radio" name="t" aria-checked="true"> Anyone can tag you</label><label><input type="radio" name="t" checked aria-checked="false"> Off</label></fieldset>'), 't.tagging', { status: 'unknown', why: 'conflict' }],
  ['native radios in a fieldset', row('Photo tagging', '<fieldset><label><input type="radio" name="t"> Anyone can tag you</label><label><input type="radio" name="t" checked> Only people you follow can tag you</label></fieldset>'), 't.tagging', { status: 'safe' }],

  // --- selects
  ['native select', row('Default visibility', '<select><option>Private</option><option selected>Public</option></select>'), 't.visibility', { status: 'risky', value: 'Public' }],
  ['ARIA listbox', row('Default visibility', '<div role="listbox"><div role="option" aria-selected="false">Public</div><div role="option" aria-selected="true">Private</div></div>'), 't.visibility', { status: 'safe' }],
];

describe('readSetting', () => {
  test.each(CASES)('%s', (_name, body, id, expected, lang = 'en') => {
    const reading = readSetting(page(body, lang), byId(id), CAT);
    expect(reading).toMatchObject({ id, ...expected });
    if (reading.status !== 'unknown') expect(reading.why).toBeUndefined();
    expect((reading.value ?? '').length).toBeLessThanOrEqual(200);
  });
});

describe('readCatalogueSettings', () => {
  const doc = page(row(REVIEW, sw(true)) + row(FUTURE, btn('Public')) + row('Let search engines link to your profile', sw(false)));
  test('one reading per entry of the page, in catalogue order', () => {
    expect(readCatalogueSettings(doc, CAT, 'p1')).toEqual([
      { id: 't.review', status: 'safe', value: 'on' },
      { id: 't.future', status: 'risky', value: 'Public' },
      { id: 't.search', status: 'safe', value: 'off' },
    ]);
  });
  test('entries of other pages are not read', () => {
    expect(readCatalogueSettings(doc, CAT, 'p2').map((r) => [r.id, r.why])).toEqual([
      ['t.tagging', 'not-found'],
      ['t.visibility', 'not-found'],
    ]);
    expect(readCatalogueSettings(doc, CAT, 'nowhere')).toEqual([]);
  });
});

describe('locateSettingControl', () => {
  test('returns the control the reader reads', () => {
    const doc = page(row(REVIEW, sw(true, ' id="the-switch"')) + row(FUTURE, btn('Public', 'Public', ' id="the-button"')));
    expect(locateSettingControl(doc, byId('t.review'), CAT)?.id).toBe('the-switch');
    expect(locateSettingControl(doc, byId('t.future'), CAT)?.id).toBe('the-button');
  });
  test.each([
    ['ambiguous', row(REVIEW, sw(true) + sw(false)), 'en'],
    ['not found', row('Nothing here', sw(true)), 'en'],
    ['unverified language', row('Semak siaran?', sw(true)), 'ms'],
  ])('null when %s', (_why, body, lang) => {
    expect(locateSettingControl(page(body, lang), byId('t.review'), CAT)).toBeNull();
  });
});
