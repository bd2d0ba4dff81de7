/** UK English words of the stretch card: only what differs from US English (`en`). */

import type { PartialWords, StretchCardWords } from '../types.js';

export default {
  rules: {
    osteoporosis: 'If you have osteoporosis (weak bones), ask a physiotherapist first: this stretch bends or twists your spine.',
  },
  osteoporosisFor: {
    one: 'If you have osteoporosis (weak bones), ask a physiotherapist first: {names} bends or twists your spine.',
    other: 'If you have osteoporosis (weak bones), ask a physiotherapist first: {names} bend or twist your spine.',
  },
} as const satisfies PartialWords<StretchCardWords>;
