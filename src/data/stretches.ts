/**
 * The stretches, once, in no language: their doses and ranges, how the sides
 * are done, the key poses of their drawing, and their sources (clinical
 * reference, section 4). The words of each stretch, per language, are keyed
 * by these ids in `<locale>/stretch-card.ts`.
 *
 * Adding a stretch: an entry here (with its poses), its words in each
 * language, and its id in `StretchId`. Nothing in the component changes.
 */

import type { Plural, SourceId, Sourced } from './types.js';

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

/**
 * An arm or a leg: the directions of its upper part (upper arm, thigh), its
 * lower part (forearm, shin) and, optionally, its end (hand, heel to toe),
 * in degrees counter-clockwise from pointing right (0 right, 90 up, 180 left,
 * 270 down). Without an end angle a hand continues the forearm and a foot is
 * square to the shin.
 */
export type Limb = readonly [upper: number, lower: number, end?: number];

/**
 * One key pose of the drawn figure, seen from the side with the head towards
 * the left, lying, kneeling or on hands and knees on a mat (the renderer puts
 * the lowest part of the body on the floor). Directions as in `Limb`.
 */
export interface Pose {
  /** From the hips to the shoulders. */
  torso: number;
  /** From the shoulders to the middle of the head. */
  head: number;
  /** Which way the chest faces: up when lying on the back, down on hands and knees or on the front. */
  front: 'up' | 'down';
  /** How much the lower and the upper back round (positive, a hump) or arch (negative), as a share of the back's length. */
  back?: readonly [lower: number, upper: number];
  /** The arm and the leg nearer the viewer, then the farther ones. */
  arms: readonly [near: Limb, far: Limb];
  legs: readonly [near: Limb, far: Limb];
  /** Both legs turned about the body's length, in degrees: positive towards the viewer (knee rolls). */
  roll?: number;
  /**
   * A small arrow showing the movement into this pose: where (a point of the
   * body), which way, and `body` to point at that point from outside (as an
   * arrow pointing down always does); or `sway`, over knees in the middle: to
   * one side and the other.
   */
  arrow?: readonly [at: 'hips' | 'waist' | 'knees' | 'chest', direction: number, towards?: 'body'] | 'sway';
}

/** Where a figure is seen from: degrees above the floor, and degrees round from its side towards its feet. */
export type View = readonly [above: number, around?: number];

/**
 * When a stretch may start: `first-days` from the first day if it is comfortable
 * (S-NHS-EX), `once-eased` only once the worst pain has eased (seed:001).
 */
export type StretchStage = 'first-days' | 'once-eased';

export interface StretchFacts extends Sourced {
  id: StretchId;
  stage: StretchStage;
  holdSeconds: Range;
  reps: Range;
  /** The starting position, returned to between holds. */
  start: Pose;
  /**
   * The positions held in each repetition, in order: one for most stretches;
   * the cat stretch holds two (back up, back down), each with its own cue; a
   * stretch done on both sides holds the left then the right side, so the
   * sides alternate on every repetition.
   */
  held: readonly Pose[];
  /** The held positions are the left and the right side (5 repetitions each side means 5 of each). */
  sides?: true;
  /** Bends the spine forward or twists it: people with osteoporosis ask a physical therapist first. */
  bendsOrTwistsSpine?: true;
  /** The poses drawn side by side on the card: 0 is `start`, 1 and on are `held`. Default: all. */
  keyPoses?: readonly number[];
  /** Which point stays where it is while the figure moves: the hips (default) or the knees (on hands and knees). */
  anchor?: 'hips' | 'knees';
  /** Where the figure is seen from (default: from the side, 12 degrees above the floor). */
  view?: View;
}

// ------------------------------------------------------------- shared poses

/** On the back, knees bent, feet flat, arms by the sides: the start of four stretches. */
const onBack: Pose = {
  torso: 180,
  head: 178,
  front: 'up',
  back: [-0.04, 0.04],
  arms: [
    [-2, -2],
    [-2, -2],
  ],
  legs: [
    [58, -66, 0],
    [58, -66, 0],
  ],
};

/** Lying on the back with the hands on the stomach, the elbows off the floor, so that the lower back shows. */
const tummy: Pose['arms'] = [
  [17, 1, 0],
  [17, 1, 0],
];

/** On hands and knees, facing left, the back level, hands under the shoulders. */
const handsAndKnees: Pose = {
  torso: 167,
  head: 178,
  front: 'down',
  arms: [
    [-88, -88, 180],
    [-88, -88, 180],
  ],
  legs: [
    [-90, 0, 0],
    [-90, 0, 0],
  ],
};

/** Lying on the front, on the forearms, elbows under the shoulders, the hips and legs flat. */
const onForearms: Pose = {
  torso: 157,
  head: 168,
  front: 'down',
  back: [-0.06, 0],
  arms: [
    [-96, 180, 180],
    [-96, 180, 180],
  ],
  legs: [
    [-4, 0, -4],
    [-4, 0, -4],
  ],
};

// ------------------------------------------------------------- the stretches

const bendsOrTwists: Pick<StretchFacts, 'bendsOrTwistsSpine'> = { bendsOrTwistsSpine: true };

export const stretches: readonly StretchFacts[] = [
  {
    // Hold times differ: seed:001 10–15 s, S-MAYO-EX and S-CSP 5 s, S-MAYO-STR about 30 s.
    // The sides alternate, as the steps (and seed:001, "release it and do the same with the other knee") say.
    id: 'knee-to-chest',
    stage: 'first-days',
    holdSeconds: { default: 10, min: 5, max: 30 },
    reps: { default: 5, min: 3, max: 10 },
    sides: true,
    ...bendsOrTwists,
    start: onBack,
    held: [
      // The left knee is the farther one, the right knee the nearer (seen from the person's right).
      { ...onBack, legs: [onBack.legs[0], [120, -45]], arms: [[75, 23], [72, 26]] },
      { ...onBack, legs: [[120, -45], onBack.legs[1]], arms: [[75, 23], [72, 26]], arrow: ['knees', 160] },
    ],
    keyPoses: [0, 2],
    sources: ['seed:001', 'S-MAYO-EX', 'S-MAYO-STR', 'S-CSP'],
  },
  {
    id: 'knee-rolls',
    stage: 'first-days',
    ...bendsOrTwists,
    holdSeconds: { default: 5, min: 2, max: 10 },
    reps: { default: 5, min: 3, max: 10 },
    sides: true,
    start: { ...onBack, arrow: 'sway' },
    // Rolled to the left: away from the viewer; to the right: towards the viewer.
    held: [
      { ...onBack, roll: -80 },
      { ...onBack, roll: 80 },
    ],
    // Seen from the side but turned well towards the feet, so that the knees read on the mat on either side.
    view: [24, 48],
    // Drawn still: the middle, with an arrow to either side, and the knees rolled towards the viewer
    // (rolled away from the viewer, they read as lifted, not lying on the mat).
    keyPoses: [0, 2],
    sources: ['S-MAYO-EX', 'S-NHS-EX', 'S-CSP', 'S-NHSINF'],
  },
  {
    id: 'pelvic-tilt',
    stage: 'first-days',
    holdSeconds: { default: 5, min: 3, max: 10 },
    reps: { default: 5, min: 5, max: 15 },
    // The start has the lower back's natural small arch, a gap under it; the hold presses it flat.
    // The hands rest on the stomach, so that the near arm does not hide the gap.
    start: { ...onBack, back: [-0.62, 0.12], arms: tummy },
    held: [{ ...onBack, back: [0.08, 0], torso: 182, arms: tummy, arrow: ['waist', 270] }],
    view: [6],
    sources: ['S-NHS-EX', 'S-CSP', 'S-MAYO-EX'],
  },
  {
    id: 'bottom-to-heels',
    stage: 'once-eased',
    holdSeconds: { default: 5, min: 3, max: 10 },
    reps: { default: 5, min: 5, max: 10 },
    ...bendsOrTwists,
    start: handsAndKnees,
    held: [
      {
        // The bottom on the heels, the chest on the thighs, the arms stretched forward on the mat.
        torso: 187,
        head: 190,
        front: 'down',
        back: [0.14, 0.1],
        arms: [
          [205, 184, 180],
          [205, 184, 180],
        ],
        legs: [
          [197, 0, 0],
          [197, 0, 0],
        ],
        arrow: ['hips', 0],
      },
    ],
    anchor: 'knees',
    sources: ['S-NHS-EX'],
  },
  {
    id: 'cat-stretch',
    stage: 'once-eased',
    ...bendsOrTwists,
    holdSeconds: { default: 5, min: 3, max: 10 },
    reps: { default: 5, min: 5, max: 10 },
    start: handsAndKnees,
    held: [
      { ...handsAndKnees, back: [0.16, 0.12], head: 230, arrow: ['waist', 90] },
      { ...handsAndKnees, back: [-0.3, -0.18], head: 128, arrow: ['waist', 270] },
    ],
    keyPoses: [1, 2],
    anchor: 'knees',
    sources: ['S-AAOS', 'S-MAYO-EX'],
  },
  {
    id: 'bridge',
    stage: 'once-eased',
    holdSeconds: { default: 10, min: 5, max: 15 },
    reps: { default: 5, min: 5, max: 10 },
    start: onBack,
    held: [
      {
        ...onBack,
        torso: 208,
        back: [0, 0],
        legs: [
          [24, -80, 0],
          [24, -80, 0],
        ],
        // Under the hips, pushing them up: above them, on a phone, it would sit between two drawings.
        arrow: ['hips', 90, 'body'],
      },
    ],
    sources: ['S-MAYO-EX'],
  },
  {
    id: 'back-extension',
    stage: 'once-eased',
    holdSeconds: { default: 5, min: 5, max: 10 },
    reps: { default: 5, min: 5, max: 10 },
    start: onForearms,
    held: [
      {
        ...onForearms,
        torso: 128,
        head: 146,
        back: [-0.16, -0.02],
        // Hands a little in front of the shoulders, the elbows nearly straight.
        arms: [
          [-104, -124, 180],
          [-104, -124, 180],
        ],
        arrow: ['waist', 88],
      },
    ],
    sources: ['S-NHS-EX'],
  },
];

/** The general rules shown with every stretch (clinical reference, section 4). */
export const stretchRules = {
  firstDays: ['S-NHS-EX'],
  eased: ['seed:001'],
  slowly: ['S-NHSINF', 'S-NHS-EX'],
  stopIf: ['S-NHSINF', 'S-NHS-EX'],
  buildUp: ['S-NHSINF', 'S-MAYO-EX'],
  // S-MAYO-OSTEO: with osteoporosis, avoid bending forward and twisting.
  osteoporosis: ['S-MAYO-EX', 'S-MAYO-OSTEO'],
} as const satisfies Record<string, readonly SourceId[]>;

export type StretchRuleId = keyof typeof stretchRules;

// ------------------------------------------------------------- words

/** One stretch's words. */
export interface StretchWords {
  name: string;
  startPosition: string;
  steps: readonly string[];
  /** How the hold is described where it is not plain seconds, e.g. "about one deep breath". */
  holdNote?: string;
  /** The stretch's own cautions (the osteoporosis caution is added from the facts). */
  cautions: readonly string[];
  /** What a held position asks, said when it starts, one per held position (the cat stretch's two). */
  cues?: readonly string[];
  /** Alternative text of the drawing: every key pose in words. */
  illustrationAlt: string;
}

export interface StretchText {
  heading: string;
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
  /** The phases of a guided set, in large type. */
  getReady: string;
  hold: string;
  rest: string;
  done: string;
  /** "Rep {rep} of {reps}". */
  repOf: string;
  /** The side a two-sided stretch is on. */
  sides: { left: string; right: string };
  /** "Stretch {n} of {total}". */
  stretchOf: string;
  previous: string;
  next: string;
  /** Visible when `exercise` is missing or unknown: "Choose one of these stretches:". */
  unknownExercise: string;
  /** Unit after the seconds left, for the eye ("10 s"); screen readers hear the unit in full. */
  secondsShort: string;
  /** "Next: {name}", while getting into position for the next stretch of a routine. */
  nextUp: string;
  /** At the start of a routine that holds `once-eased` stretches: "Start these stretches only once the worst pain has eased: {names}." */
  routineOnceEased: string;
  /** Shown while a guided set runs. */
  keepOpen: string;
  /** Label of the patient's sound toggle. */
  sound: string;
  /** The print button, by the number of stretches: "Print this stretch", "Print these {count} stretches". */
  print: Plural;
  /** The printed handout's title, by the number of stretches: "Your stretch", "Your stretches". */
  handoutHeading: Plural;
  /** A routine's handout says the osteoporosis caution once, naming its stretches, by their number: "{names} bend or twist your spine". */
  osteoporosisFor: Plural;
}

export interface StretchCardWords extends StretchText {
  /** The general rules, by id (sources in `stretchRules`). */
  rules: Readonly<Record<StretchRuleId, string>>;
  stretches: Readonly<Record<StretchId, StretchWords>>;
}
