import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lib/i18n/languages.js';

const dist = new URL('../dist/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dist), 'utf8');
const BUDGET = 66 * 1024;

/** Vite's chunk graph (build.manifest): per source module, its chunk and what that imports. */
interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = () => JSON.parse(read('.vite/manifest.json')) as Record<string, Chunk>;

/** The chunks a module needs before it runs: itself and its static imports, transitively. */
function loadedWith(graph: Record<string, Chunk>, ...modules: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = graph[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const module of modules) visit(module);
  return files;
}

const gzipped = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0);

describe('dashboard bundle (dist/, built before the tests)', () => {
  it('leaves the schema library out: the browser imports values only from zod-free @pulse/shared subpaths', () => {
    const scripts = (readdirSync(new URL('assets/', dist), { recursive: true }) as string[]).filter((file) =>
      file.endsWith('.js'),
    );
    expect(scripts, 'no built script: run npm run build -w @pulse/dashboard').not.toEqual([]);
    // zod's error class name survives minification; finding it means a zod schema was bundled
    // (about 40 KB gzip), usually through a value imported from @pulse/shared or /contracts, which
    // hold the schemas (import only types from those; values from /names, /nps, /followups, …).
    for (const script of scripts) expect(read(`assets/${script}`), script).not.toContain('ZodError');
  });

  it('keeps what the page loads first within 66 KB gzip: the entry and the chunks it imports', () => {
    const html = read('index.html');
    const entry = /<script type="module"[^>]*src="\/dashboard\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry, 'no entry script in dist/index.html').toBeTruthy();
    const first = loadedWith(manifest(), 'index.html');
    // The page preloads exactly these, so they are what its first load costs.
    const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\/dashboard\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set([entry, ...preloaded])).toEqual(first);
    expect(gzipped(first)).toBeLessThanOrEqual(BUDGET);
  });

  it.each(LANGUAGES)(
    'shows the overview in %s within the same 66 KB (the chart library comes after)',
    (language) => {
      const graph = manifest();
      const overview = loadedWith(
        graph,
        'index.html',
        `src/messages/${language}.ts`,
        'src/screens/overview/index.ts',
        `src/screens/overview/messages/${language}.ts`,
      );
      expect(gzipped(overview)).toBeLessThanOrEqual(BUDGET);
    },
  );

  it('fetches screens and message tables on demand, each table a chunk of its own', () => {
    const graph = manifest();
    const first = loadedWith(graph, 'index.html');
    const screens = graph['index.html']!.dynamicImports ?? [];
    expect(screens).toEqual(
      expect.arrayContaining(['src/screens/overview/index.ts', 'src/screens/queue/index.ts']),
    );
    const tables = Object.keys(graph).filter((key) => /\/messages\/[a-z]{2}\.ts$/.test(key));
    expect(tables.length).toBeGreaterThanOrEqual(LANGUAGES.length * 4);
    for (const table of tables) {
      expect(graph[table]!.file, table).toMatch(/^assets\/messages\//);
      expect(first.has(graph[table]!.file), `${table} in the first load`).toBe(false);
      // A table is plain data: loading one language never pulls another in.
      expect(graph[table]!.imports ?? [], table).toEqual([]);
    }
    for (const screen of screens) expect(first.has(graph[screen]!.file), screen).toBe(false);
  });
});
