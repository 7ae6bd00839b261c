import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { localeFiles } from './scripts/locale-files.js';

/**
 * Two classic scripts, built one after the other (`--mode ui`, then `--mode loader`):
 * - pulse-ui.js: the Svelte survey, fetched only when a survey is about to show;
 * - locale-xx.js: built-in strings per language (English is inside pulse-ui.js);
 * - pulse.js: the tiny loader (no Svelte), which pins pulse-ui.js by its SRI hash,
 *   so the hash printed for the README snippet covers both files.
 */
const UI_FILE = 'pulse-ui.js';
const dist = fileURLToPath(new URL('./dist/', import.meta.url));

function sri(file: string): string {
  return `sha384-${createHash('sha384')
    .update(readFileSync(dist + file))
    .digest('base64')}`;
}

function classicScript(entry: string, fileName: string): UserConfig['build'] {
  return {
    outDir: dist,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    emptyOutDir: fileName === UI_FILE,
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL(entry, import.meta.url)),
      formats: ['iife'],
      name: 'PulseBundle',
      fileName: () => fileName,
    },
  };
}

/** Emits the locale files beside pulse-ui.js, which pins each by its SRI hash. */
function emitLocaleFiles(): Plugin {
  return {
    name: 'pulse-locale-files',
    generateBundle() {
      for (const { fileName, source } of localeFiles().values())
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'ui') {
    return {
      plugins: [
        svelte({ compilerOptions: { css: 'external', discloseVersion: false }, emitCss: false }),
        emitLocaleFiles(),
      ],
      define: {
        __PULSE_LOCALE_SRI__: JSON.stringify(
          Object.fromEntries([...localeFiles()].map(([language, file]) => [language, file.integrity])),
        ),
      },
      build: classicScript('./src/ui/main.ts', UI_FILE),
    };
  }
  if (mode === 'loader') {
    return {
      define: {
        __PULSE_UI_FILE__: JSON.stringify(UI_FILE),
        __PULSE_UI_SRI__: JSON.stringify(sri(UI_FILE)),
      },
      build: classicScript('./src/loader/main.ts', 'pulse.js'),
    };
  }
  // Tools that only read the config (svelte-check) get the Svelte plugin; builds go through `npm run build`.
  return { plugins: [svelte({ compilerOptions: { css: 'external' } })] };
});
