/** The phase guide's words in English and UK English; other languages are fetched when spoken (../languages.ts). */

import en from '../en/phase-guide.js';
import enGB from '../en-GB/phase-guide.js';
import '../languages.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'phase-guide': en });
registerWords('en-GB', { 'phase-guide': enGB });
