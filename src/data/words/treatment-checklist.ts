/** The treatment checklist's words, in every language, registered for the widgets. */

import en from '../en/treatment-checklist.js';
import enGB from '../en-GB/treatment-checklist.js';
import es from '../es/treatment-checklist.js';
import { registerWords } from '../locales.js';

registerWords('en', { 'treatment-checklist': en });
registerWords('es', { 'treatment-checklist': es });
registerWords('en-GB', { 'treatment-checklist': enGB });
