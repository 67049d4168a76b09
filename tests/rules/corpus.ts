/**
 * The labelled evaluation corpus for the rules (`assessPost`): hand-written posts by made-up people,
 * one JSON file per split and caption language under ./corpus/{dev,holdout}/{en,ms,zh,ta}.json.
 * `dev` is for development; `holdout` is scored only at the end.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SITE_IDS } from '../../src/shared/site-ids.ts';
import { AUDIENCES } from '../../src/shared/audience.ts';

export const LANGS = ['en', 'ms', 'zh', 'ta'] as const;
export const SPLITS = ['dev', 'holdout'] as const;
export type Lang = (typeof LANGS)[number];
export type Split = (typeof SPLITS)[number];

export const CorpusItemSchema = z
  .object({
    id: z.string().regex(/^(en|ms|zh|ta)-\d{3}$/),
    lang: z.enum(LANGS),
    platform: z.enum(SITE_IDS),
    audience: z.enum(AUDIENCES),
    text: z.string().min(1).optional(),
    altTexts: z.array(z.string().min(1)).min(1).optional(),
    location: z.string().min(1).optional(),
    /** What a careful human reader says the post shows (caption, alt texts and location together). */
    expect: z.object({ child: z.boolean(), schoolUniform: z.boolean() }).strict(),
    hard: z.boolean(),
    /** Why a hard case is hard, or why a label was decided the way it was. */
    note: z.string(),
  })
  .strict();
export type CorpusItem = z.infer<typeof CorpusItemSchema>;

// A plain path, not `new URL(…, import.meta.url)`: Vite rewrites that pattern into an asset URL.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

/** One file, validated; throws with the file name if it does not match the schema. */
export function loadCorpusFile(split: Split, lang: Lang): CorpusItem[] {
  const raw: unknown = JSON.parse(readFileSync(join(ROOT, split, `${lang}.json`), 'utf8'));
  const parsed = z.array(CorpusItemSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`${split}/${lang}.json: ${z.prettifyError(parsed.error)}`);
  const misfiled = parsed.data.find((item) => item.lang !== lang || !item.id.startsWith(`${lang}-`));
  if (misfiled) throw new Error(`${split}/${lang}.json: item ${misfiled.id} has lang ${misfiled.lang}`);
  return parsed.data;
}

/** Every validated item of a split (or of both), in language order. */
export function loadCorpus(split: Split | 'all'): CorpusItem[] {
  const splits = split === 'all' ? SPLITS : [split];
  return splits.flatMap((s) => LANGS.flatMap((lang) => loadCorpusFile(s, lang)));
}
