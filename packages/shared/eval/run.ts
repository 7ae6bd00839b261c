import { mkdirSync, writeFileSync } from 'node:fs';
import { evaluateSplit, type LanguageReport, type Scores, type SplitReport } from './evaluate.js';

/**
 * `npm run eval:classifier`: per-language precision/recall/F1 of churn risk
 * and of themes (micro-averaged over theme labels), for the tuning comments
 * and, apart, for the holdout ones. `--misses` also lists the tuning misses.
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
}

function formatRow(row: LanguageReport): string {
  return `${row.language.padEnd(6)} ${String(row.comments).padStart(4)} |       ${formatScores(row.churn)} |        ${formatScores(row.themes)}`;
}

function formatScores(s: Scores): string {
  return [s.precision, s.recall, s.f1].map((x) => x.toFixed(2).padStart(5)).join(' ');
}
