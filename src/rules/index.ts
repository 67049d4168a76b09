/**
 * Rules: does a post show a child or a school uniform, and does that matter given its audience?
 * Pure functions, no DOM, no browser API. Signals are data (./lexicon/*), compiled once at load.
 */
import type { Audience } from '../shared/audience';
import type { SiteId } from '../shared/site-ids';
import { createAssessor } from './assess';
import { LEXICONS } from './lexicon/index';

export interface PostInput {
  platform: SiteId;
  audience: Audience;
  /** Caption, as shown. */
  text?: string;
  /** Every image's alt text, automatic or written. */
  altTexts?: string[];
  /** Location tag, if shown. */
  location?: string;
}

export type ReasonCode =
  | 'child.kinship'
  | 'child.age'
  | 'child.school-level'
  | 'child.alt-text'
  | 'uniform.word'
  | 'uniform.alt-text'
  | 'school.name'
  | 'school.event'
  | 'child.context'
  | 'location.tag'
  | 'audience.public'
  | 'audience.unknown';

export interface Reason {
  code: ReasonCode;
  /** The words matched, quotable to the parent (at most EVIDENCE_MAX characters). */
  evidence: string;
}

export interface PostAssessment {
  /** `schoolUniform`: a child (a minor) in a school uniform is shown, so it implies `child`; a uniform on an adult or a hanger is not. */
  shows: { child: boolean; schoolUniform: boolean };
  /** Shows a child (in a uniform or not) AND the audience is public or unknown. */
  flagged: boolean;
  severity: 'high' | 'medium' | 'low' | 'none';
  reasons: Reason[];
}

/** Does this post show a child or a school uniform, and is it flagged given its audience? */
export const assessPost: (post: PostInput) => PostAssessment = createAssessor(LEXICONS);

export { EVIDENCE_MAX } from './assess';
