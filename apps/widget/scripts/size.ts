/**
 * `npm run bench -w @pulse/widget`: gzip sizes of the built widget beside their
 * budgets, and the UI rebuilt with the repository's (the dashboard's) Svelte as the
 * baseline for the widget's pinned one; also written to bench/results/widget-size.json.
 * It reports and does not gate (turbo runs every workspace's bench); test/size.test.ts
 * is the gate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { uiConfig } from '../vite.config.js';
import { svelteVersion, widgetDir } from './compile-svelte.js';
import { BUDGETS, measureWidget } from './measure.js';

const repoRoot = new URL('../../', `file://${widgetDir}`).pathname;

/** pulse-ui.js as it would be if the widget used the repository root's Svelte (not written to dist/). */
async function uiWithRootSvelte(): Promise<number> {
  const config = uiConfig(repoRoot);
  const result = await build({
    ...config,
    configFile: false,
    root: widgetDir,
    logLevel: 'silent',
    build: { ...config.build, write: false, emptyOutDir: false },
  });
  // One output per format; the UI is built as one (iife).
  const [output] = [result].flat() as Rolldown.RolldownOutput[];
  const ui = output?.output.find((file) => file.type === 'chunk');
  if (!ui) throw new Error('The baseline UI build produced no script');
  return gzipSync(ui.code, { level: 9 }).length;
}

const sizes = measureWidget();
const pinned = svelteVersion();
const root = svelteVersion(repoRoot);
const baselineUi = await uiWithRootSvelte();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [
  ['loader (pulse.js)', sizes.loader, BUDGETS.loader],
  [`UI (pulse-ui.js, Svelte ${pinned})`, sizes.ui, undefined],
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
console.log(
  `  ${'preview frame (preview.js, dashboard only)'.padEnd(42)} ${kb(sizes.preview).padStart(9)}  no host page loads it`,
);
const baselineName = `baseline: UI with Svelte ${root} (dashboard)`;
console.log(
  `  ${baselineName.padEnd(42)} ${kb(baselineUi).padStart(9)}  pinned ${pinned} is ${(sizes.ui / baselineUi).toFixed(2)}×`,
);

const resultsDir = new URL('../../../bench/results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  new URL('widget-size.json', resultsDir),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      unit: 'gzip bytes (level 9)',
      svelte: pinned,
      sizes,
      budgets: BUDGETS,
      withinBudget: !over,
      baseline: { svelte: root, ui: baselineUi, ratio: sizes.ui / baselineUi },
    },
    null,
    2,
  )}\n`,
);
