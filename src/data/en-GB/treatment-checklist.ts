/** UK English words of the treatment checklist: only what differs from US English (`en`). */

import type { ChecklistWords, PartialWords } from '../types.js';

export default {
  items: {
    'anti-inflammatory': { title: 'Anti-inflammatory painkillers (NSAIDs)' },
    paracetamol: {
      title: 'Paracetamol (acetaminophen)',
      detail:
        'Often used, but not recommended on its own for low back pain. It can be taken with another painkiller if a pharmacist agrees.',
    },
    'see-doctor': {
      title: 'See a GP if it has not started to ease after a week',
      detail: 'Book an appointment with a GP or physiotherapist.',
    },
    'physical-therapy': {
      title: 'Physiotherapy',
      detail: 'An exercise programme, sometimes with hands-on treatment alongside the exercise.',
    },
  },
  handout: {
    callNow: 'Call {number} now or go to A&E. Do not drive yourself.',
  },
} as const satisfies PartialWords<ChecklistWords>;
