/**
 * Everything, for server code (the API, its scripts and tests). Browser code
 * imports a subpath instead (package.json `exports`): each is zod-free except
 * `@pulse/shared/contracts`, from which the browser imports only types.
 */
export * from './buckets.js';
export * from './classify/index.js';
export * from './contracts/index.js';
export * from './followup-order.js';
export * from './followup-states.js';
export * from './install-snippet.js';
export * from './nps.js';
export * from './permissions.js';
export * from './response-filters.js';
export * from './search-text.js';
