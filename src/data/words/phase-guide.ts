/** The phase guide's words, in every language, registered for the widgets. */

import en from '../en/phase-guide.js';
import enGB from '../en-GB/phase-guide.js';
import es from '../es/phase-guide.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'phase-guide': en });
registerWords('es', { 'phase-guide': es });
registerWords('en-GB', { 'phase-guide': enGB });
