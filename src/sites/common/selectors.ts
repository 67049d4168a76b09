import type { ControlKind, Wording } from '../types';

/**
 * Selectors the settings engine uses on every site. Roles, aria-* and tag names only: never class
 * names (hashed, changed weekly). Each alternative says why it is there.
 */

/** Regions whose text is never a settings label and whose controls are never a setting's control. */
export const EXCLUDED_REGIONS = [
  '[role="article"]', // a post (Facebook, Threads): its text is a person's words, "Only me" in a caption is not a value
  'article', // implicit role article: Instagram and X render each post as <article>
  '[role="feed"]', // the feed around posts (composer, suggestions, ads)
  '[role="dialog"][aria-hidden="true"]', // Facebook keeps hidden duplicate dialogs in the DOM (field notes 2026-08)
  '[aria-hidden="true"]', // hidden from assistive technology: not what the parent is shown
  '[hidden]', // not rendered
  '[inert]', // rendered but dead: a stale copy behind a modal
  'template', // inert markup, never shown
  'script',
  'style',
  'noscript',
] as const;

/** A control with this is a copy the page keeps around (Facebook renders disabled duplicates of buttons). */
export const DISABLED_COPY = '[aria-disabled="true"]';

/** Containers the climb from a label never searches: they hold a whole page's worth of controls. */
export const NEVER_CONTAINER = [
  'html',
  'body',
  'main', // the whole settings page
  '[role="main"]', // same, as Facebook/Instagram mark it
  'nav', // left column of settings links: labels there are links, not rows
  '[role="navigation"]',
  'header',
  '[role="banner"]',
  'aside',
  '[role="complementary"]',
  'footer',
  '[role="contentinfo"]',
] as const;

/** Containers the climb may search but never climbs past: a dialog or form is one unit. */
export const CLIMB_BOUNDARY = [
  '[role="dialog"]', // Facebook/Instagram settings dialogs
  '[role="alertdialog"]',
  'dialog',
  'form',
] as const;

/**
 * On/off controls. Switches and checkboxes read the same way (aria-checked / checked), so either
 * kind accepts both: a redesign that turns a switch into a checkbox still reads, and one that
 * drops role="switch" from an <input type=checkbox> still reads.
 */
const BINARY = [
  '[role="switch"]', // ARIA switch (X, TikTok, Facebook `input[role=switch]`)
  'input[type="checkbox"]', // native checkbox, with or without role="switch"
  '[role="checkbox"]', // ARIA checkbox on a div
  '[role="menuitemcheckbox"]', // checkable menu items (YouTube menus)
] as const;

export const CONTROL_SELECTORS: Record<ControlKind, readonly string[]> = {
  switch: BINARY,
  checkbox: BINARY,
  'radio-group': [
    '[role="radiogroup"]', // ARIA group (Facebook audience dialog, X tagging)
    'fieldset', // native group of <input type=radio>
  ],
  // Any button; read-control keeps only those that show an audience (see PRIVACY_BUTTON_PREFIXES).
  'privacy-button': [
    '[role="button"]', // Facebook renders buttons as div[role=button]
    'button',
  ],
  select: [
    'select', // native drop-down
    '[role="combobox"]', // ARIA drop-down (Instagram, YouTube)
    '[role="listbox"]', // ARIA list with one selected option
  ],
};

/** Single radios, for groups the page does not mark as a group. */
export const RADIO = ['[role="radio"]', 'input[type="radio"]', '[role="menuitemradio"]'] as const;

/**
 * The start of the accessible name of an audience button ("Edit privacy. Sharing with Public.").
 * Structural: any of them marks a button as an audience button, whatever the page language; the
 * value after it is still matched only in the page language.
 */
export const PRIVACY_BUTTON_PREFIXES: readonly Wording[] = [
  { lang: 'en', text: 'Edit privacy', source: 'observed', ref: 'platforms.md FB post editing (2024–26) [code]' },
  { lang: 'zh', text: '编辑隐私设置', source: 'observed', ref: 'localized-strings.md FB_AUTO_ZH' },
];

/**
 * What comes between the prefix and the value: "Sharing with Public", "分享对象：公开".
 * After it, the value is compared whole (equality), never searched for as a substring.
 */
export const SHARING_WITH: readonly Wording[] = [
  { lang: 'en', text: 'Sharing with', source: 'observed', ref: 'platforms.md FB post editing (2024–26) [code]' },
  { lang: 'en', text: 'Shared with', source: 'observed', ref: 'platforms.md FB 2016/2020 markers [code]' },
  { lang: 'zh', text: '分享对象：', source: 'observed', ref: 'localized-strings.md FB_AUTO_ZH' },
];
