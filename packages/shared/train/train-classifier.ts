import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSplit } from '../eval/corpus.js';
import { LANGUAGES } from '../src/classify/vocabulary.js';
import { crossValidate, type FoldReport, type Tally, trainWithout } from './cross-validate.js';
import { loadTrainingComments, OUTPUTS, toExample } from './examples.js';
import { type TrainOptions, train } from './logistic.js';
import { toModelFile } from './model-file.js';

/**
 * `npm run train:classifier -w @pulse/shared` trains the classifier's linear
 * model on the tuning split (plus exported corrections) and writes
 * src/classify/model/weights.json. Deterministic: the same data gives the same
 * file. `-- --add corrections.json` adds a file of exported corrections (one
 * inside the hold-out is refused). `-- --cv` instead prints 5-fold
 * cross-validation on the same data (and `--misses` its misses), which is how
 * settings are chosen without the hold-out; `-- --newest 40` trains without
 * each language's 40 newest tuning comments and scores those, a harder check
 * of phrasings the lexicons were not written from.
 */
export const OPTIONS: TrainOptions = {
  epochs: 30,
  learningRate: 0.2,
  l2: [3e-3, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4],
  positiveWeight: [1, 3, 3, 3, 3, 3, 3, 3, 3],
  seed: 13,
  minCount: 2,
  cueDropout: 0.3,
};
/**
 * Chosen by cross-validation, then among settings it finds equal by --newest (the phrasings
 * the lexicons were not written from): both print what they give. A cue counts unless the
 * model is 98% sure it is wrong; without one, churn needs 0.7 and a theme 0.85.
 */
const DECISION = {
  thresholds: OUTPUTS.map((_, o) => (o === 0 ? 0.7 : 0.85)),
  cueFloors: OUTPUTS.map(() => 0.02),
};
const FOLDS = 5;
const WEIGHTS_FILE = new URL('../src/classify/model/weights.json', import.meta.url);

const { values: args } = parseArgs({
  options: {
    cv: { type: 'boolean' },
    newest: { type: 'string' },
    misses: { type: 'boolean' },
    add: { type: 'string', multiple: true },
  },
});
const examples = loadTrainingComments(args.add ?? []).map(({ language, labelled }) =>
  toExample(language, labelled),
);

if (args.cv) {
  console.log(`${FOLDS}-fold cross-validation on ${examples.length} training comments`);
  print(crossValidate(examples, OUTPUTS, OPTIONS, DECISION, FOLDS));
} else if (args.newest !== undefined) {
  const newest = Number(args.newest);
  if (!Number.isInteger(newest) || newest < 1)
    throw new Error(`--newest wants a whole number of comments, not "${args.newest}"`);
  const held = new Set(
    LANGUAGES.flatMap((language) =>
      loadSplit('tuning', language)
        .slice(-newest)
        .map((c) => `${language} ${c.comment}`),
    ),
  );
  const isNewest = (e: { language: string; comment: string }) => held.has(`${e.language} ${e.comment}`);
  const unseen = examples.filter(isNewest);
  console.log(
    `trained on ${examples.length - unseen.length} comments, scored on the ${unseen.length} newest`,
  );
  print(
    trainWithout(
      examples.filter((e) => !isNewest(e)),
      unseen,
      OUTPUTS,
      OPTIONS,
      DECISION,
    ),
  );
} else {
  const model = train(examples, OUTPUTS.length, OPTIONS);
  const file = toModelFile(model, OUTPUTS, DECISION);
  writeFileSync(WEIGHTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
  const bytes = Buffer.byteLength(JSON.stringify(file));
  const features =
    (Buffer.from(file.hashes, 'base64').length + Buffer.from(file.firstOnlyHashes, 'base64').length) / 4;
  console.log(`trained on ${examples.length} comments: ${features} features kept, ${bytes} bytes`);
  console.log(`wrote ${fileURLToPath(WEIGHTS_FILE)}`);
}

function print(report: FoldReport): void {
  console.log('lang  | churn    P      R      F1   | themes   P      R      F1');
  const total = { churn: zero(), themes: zero() };
  for (const [language, row] of report.perLanguage) {
    console.log(`${language.padEnd(5)} |       ${format(row.churn)} |        ${format(row.themes)}`);
    add(total.churn, row.churn);
    add(total.themes, row.themes);
  }
  console.log(`total |       ${format(total.churn)} |        ${format(total.themes)}`);
  // The counts tell apart changes too small for three decimals.
  const counts = ({ tp, fp, fn }: Tally) => `${tp} right, ${fp} extra, ${fn} missed`;
  console.log(`churn: ${counts(total.churn)}; themes: ${counts(total.themes)}`);
  if (args.misses) for (const miss of report.misses) console.log(miss);
}

function zero(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

function add(into: Tally, from: Tally): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

function format({ tp, fp, fn }: Tally): string {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [precision, recall, f1].map((x) => x.toFixed(3).padStart(6)).join(' ');
}
