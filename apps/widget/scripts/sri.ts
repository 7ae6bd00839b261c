/** `npm run sri -w @pulse/widget [origin]`: the install snippet with pulse.js's SRI hash (pulse.js pins the rest). */
import { installSnippet } from '@pulse/shared';
import { integrityOf } from './integrity.js';

const integrity = integrityOf('pulse.js');
const origin = process.argv[2] ?? 'https://pulse.example.com';
console.log(integrity);
console.log(
  `\n${installSnippet({ scriptUrl: `${origin}/widget/v1/pulse.js`, integrity, publicKey: 'pk_…' })}`,
);
