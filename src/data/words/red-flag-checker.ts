/** The red flag checker's words in English and UK English; other languages are fetched when spoken (../languages.ts). */

import en from '../en/red-flag-checker.js';
import enGB from '../en-GB/red-flag-checker.js';
import '../languages.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'red-flag-checker': en });
registerWords('en-GB', { 'red-flag-checker': enGB });
