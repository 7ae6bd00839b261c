/** `npm run sri -w @pulse/widget`: the install snippet with pulse.js's SRI hash (pulse.js pins the rest). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './measure.js';

const integrity = `sha384-${createHash('sha384')
  .update(readFileSync(join(distDir, 'pulse.js')))
  .digest('base64')}`;
const origin = process.argv[2] ?? 'https://pulse.example.com';
console.log(integrity);
console.log(`
<script async src="${origin}/widget/v1/pulse.js"
        integrity="${integrity}" crossorigin="anonymous"
        data-project="pk_…"></script>`);
