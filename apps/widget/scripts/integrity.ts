import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** The `integrity` value for a built file (SHA-384, what the install snippet carries). */
export function integrityOf(file: string): string {
  return `sha384-${createHash('sha384')
    .update(readFileSync(join(distDir, file)))
    .digest('base64')}`;
}
