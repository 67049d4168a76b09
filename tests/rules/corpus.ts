/**
 * The labelled evaluation corpus for the rules (`assessPost`): hand-written posts by made-up people,
 * one JSON file per split and caption language under ./corpus/<split>/{en,ms,zh,ta}.json.
 * `dev` is for development; `holdout` was scored only at the end of the first round. The rules were
 * then tuned on both, so `final1` was written afterwards by someone who had not seen the rules, and
 * scored once (ids `en-f001`). Its failures were then studied and the rules tuned on them, so it joined
 * the development splits; so did `final2` (ids `en-g001`), `final3` (ids `en-h001`), `final4` (ids `en-i001`), `final5`
 * (ids `en-j001`), `final6` (ids `en-k001`), `final7` (ids `en-l001`), `final8` (ids `en-m001`), `final9` (ids `en-n001`),
 * `final10` (ids `en-o001`), `final11` (ids `en-p001`), `final12` (ids `en-q001`), `final13` (ids `en-r001`),
 * `final14` (ids `en-s001`) and `final15` (ids `en-t001`), `final16` (ids `en-u001`), `final17` (ids `en-v001`), `final18` (ids `en-w001`), `final19`
 * (ids `en-x001`), `final20` (ids `en-y001`) and `final21` (ids `en-z001`), each by other writers, scored once, then
 * tuned on. `final22` (ids `en-a001`: the letters after f–z start again at a) is the fresh split nobody tuning the rules
 * looks at: it is scored on its own (`loadCorpus('final22')`) and is never part of `'all'`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SITE_IDS } from '../../src/shared/site-ids.ts';
import { AUDIENCES } from '../../src/shared/audience.ts';

export const LANGS = ['en', 'ms', 'zh', 'ta'] as const;
/** The splits `'all'` covers: every split the rules have been developed on. */
export const SPLITS = ['dev', 'holdout', 'final1', 'final2', 'final3', 'final4', 'final5', 'final6', 'final7', 'final8', 'final9', 'final10', 'final11', 'final12', 'final13', 'final14', 'final15', 'final16', 'final17', 'final18', 'final19', 'final20', 'final21'] as const;
/** The untouched final-test split: not in `SPLITS`, so `'all'` never includes it. */
export const FINAL_SPLIT = 'final22' as const;
/** The letter after the language in each split's ids, so ids never collide across splits. */
const ID_LETTER: Record<(typeof SPLITS)[number] | typeof FINAL_SPLIT, string> = { dev: '', holdout: '', final1: 'f', final2: 'g', final3: 'h', final4: 'i', final5: 'j', final6: 'k', final7: 'l', final8: 'm', final9: 'n', final10: 'o', final11: 'p', final12: 'q', final13: 'r', final14: 's', final15: 't', final16: 'u', final17: 'v', final18: 'w', final19: 'x', final20: 'y', final21: 'z', final22: 'a' };
/** Every split on disk, final included. */
export const EVERY_SPLIT = [...SPLITS, FINAL_SPLIT] as const;
export type Lang = (typeof LANGS)[number];
export type Split = (typeof SPLITS)[number];
export type AnySplit = (typeof EVERY_SPLIT)[number];

export const CorpusItemSchema = z
  .object({
    /** `en-001` in dev/holdout, `en-f001` in final1, `en-g001` in final2, `en-h001` in final3, `en-i001` in final4, `en-j001` in final5, `en-k001` in final6, `en-l001` in final7, `en-m001` in final8, `en-n001` in final9, `en-o001` in final10, `en-p001` in final11, `en-q001` in final12, `en-r001` in final13, `en-s001` in final14, `en-t001` in final15, `en-u001` in final16, `en-v001` in final17, `en-w001` in final18, `en-x001` in final19, `en-y001` in final20, `en-z001` in final21, `en-a001` in final22 (checked per split by `loadCorpusFile`). */
    id: z.string().regex(/^(en|ms|zh|ta)-[afghijklmnopqrstuvwxyz]?\d{3}$/),
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
export function loadCorpusFile(split: AnySplit, lang: Lang): CorpusItem[] {
  const raw: unknown = JSON.parse(readFileSync(join(ROOT, split, `${lang}.json`), 'utf8'));
  const parsed = z.array(CorpusItemSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`${split}/${lang}.json: ${z.prettifyError(parsed.error)}`);
  const misfiled = parsed.data.find((item) => item.lang !== lang || !item.id.startsWith(`${lang}-`));
  if (misfiled) throw new Error(`${split}/${lang}.json: item ${misfiled.id} has lang ${misfiled.lang}`);
  const letter = ID_LETTER[split];
  const wrongId = parsed.data.find((item) => !new RegExp(`^${lang}-${letter}\\d{3}$`).test(item.id));
  if (wrongId) throw new Error(`${split}/${lang}.json: item ${wrongId.id} should look like ${lang}-${letter}001`);
  return parsed.data;
}

/** Every validated item of a split, in language order. `'all'` = the development splits; final22 is loaded on its own. */
export function loadCorpus(split: AnySplit | 'all'): CorpusItem[] {
  const splits = split === 'all' ? SPLITS : [split];
  return splits.flatMap((s) => LANGS.flatMap((lang) => loadCorpusFile(s, lang)));
}
