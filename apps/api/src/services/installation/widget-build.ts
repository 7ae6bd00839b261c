import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The widget package's directory (its dist/ is what /widget/v1 serves), if it is installed. */
export function widgetDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('@pulse/widget/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * The `integrity` attribute (SHA-384) of a file of the widget build, hashed once per
 * version of the file: a rebuild while the API runs (development) changes what
 * /widget/v1 serves, and a snippet with the old hash would make browsers refuse it.
 * Undefined before a build.
 */
export function integrityReader(file: string, dir = widgetDir()): () => string | undefined {
  let cached: { version: string; integrity: string } | undefined;
  return () => {
    const path = dir && join(dir, 'dist', file);
    const stat = path ? statSync(path, { throwIfNoEntry: false }) : undefined;
    if (!path || !stat) return undefined;
    const version = `${stat.mtimeMs} ${stat.size}`;
    if (cached?.version !== version) {
      cached = {
        version,
        integrity: `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`,
      };
    }
    return cached.integrity;
  };
}
