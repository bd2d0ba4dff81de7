/** UK English: only what differs from US English (`en`). */

import type { CommonWords, PartialWords } from '../types.js';

export default {
  emergencyNumber: '999',
} as const satisfies PartialWords<CommonWords>;
