/** UK English words of the red-flag checker: only what differs from US English (`en`); 999 comes from the common words. */

import type { PartialWords, RedFlagCheckerWords } from '../types.js';

export default {
  notSure: 'If you are not sure, tick it.',
  signs: {
    fever: {
      label: 'A high temperature, or feeling hot and shivery',
      hint: '38 °C or more, or feeling unwell.',
      summary: 'a high temperature, or feeling hot and shivery',
    },
    'cough-sneeze-toilet': {
      label: 'Pain much worse when you cough, sneeze or poo',
      summary: 'pain much worse when you cough, sneeze or poo',
    },
    'recent-procedure-or-infection': { hint: 'Such as an epidural or a urine infection.' },
  },
  firstActions: {
    'pregnancy-waves': 'You are pregnant: call your maternity unit or midwife now. Before 37 weeks, this can be early labour.',
  },
  professional: 'a GP or physiotherapist',
  outcomes: {
    emergency: { heading: 'Call {number} now or go to A&E' },
    urgent: {
      actions: ['Contact your clinic or GP today.'],
      more: ['If you cannot get through today, contact NHS 111.'],
    },
  },
} as const satisfies PartialWords<RedFlagCheckerWords>;
