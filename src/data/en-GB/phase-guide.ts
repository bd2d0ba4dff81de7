/** UK English words of the phase guide: only what differs from US English (`en`). */

import type { PartialWords, PhaseGuideWords } from '../types.js';

export default {
  phases: {
    subacute: {
      do: { heat: 'Use heat: a heating pad on low or a warm bath for 15 to 20 minutes, or a heat wrap worn as its packet says.' },
    },
    recovery: {
      do: { 'physical-therapy': 'See a physiotherapist if your back is not back to normal.' },
    },
  },
  heatAndColdCaution:
    'Never put heat or cold on skin that is numb. If you have diabetes or poor circulation, ask a GP or pharmacist first.',
  notEasing: 'If it has not started to ease after a week, see a GP.',
  notGettingBetter: 'If it is not getting better, book an appointment with a GP.',
  timer: {
    heatWrap: 'A stick-on heat wrap is worn for hours, as its packet says. This timer is for packs and baths.',
  },
} as const satisfies PartialWords<PhaseGuideWords>;
