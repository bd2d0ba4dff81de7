/** UK English words of the treatment checklist: only what differs from US English (`en`). */

import type { ChecklistWords, PartialWords } from '../types.js';

export default {
  intro: 'Tick off the things to do as you do them. Ask your clinic if you are not sure about any step.',
  items: {
    heat: {
      detail:
        'A heating pad on low or a warm (not hot) bath for 15–20 minutes, 2–3 times a day, or a heat wrap worn as its packet says. Do not fall asleep on a heating pad. Heat is still fine later on if it helps.',
    },
    'anti-inflammatory': { title: 'Anti-inflammatory painkillers (NSAIDs)' },
    paracetamol: {
      title: 'Paracetamol (acetaminophen)',
      detail:
        'Often used, but not recommended on its own for low back pain. It can be taken with another painkiller if a pharmacist agrees. Never take more than the packet says for a day. Many cold and flu remedies also contain it: check the label.',
    },
    opioids: {
      detail:
        'Not routinely recommended for back pain: ask a GP. They can make you drowsy and constipated, and they can be addictive. Codeine you buy from a pharmacy is for 3 days at most.',
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
  savedOnDevice: 'Your ticks are saved on this device only.',
  keepTicks: {
    label: 'Keep my ticks on this device',
  },
} as const satisfies PartialWords<ChecklistWords>;
