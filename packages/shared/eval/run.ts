import { mkdirSync, writeFileSync } from 'node:fs';
import { evaluateSplit, type LanguageReport, type Scores, type SplitReport } from './evaluate.js';

/**
 * `npm run eval:classifier`: per-language precision/recall/F1 of churn risk
 * and of themes (micro-averaged over theme labels), for the tuning comments
 * and, apart, for the hold-out ones, then per kind of comment. `--misses` also
 * lists the tuning misses; hold-out misses are never printed, so that nobody
 * tunes on them.
 */
const RESULTS_DIR = new URL('../../../bench/results/', import.meta.url);

const reports = [evaluateSplit('tuning'), evaluateSplit('holdout')];
for (const report of reports) printReport(report);
if (process.argv.includes('--misses')) {
  for (const miss of reports[0]?.misses ?? []) console.log(JSON.stringify(miss));
}

mkdirSync(RESULTS_DIR, { recursive: true });
const file = new URL('classifier-eval.json', RESULTS_DIR);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      splits: reports.map(({ misses, ...rest }) => ({ ...rest, missCount: misses.length })),
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${file.pathname}`);

function printReport(report: SplitReport): void {
  console.log(`\n${report.split.toUpperCase()} (${report.total.comments} comments)`);
  console.log('lang    n   | churn   P     R     F1   | themes  P     R     F1');
  console.log('------------+---------------------------+-------------------------');
  for (const row of [...report.languages, report.total]) console.log(formatRow(row));
  console.log('\nkind               n   churn right  themes right');
  for (const { kind, comments, churnRight, themesRight } of report.kinds) {
    if (comments === 0) continue;
    const share = (right: number) =>
      `${String(right).padStart(4)} (${((100 * right) / comments).toFixed(0).padStart(3)}%)`;
    console.log(
      `${kind.padEnd(17)} ${String(comments).padStart(4)}  ${share(churnRight)}   ${share(themesRight)}`,
    );
  }
}

function formatRow(row: LanguageReport): string {
  return `${row.language.padEnd(6)} ${String(row.comments).padStart(4)} |       ${formatScores(row.churn)} |        ${formatScores(row.themes)}`;
}

function formatScores(s: Scores): string {
  return [s.precision, s.recall, s.f1].map((x) => x.toFixed(2).padStart(5)).join(' ');
}
