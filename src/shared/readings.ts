import type { Audience } from './audience';

/** What a reader concluded about one setting on the page in front of it. */
export type SettingStatus = 'safe' | 'risky' | 'unknown';

/** Why a reading is `unknown` — shown in diagnostics, never a guess at the value. */
export const UNKNOWN_WHY = [
  'not-found', // the label or its control is not on the page
  'ambiguous', // more than one control could belong to the label
  'conflict', // signals disagree (aria-checked vs checked, two values shown…)
  'unverified-language', // the page's UI language has no verified wording for this setting
  'unrecognised-value', // a control was found but its value is not a known wording
] as const;
export type UnknownWhy = (typeof UNKNOWN_WHY)[number];

export interface SettingReading {
  /** Catalogue id, `<site>.<kebab-name>`. */
  id: string;
  status: SettingStatus;
  /** The raw value as the page shows it ("Public", "on"), capped; null when nothing was read. */
  value: string | null;
  /** Set when status is `unknown`. */
  why?: UnknownWhy;
}

/** One post as a reader saw it on the page; page data, so every field is capped by the reader. */
export interface PostSnapshot {
  /** Stable key for this post: its permalink when there is one, else a hash of what was read. */
  key: string;
  url: string | null;
  audience: Audience;
  text: string;
  altTexts: string[];
  location?: string;
  /**
   * The post author's handle as the page links it: lower-cased, without "@"; null when the reader
   * could not read one with confidence. Left out where the reader does not read authors. Only used
   * in the content script to tell the parent's own posts from others' (it is not sent on).
   */
  author?: string | null;
}
