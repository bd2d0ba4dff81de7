/** The stretch card's words in English and UK English; other languages are fetched when spoken (../languages.ts). */

import en from '../en/stretch-card.js';
import enGB from '../en-GB/stretch-card.js';
import '../languages.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'stretch-card': en });
registerWords('en-GB', { 'stretch-card': enGB });
