/** The stretch card's words, in every language, registered for the widgets. */

import en from '../en/stretch-card.js';
import enGB from '../en-GB/stretch-card.js';
import es from '../es/stretch-card.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'stretch-card': en });
registerWords('es', { 'stretch-card': es });
registerWords('en-GB', { 'stretch-card': enGB });
