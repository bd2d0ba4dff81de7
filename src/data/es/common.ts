/** Spanish words every widget shares. */

import type { CommonWords } from '../types.js';

export default {
  // The first clinics are in the US; a clinic overrides it with `emergency-number`.
  emergencyNumber: '911',
  notDiagnosis: 'Esto no es un diagnóstico. Si algo le preocupa, comuníquese con un profesional de la salud.',
  sourcesHeading: 'Fuentes',
  sourcesLabel: 'Fuentes: {list}',
} as const satisfies CommonWords;
