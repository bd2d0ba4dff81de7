/** UK English words of the phase guide: only what differs from US English (`en`). */

import type { PartialWords, PhaseGuideWords } from '../types.js';

export default {
  phases: {
    recovery: {
      do: { 'physical-therapy': 'See a physiotherapist if your back is not back to normal.' },
    },
  },
  heatAndColdCaution:
    'Never put heat or cold on skin that is numb. If you have diabetes or poor circulation, ask a GP or pharmacist first.',
  notEasing: 'If it has not started to ease after a week, see a GP.',
} as const satisfies PartialWords<PhaseGuideWords>;
