export { launchChromium } from './chromium.js';
export { DevstackError, ensureFerretBinary, type FerretDB, startFerretDB } from './ferretdb.js';
export type { Service } from './process.js';
export { startRedis } from './redis.js';
