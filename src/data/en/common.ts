/** English words every widget shares. */

import type { CommonWords } from '../types.js';

export default {
  // The first clinics are in the US; a clinic overrides it with `emergency-number`.
  emergencyNumber: '911',
  notDiagnosis: 'This is not a diagnosis. If you are worried, contact a health professional.',
  sourcesHeading: 'Sources',
  sourcesLabel: 'Sources: {list}',
} as const satisfies CommonWords;
