export * from './classify/index.js';
export * from './contracts/index.js';
export * from './followup-states.js';
export * from './nps.js';
export * from './search-text.js';
