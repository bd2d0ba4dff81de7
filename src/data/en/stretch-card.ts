/** English words of the stretch card (facts, doses and sources: src/data/stretches.ts). */

import type { StretchCardWords } from '../types.js';

export default {
  rules: {
    firstDays: 'This gentle stretch is fine from the first day, if it is comfortable.',
    eased: 'Start this stretch only once the worst pain has eased.',
    slowly: 'Move slowly and never bounce.',
    stopIf: 'Stop if the pain gets worse, spreads down a leg, or new pain appears.',
    buildUp: 'Start with about 5 repetitions and build up.',
    osteoporosis: 'If you have osteoporosis (weak bones), ask a physical therapist first: this stretch bends or twists your spine.',
  },
  stretches: {
    'knee-to-chest': {
      name: 'Knee to chest',
      startPosition: 'Lie on your back with your knees bent and your feet flat on the floor.',
      steps: [
        'Hold one knee with both hands, or hold behind your thigh.',
        'Gently pull it towards your chest.',
        'Hold it there.',
        'Slowly lower it back down.',
        'Do the same with the other knee.',
      ],
      cautions: [],
      illustrationAlt:
        'A person lying on their back with knees bent, then holding one knee with both hands and pulling it towards the chest.',
    },
    'knee-rolls': {
      name: 'Lower back rotation (knee rolls)',
      startPosition:
        'Lie on your back with your knees bent and together. A pillow between your knees can make it more comfortable.',
      steps: [
        'Keep your shoulders flat on the floor.',
        'Slowly roll both knees to one side.',
        'Hold it there.',
        'Bring your knees back to the middle.',
        'Roll them to the other side, and hold.',
        'Keep changing sides each time.',
      ],
      cautions: ['Only go as far as is comfortable.'],
      illustrationAlt:
        'A person lying on their back with knees bent and together; then both knees rolled to one side, then to the other side, while the shoulders stay on the floor.',
    },
    'pelvic-tilt': {
      name: 'Pelvic tilt',
      startPosition: 'Lie on your back with your knees bent and your feet flat, hip-width apart.',
      steps: ['Tighten your stomach muscles.', 'Flatten your lower back into the floor.', 'Hold it there.', 'Relax.'],
      cautions: ['Keep your neck and shoulders relaxed.'],
      illustrationAlt:
        'A person lying on their back with knees bent and hands on the stomach, with a small gap under the lower back; then the stomach tightened and the lower back pressed flat into the floor.',
    },
    'bottom-to-heels': {
      name: 'Bottom to heels',
      startPosition: 'Get down on your hands and knees.',
      steps: ['Slowly move your bottom back towards your heels.', 'Hold for one deep breath.', 'Return to the start.'],
      holdNote: 'about one deep breath',
      cautions: ['If you have a knee problem, do not sit all the way back.'],
      illustrationAlt:
        'A person on hands and knees, then moving the bottom back towards the heels, with the arms stretched forward on the floor.',
    },
    'cat-stretch': {
      name: 'Cat stretch',
      startPosition: 'Get down on your hands and knees.',
      steps: [
        'Round your back up towards the ceiling.',
        'Hold it there.',
        'Let your back sag gently towards the floor.',
        'Hold it there.',
        'Repeat.',
      ],
      cues: ['Round your back up', 'Let your back sag'],
      cautions: ['Keep the movement small while the pain is high.'],
      illustrationAlt:
        'A person on hands and knees, first with the back rounded up towards the ceiling and the head down, then with the back sagging gently towards the floor.',
    },
    bridge: {
      name: 'Bridge',
      startPosition: 'Lie on your back with your knees bent and your feet flat on the floor.',
      steps: [
        'Tighten your stomach and buttock muscles.',
        'Lift your hips until your knees, hips and shoulders are in a straight line.',
        'Hold for three deep breaths.',
        'Slowly lower your hips.',
      ],
      holdNote: 'about three deep breaths',
      cautions: ['Stop if it hurts your back or neck.'],
      illustrationAlt:
        'A person lying on their back with knees bent, then lifting the hips so that knees, hips and shoulders form a straight line.',
    },
    'back-extension': {
      name: 'Back extension (lying on your front)',
      startPosition: 'Lie on your front, resting on your forearms with your elbows by your sides.',
      steps: ['Keep your hips on the floor.', 'Gently press up to arch your back.', 'Hold it there.', 'Slowly lower down.'],
      cautions: ['Do not tip your head back.'],
      illustrationAlt:
        'A person lying on their front, resting on the forearms, then gently pressing up to arch the back while the hips stay on the floor.',
    },
  },
  heading: 'Stretch',
  startPositionHeading: 'Starting position',
  stepsHeading: 'Steps',
  cautionsHeading: 'Take care',
  holdFor: 'Hold for {seconds} seconds',
  repetitions: { one: '{reps} repetition', other: '{reps} repetitions' },
  repetitionsEachSide: { one: '{reps} repetition on each side', other: '{reps} repetitions on each side' },
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  getReady: 'Get ready',
  hold: 'Hold',
  rest: 'Rest',
  done: 'Done',
  repOf: 'Rep {rep} of {reps}',
  sides: { left: 'Left side', right: 'Right side' },
  stretchOf: 'Stretch {n} of {total}',
  previous: 'Previous stretch',
  next: 'Next stretch',
  unknownExercise: 'This stretch is not available. Choose one of these:',
  secondsShort: 's',
  nextUp: 'Next: {name}',
  routineOnceEased: 'Start these stretches only once the worst pain has eased: {names}.',
  keepOpen: 'Keep this page open while you stretch.',
  sound: 'Sound at each change',
  print: { one: 'Print this stretch', other: 'Print these {count} stretches' },
  handoutHeading: { one: 'Your stretch', other: 'Your stretches' },
  osteoporosisFor: {
    one: 'If you have osteoporosis (weak bones), ask a physical therapist first: {names} bends or twists your spine.',
    other: 'If you have osteoporosis (weak bones), ask a physical therapist first: {names} bend or twist your spine.',
  },
} as const satisfies StretchCardWords;
