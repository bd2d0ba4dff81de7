/** The treatment checklist's words in English and UK English; other languages are fetched when spoken (../languages.ts). */

import en from '../en/treatment-checklist.js';
import enGB from '../en-GB/treatment-checklist.js';
import '../languages.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'treatment-checklist': en });
registerWords('en-GB', { 'treatment-checklist': enGB });
