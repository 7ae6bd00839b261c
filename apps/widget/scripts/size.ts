/**
 * `npm run bench -w @pulse/widget`: gzip sizes of the built widget beside their
 * budgets, also written to bench/results/widget-size.json. It reports and does not
 * gate (turbo runs every workspace's bench); test/size.test.ts is the gate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { BUDGETS, measureWidget } from './measure.js';

const sizes = measureWidget();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [
  ['loader (pulse.js)', sizes.loader, BUDGETS.loader],
  ['UI (pulse-ui.js)', sizes.ui, undefined],
  [`largest language file (${sizes.largestLocale.file})`, sizes.largestLocale.bytes, undefined],
  ['loader + UI + language', sizes.loaderPlusUi, BUDGETS.loaderPlusUi],
] as const;

let over = false;
console.log('Pulse widget, gzip -9');
for (const [name, bytes, budget] of rows) {
  const verdict =
    budget === undefined ? '' : bytes <= budget ? `≤ ${kb(budget)} ok` : `> ${kb(budget)} OVER BUDGET`;
  if (budget !== undefined && bytes > budget) over = true;
  console.log(`  ${name.padEnd(42)} ${kb(bytes).padStart(9)}  ${verdict}`);
}

const resultsDir = new URL('../../../bench/results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  new URL('widget-size.json', resultsDir),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'gzip bytes (level 9)', sizes, budgets: BUDGETS, withinBudget: !over }, null, 2)}\n`,
);
