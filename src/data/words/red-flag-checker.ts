/** The red flag checker's words, in every language, registered for the widgets. */

import en from '../en/red-flag-checker.js';
import enGB from '../en-GB/red-flag-checker.js';
import es from '../es/red-flag-checker.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'red-flag-checker': en });
registerWords('es', { 'red-flag-checker': es });
registerWords('en-GB', { 'red-flag-checker': enGB });
