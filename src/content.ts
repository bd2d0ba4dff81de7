/**
 * DOM-free entry `backcare-widgets/content`: the typed, sourced content of
 * every widget in every language, for use in Node or a clinic's own tests.
 */
export * from './data/index.js';
