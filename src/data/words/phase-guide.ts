/** The phase guide's words, in every language, registered for the widgets. */

import en from '../en/phase-guide.js';
import es from '../es/phase-guide.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'phase-guide': en });
registerWords('es', { 'phase-guide': es });
