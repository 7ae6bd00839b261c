import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const assets = new URL('../dist/assets/', import.meta.url);
const script = readdirSync(assets).find((file) => file.endsWith('.js'));

describe('dashboard bundle (dist/, built before the tests)', () => {
  it('leaves the schema library out: the browser imports values only from zod-free @pulse/shared subpaths', () => {
    expect(script, 'no built script: run npm run build -w @pulse/dashboard').toBeTruthy();
    const code = readFileSync(new URL(script!, assets), 'utf8');
    // zod's error class name survives minification; finding it means a zod schema was bundled
    // (about 40 KB gzip), usually through a value imported from @pulse/shared or /contracts, which
    // hold the schemas (import only types from those; values from /names, /nps, /followups, …).
    expect(code).not.toContain('ZodError');
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(66 * 1024);
  });
});
