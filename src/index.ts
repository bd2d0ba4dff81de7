/**
 * Entry of the script-tag bundle and of the npm package: registers every
 * element and exports the classes and their events' detail types. Each
 * element also has its own entry, `components/<name>/define.js`.
 */
export * from './core/exports.js';
export * from './components/red-flag-checker/define.js';
export * from './components/treatment-checklist/define.js';
export * from './components/phase-guide/define.js';
export * from './components/stretch-card/define.js';
