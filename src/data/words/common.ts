/** The words every widget shares, in every language, registered for the widgets. */

import en from '../en/common.js';
import enGB from '../en-GB/common.js';
import es from '../es/common.js';
import { registerWords } from '../locales.js';

registerWords('en', { common: en });
registerWords('es', { common: es });
registerWords('en-GB', { common: enGB });
