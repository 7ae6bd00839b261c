import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The widget's own directory: its package.json pins the Svelte it ships. */
export const widgetDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Compiles .svelte files with the Svelte installed for `from` (by default the widget's
 * own 5.35.x, pinned in package.json), and bundles that same version's runtime:
 * compiler and runtime must match.
 *
 * Why the widget pins its own Svelte: the client runtime of 5.36 and later (which the
 * dashboard uses) carries the async scheduler and boundaries, about 4 KB gzip that the
 * widget never uses and every host page would download, against a 16 KB budget.
 * `npm run bench -w @pulse/widget` builds the UI with both versions to show the cost.
 * `@sveltejs/vite-plugin-svelte` would compile with the repository root's Svelte, and
 * the widget needs nothing else from it: no HMR, no component CSS, no SSR.
 */
export function compileSvelte(from: string = widgetDir): Plugin {
  const anchor = join(from, 'package.json');
  const { compile } = createRequire(anchor)('svelte/compiler') as typeof import('svelte/compiler');
  return {
    name: 'pulse-compile-svelte',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (!/^svelte(\/|$)/.test(source)) return null;
      return this.resolve(source, anchor, { ...options, skipSelf: true });
    },
    transform(source, id) {
      if (!id.endsWith('.svelte')) return null;
      const { js, warnings } = compile(source, {
        filename: id,
        generate: 'client',
        css: 'external',
        discloseVersion: false,
      });
      for (const warning of warnings) this.warn(warning.message);
      // No source map: the build emits none, and Svelte's map for lang="ts" is one Rolldown rejects.
      return { code: js.code, map: null };
    },
  };
}

/** The version of Svelte that `compileSvelte(from)` uses. */
export function svelteVersion(from: string = widgetDir): string {
  return (createRequire(join(from, 'package.json'))('svelte/package.json') as { version: string }).version;
}
