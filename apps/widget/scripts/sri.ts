/** `npm run sri -w @pulse/widget`: the install snippet with pulse.js's SRI hash (pulse.js pins the rest). */
import { integrityOf } from './integrity.js';

const integrity = integrityOf('pulse.js');
const origin = process.argv[2] ?? 'https://pulse.example.com';
console.log(integrity);
console.log(`
<script async src="${origin}/widget/v1/pulse.js"
        integrity="${integrity}" crossorigin="anonymous"
        data-project="pk_…"></script>`);
