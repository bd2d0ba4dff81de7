/**
 * The stretch card's schema: the stretches, their doses and the words it uses.
 */

import type { GuidanceItem } from './phases.js';
import type { Plural, Sourced } from './types.js';

export type StretchId =
  | 'knee-to-chest'
  | 'knee-rolls'
  | 'pelvic-tilt'
  | 'bottom-to-heels'
  | 'cat-stretch'
  | 'bridge'
  | 'back-extension';

export interface Range {
  default: number;
  min: number;
  max: number;
}

export interface Stretch extends Sourced {
  id: StretchId;
  name: string;
  startPosition: string;
  steps: readonly string[];
  holdSeconds: Range;
  /** How the hold is described where it is not plain seconds, e.g. "one deep breath". */
  holdNote?: string;
  reps: Range;
  /** Reps are done on each side in turn. */
  perSide: boolean;
  cautions: readonly string[];
  /** Alternative text of the illustration. */
  illustrationAlt: string;
}

export interface StretchText {
  heading: string;
  beforeYouStart: string;
  stopIf: string;
  startPositionHeading: string;
  stepsHeading: string;
  cautionsHeading: string;
  /** "Hold for {seconds} seconds". */
  holdFor: string;
  /** "{reps} repetitions" / "{reps} repetitions on each side", by plural category. */
  repetitions: Plural;
  repetitionsEachSide: Plural;
  start: string;
  pause: string;
  resume: string;
  reset: string;
  hold: string;
  rest: string;
  otherSide: string;
  done: string;
  /** "Rep {rep} of {reps}". */
  repOf: string;
  /** "Side {side} of 2". */
  sideOf: string;
  /** "Stretch {n} of {total}". */
  stretchOf: string;
  previous: string;
  next: string;
  /** Visible when `exercise` is missing or unknown: "Choose one of these stretches:". */
  unknownExercise: string;
  secondsShort: string;
  /** "Next: {name}", while getting into position for the next stretch of a routine. */
  nextUp: string;
}

export interface StretchCardWords extends StretchText {
  /** General rules shown with every stretch. */
  rules: readonly GuidanceItem[];
  stretches: readonly Stretch[];
}
