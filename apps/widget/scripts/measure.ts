import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './integrity.js';

/** Budgets in gzip bytes (1 KB = 1024 bytes), from the widget issue. */
export const BUDGETS = {
  loader: 3 * 1024,
  /** Everything one visitor who sees the survey downloads: loader, UI and their language file. */
  loaderPlusUi: 16 * 1024,
} as const;

export interface WidgetSizes {
  loader: number;
  ui: number;
  /** The largest locale file: the worst case a visitor adds (English is inside the UI). */
  largestLocale: { file: string; bytes: number };
  loaderPlusUi: number;
  /** preview.js, the dashboard's preview frame: outside the budgets, no host page loads it. */
  preview: number;
}

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
  const preview = gzipBytes('preview.js');
  return { loader, ui, largestLocale, loaderPlusUi: loader + ui + largestLocale.bytes, preview };
}
