/** UK English: only what differs from US English (`en`). */

import type { CommonWords, PartialWords } from '../types.js';

export default {
  emergencyNumber: '999',
  sourceDescriptions: {
    'seed:002': 'orthopaedic clinic patient page',
    'seed:004': 'physiotherapy clinic patient page',
    'S-KOVACS': 'randomised trial',
  },
  emergencySummaries: {
    'sudden-tummy-pain': 'sudden, severe pain in your tummy',
    'pulsing-belly': 'a new pulsing feeling in your tummy',
    'cancer-nerve-signs': 'if you have had cancer: pain shooting down a leg, new numbness, tingling or weakness in a leg, trouble walking, or a band of pain around your chest or tummy',
  },
  handout: {
    callNow: 'Call {number} now or go to A&E. Do not drive yourself.',
  },
} as const satisfies PartialWords<CommonWords>;
