import { fileURLToPath } from 'node:url';

/** The repository root: caches and data stay inside the project, never in $HOME. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const cacheDir = `${repoRoot}.cache`;
export const dataDir = `${repoRoot}.data`;
