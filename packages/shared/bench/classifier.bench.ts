import { mkdirSync, writeFileSync } from 'node:fs';
import { loadSplit } from '../eval/corpus.js';
import { classifyFeedback } from '../src/classify/index.js';
import { LEXICONS } from '../src/classify/lexicons/index.js';
import { LANGUAGES, THEMES } from '../src/classify/vocabulary.js';

/**
 * Comments per second of `classifyFeedback` on the whole labelled corpus (all
 * ten languages, repeated), on one core, against a naive baseline measured in
 * the same run: lower-case the comment and `String.includes` every lexicon
 * word of every language, nothing precompiled (so it slows down as the
 * lexicons grow). The lexicon-only classifier this one replaced is printed
 * from its last measurement: same corpus and bench, commit e59572c, on this
 * machine when it was quieter. Iterations are bounded, not timed.
 */
const ROUNDS = 3;
const REPEAT = 7;
const GOAL = 20_000;
const LEXICON_ONLY = { commentsPerSecond: 90_625, naiveBaseline: 1_802, commit: 'e59572c' };
const RESULTS_DIR = new URL('../../../bench/results/', import.meta.url);

const base = LANGUAGES.flatMap((language) => [
  ...loadSplit('tuning', language),
  ...loadSplit('holdout', language),
]);
const corpus = Array.from({ length: REPEAT }, () => base).flat();
/** The naive baseline is slow enough that every 7th comment measures it as well as all of them would. */
const naiveSample = base.filter((_, i) => i % 7 === 0);

/** The baseline: what one would write without thinking about speed. */
function naiveClassify(score: number, comment: string): { churn: boolean; themes: string[] } {
  if (!Number.isInteger(score) || score < 0 || score > 10) throw new RangeError('score');
  const text = comment.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  let churn = false;
  const themes: string[] = [];
  for (const lexicon of LEXICONS) {
    for (const phrase of [...lexicon.leave, ...lexicon.stay]) {
      for (const word of phrase.split(/[\s|]+/)) {
        const needle = word.replace(/[*_]/g, '').toLowerCase();
        if (needle && text.includes(needle)) churn = true;
      }
    }
    for (const theme of THEMES) {
      for (const phrase of lexicon.themes[theme]) {
        const needle = phrase.replace(/[*_]/g, '').split('|')[0]?.trim().toLowerCase();
        if (needle && text.includes(needle) && !themes.includes(theme)) themes.push(theme);
      }
    }
  }
  return { churn, themes };
}

function measure(
  name: string,
  run: (score: number, comment: string) => unknown,
  comments: readonly { score: number; comment: string }[] = corpus,
): number {
  let best = 0;
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (const { score, comment } of comments) if (run(score, comment)) sink++;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, comments.length / seconds);
  }
  if (sink === 0) throw new Error(`${name} produced nothing`);
  return best;
}

measure('warm-up', (score, comment) => classifyFeedback({ score, comment }));
const classifier = measure('classifyFeedback', (score, comment) => classifyFeedback({ score, comment }));
const naive = measure('naive', naiveClassify, naiveSample);
const ratio = classifier / naive;
const result = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  comments: corpus.length,
  naiveBaselineComments: naiveSample.length,
  rounds: ROUNDS,
  commentsPerSecond: { classifyFeedback: Math.round(classifier), naiveBaseline: Math.round(naive) },
  speedup: Number(ratio.toFixed(2)),
  lexiconOnlyClassifier: LEXICON_ONLY,
  goalCommentsPerSecond: GOAL,
  meetsGoal: classifier >= GOAL,
};
const perSecond = (n: number) => `${Math.round(n).toLocaleString('en')} comments/s`;
console.log(
  `corpus: ${corpus.length} comments in ${LANGUAGES.length} languages, best of ${ROUNDS} rounds, one core`,
);
console.log(
  `classifyFeedback (rules + model)  ${perSecond(classifier)}   ${ratio.toFixed(1)}× the naive baseline`,
);
console.log(`naive baseline                    ${perSecond(naive)}`);
console.log(
  `lexicon-only classifier           ${perSecond(LEXICON_ONLY.commentsPerSecond)}   (${LEXICON_ONLY.commit}, recorded; naive baseline then ${perSecond(LEXICON_ONLY.naiveBaseline)})`,
);
console.log(`goal                              ${perSecond(GOAL)}: ${result.meetsGoal ? 'met' : 'NOT met'}`);

mkdirSync(RESULTS_DIR, { recursive: true });
const file = new URL('classifier.json', RESULTS_DIR);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
