export * from './common.js';
export * from './project.js';
export * from './survey.js';
export * from './response.js';
export * from './summary.js';
export * from './live.js';
export * from './classification.js';
export * from './followup.js';
