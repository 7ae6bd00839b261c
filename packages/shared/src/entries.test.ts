import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8')) as {
  exports: Record<string, string>;
};

/** Entries whose schemas need zod; every other one must load without it (the browser bundles them). */
const WITH_ZOD = new Set(['.', './contracts']);

// Module-level import/export statements that load code; `import type` and `export type` are erased.
const RUNTIME_IMPORT = /^(?:import|export)(?!\s+type\s)(?:[^;'"]*?\bfrom)?\s*['"]([^'"]+)['"]/gm;

/** The packages an entry loads at run time, following its relative imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      if (specifier!.startsWith('.')) visit(new URL(specifier!.replace(/\.js$/, '.ts'), file));
      else packages.add(specifier!);
    }
  };
  visit(new URL(entry, packageDir));
  return packages;
}

describe('package entries', () => {
  it.each(Object.entries(exports).filter(([name]) => !WITH_ZOD.has(name)))(
    '%s loads no zod, so browser code may import values from it',
    (_name, file) => {
      expect([...packagesLoadedBy(file)]).not.toContain('zod');
    },
  );

  it('finds zod behind the contracts, so the check above can fail', () => {
    expect(packagesLoadedBy(exports['./contracts']!)).toContain('zod');
  });
});
