import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { compileSvelte } from './scripts/compile-svelte.js';
import { distDir, integrityOf } from './scripts/integrity.js';
import { localeFiles } from './scripts/locale-files.js';

/**
 * Classic scripts, built one after the other (`--mode ui`, `--mode loader`, `--mode preview`):
 * - pulse-ui.js: the Svelte survey, fetched only when a survey is about to show;
 * - locale-xx.js: built-in strings per language (English is inside pulse-ui.js);
 * - pulse.js: the tiny loader (no Svelte), which pins pulse-ui.js by its SRI hash,
 *   so the hash printed for the README snippet covers both files;
 * - preview.js + preview.html: the dashboard's preview frame, which runs the same
 *   pulse-ui.js and language files; no host page loads them.
 */
const UI_FILE = 'pulse-ui.js';
const PREVIEW_FILE = 'preview.js';

function classicScript(entry: string, fileName: string): UserConfig['build'] {
  return {
    outDir: distDir,
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

/** The pulse-ui.js build; `svelteFrom` picks whose Svelte compiles and runs it (see compile-svelte.ts). */
export function uiConfig(svelteFrom?: string): UserConfig {
  return {
    plugins: [compileSvelte(svelteFrom), emitLocaleFiles()],
    define: {
      __PULSE_LOCALE_SRI__: JSON.stringify(
        Object.fromEntries([...localeFiles()].map(([language, file]) => [language, file.integrity])),
      ),
    },
    build: classicScript('./src/ui/main.ts', UI_FILE),
  };
}

/**
 * Writes preview.html beside the scripts: pulse-ui.js, every language file, then
 * preview.js, each pinned by its SRI hash (deferred scripts run in document order).
 */
function writePreviewPage(): Plugin {
  return {
    name: 'pulse-preview-page',
    writeBundle() {
      const tag = (file: string, integrity: string) =>
        `<script defer src="${file}" integrity="${integrity}"></script>`;
      const scripts = [
        tag(UI_FILE, integrityOf(UI_FILE)),
        ...[...localeFiles().values()].map((file) => tag(file.fileName, file.integrity)),
        tag(PREVIEW_FILE, integrityOf(PREVIEW_FILE)),
      ];
      const template = readFileSync(
        fileURLToPath(new URL('./src/preview/preview.html', import.meta.url)),
        'utf8',
      );
      writeFileSync(join(distDir, 'preview.html'), template.replace('{{SCRIPTS}}', scripts.join('\n    ')));
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'ui') return uiConfig();
  if (mode === 'loader') {
    return {
      define: {
        __PULSE_UI_FILE__: JSON.stringify(UI_FILE),
        __PULSE_UI_SRI__: JSON.stringify(integrityOf(UI_FILE)),
      },
      build: classicScript('./src/loader/main.ts', 'pulse.js'),
    };
  }
  if (mode === 'preview') {
    return { plugins: [writePreviewPage()], build: classicScript('./src/preview/main.ts', PREVIEW_FILE) };
  }
  // Tools that only read the config (svelte-check); builds go through `npm run build`.
  return { plugins: [compileSvelte()] };
});
