export * from './contracts/index.js';
export * from './nps.js';
