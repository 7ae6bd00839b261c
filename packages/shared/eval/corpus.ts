import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { COMMENT_KINDS, type LabelledComment } from '../src/classify/corpus.js';
import { LANGUAGES, type Language, THEMES } from '../src/classify/vocabulary.js';

/**
 * The labelled corpus on disk. `holdout/` was written before any tuning and is
 * only ever scored; `tuning/` is what rules are tuned on and the model is
 * trained on; `corrections/` holds agents' corrections exported from the API
 * (`npm run admin -- export-labels`), which training adds to the tuning data.
 */
export type Split = 'tuning' | 'holdout';

export const DATA_DIR = new URL('./data/', import.meta.url);
const CORRECTIONS_DIR = new URL('./data/corrections/', import.meta.url);

const Entry = z.strictObject({
  score: z.number().int().min(0).max(10),
  comment: z.string().min(1),
  churn: z.boolean(),
  themes: z.array(z.enum(THEMES)),
  kind: z.enum(COMMENT_KINDS).optional(),
  language: z.enum(LANGUAGES).optional(),
});
const Entries = z.array(Entry);

export function loadSplit(split: Split, language: Language): LabelledComment[] {
  return parseFile(new URL(`${split}/${language}.json`, DATA_DIR));
}

/** Exported corrections, each carrying its language; none when the folder does not exist. */
export function loadCorrections(): LabelledComment[] {
  let files: string[];
  try {
    files = readdirSync(CORRECTIONS_DIR).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.sort().flatMap((file) => withLanguages(parseFile(new URL(file, CORRECTIONS_DIR)), file));
}

/** A file of corrections given by path (`train:classifier -- --add file.json`); every entry needs its language. */
export function loadCorrectionsFile(path: string): LabelledComment[] {
  return withLanguages(parseFile(new URL(`file://${resolve(path)}`)), path);
}

function withLanguages(entries: LabelledComment[], file: string): LabelledComment[] {
  const unlabelled = entries.find((e) => e.language === undefined);
  if (unlabelled) throw new Error(`${file}: every correction needs a language ("${unlabelled.comment}")`);
  return entries;
}

function parseFile(url: URL): LabelledComment[] {
  const parsed = Entries.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new Error(`${url.pathname}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
