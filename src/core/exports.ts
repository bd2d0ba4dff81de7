/** Public, DOM-side API shared by every entry that registers elements. */
export { VERSION } from './version.js';
export { BackcareElement } from './base-element.js';
