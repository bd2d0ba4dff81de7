/**
 * Entry of the script-tag bundle and of the npm package: registers every
 * element. Each element also has its own entry, `components/<name>/define.js`.
 */
export * from './core/exports.js';
