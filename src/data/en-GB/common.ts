/** UK English: only what differs from US English (`en`). */

import type { CommonWords, PartialWords } from '../types.js';

export default {
  emergencyNumber: '999',
  sourceDescriptions: {
    'seed:002': 'orthopaedic clinic patient page',
    'seed:004': 'physiotherapy clinic patient page',
    'S-KOVACS': 'randomised trial',
  },
  handout: {
    callNow: 'Call {number} now or go to A&E. Do not drive yourself.',
  },
} as const satisfies PartialWords<CommonWords>;
