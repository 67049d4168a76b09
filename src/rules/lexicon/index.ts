import { altText } from './alt-text';
import { en } from './en';
import { ms } from './ms';
import { ta, taLatn } from './ta';
import type { Lexicon } from './types';
import { zh } from './zh';

/** Every lexicon runs on every post: Malaysian posts mix languages, and PostInput carries no language. */
export const LEXICONS: readonly Lexicon[] = [en, ms, zh, ta, taLatn, altText];
export type { Lexicon, LexiconKey } from './types';
