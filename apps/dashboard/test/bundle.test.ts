import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dist), 'utf8');

describe('dashboard bundle (dist/, built before the tests)', () => {
  it('leaves the schema library out: the browser imports values only from zod-free @pulse/shared subpaths', () => {
    const scripts = readdirSync(new URL('assets/', dist)).filter((file) => file.endsWith('.js'));
    expect(scripts, 'no built script: run npm run build -w @pulse/dashboard').not.toEqual([]);
    // zod's error class name survives minification; finding it means a zod schema was bundled
    // (about 40 KB gzip), usually through a value imported from @pulse/shared or /contracts, which
    // hold the schemas (import only types from those; values from /names, /nps, /followups, …).
    for (const script of scripts) expect(read(`assets/${script}`), script).not.toContain('ZodError');
  });

  it('keeps the script the page loads first within 66 KB gzip (screens loaded on demand come after)', () => {
    const entry = /<script type="module"[^>]*src="\/dashboard\/(assets\/[^"]+\.js)"/.exec(
      read('index.html'),
    )?.[1];
    expect(entry, 'no entry script in dist/index.html').toBeTruthy();
    expect(gzipSync(read(entry!), { level: 9 }).length).toBeLessThanOrEqual(66 * 1024);
  });
});
