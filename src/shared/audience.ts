/** Who can see a post, as Jaga understood it. `unknown` whenever the marker could not be read with confidence. */
export const AUDIENCES = ['public', 'friends', 'private', 'custom', 'unknown'] as const;
export type Audience = (typeof AUDIENCES)[number];
