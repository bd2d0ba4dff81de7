/** English words of the phase guide, keyed by the ids of `../phases.ts`. */

import type { PhaseGuideWords } from '../types.js';

export default {
  heading: 'Ice or heat? Your back day by day',
  intro: 'What helps changes in the days after back pain starts.',
  phases: {
    acute: {
      name: 'First days: cold first',
      note: '(the first 48 to 72 hours)',
      frequency: 'Every 2 to 3 hours',
      summary: 'Cold first, to ease the pain; heat instead if it eases the spasm more. Keep moving gently.',
      do: {
        'cold-pack':
          'Put a cold pack wrapped in a thin towel on the sore area for 15 to 20 minutes, every 2 to 3 hours, to ease pain and swelling.',
        'heat-instead': 'If heat eases the spasm more, use heat instead. That is fine from the first day.',
        'keep-moving': 'Keep moving gently. Rest for short periods only.',
        'gentle-movement': 'Gentle movement, such as knee rolls, is fine from the first day if it is comfortable.',
      },
      avoid: {
        'bed-rest': 'Staying in bed for more than 1 or 2 days.',
        'ice-on-skin': 'Putting ice directly on your skin.',
        'sleeping-with-pack': 'Falling asleep with a cold or heat pack on.',
      },
    },
    subacute: {
      name: 'Then heat',
      note: '',
      frequency: '2 or 3 times a day',
      summary: 'Heat to relax tight muscles, gentle stretches, and back to normal activities step by step.',
      do: {
        heat: 'Use heat: a heating pad on low or a warm bath for 15 to 20 minutes, or a heat wrap worn as its package says.',
        'cold-if-better': 'If cold brings you more relief, that is fine too.',
        stretches: 'Start other stretches once the worst pain has eased.',
        'normal-activity': 'Go back to your normal activities step by step.',
      },
      avoid: {
        'asleep-on-heat': 'Falling asleep on a heating pad.',
        'sharp-pain': 'Pushing a stretch into sharp pain.',
      },
    },
    recovery: {
      name: 'Recovery: build strength',
      note: '',
      frequency: '',
      summary: 'Strengthen your stomach and back muscles so they support your body better. Heat is still fine if it helps.',
      do: {
        strengthen: 'Do exercises that strengthen your stomach and back muscles.',
        'physical-therapy': 'See a physical therapist if your back is not back to normal.',
        'heat-if-helps': 'Heat is still fine if it helps.',
      },
      avoid: {
        'stopping-early': 'Stopping the exercises as soon as the pain stops.',
      },
    },
  },
  dayN: 'Day {day}',
  dayZero: 'Day 0 (the day it started)',
  dayRange: 'Days {from} to {to}',
  dayFrom: 'Day {from} onwards',
  currentPhase: 'You are here',
  whenStartedQuestion: 'When did the pain start?',
  whenStartedOptions: {
    today: 'Today',
    yesterday: 'Yesterday',
    'two-days': '2 days ago',
    'three-to-six-days': '3 to 6 days ago',
    'one-to-two-weeks': '1 to 2 weeks ago',
    'over-two-weeks': 'More than 2 weeks ago',
  },
  orPickDate: 'Or choose the date',
  showPhase: 'Show what to do',
  whenStartedError: 'Choose when the pain started, or enter the date.',
  changeDay: 'Change when it started',
  therapyLabel: 'Use',
  sessionLabel: 'For',
  minutes: '{minutes} minutes',
  frequencyLabel: 'How often',
  doHeading: 'Do',
  avoidHeading: 'Avoid',
  therapies: { cold: 'Cold', heat: 'Heat', exercise: 'Exercise' },
  heatAndColdCaution:
    'Never put heat or cold on skin that is numb. If you have diabetes or poor circulation, ask a doctor or pharmacist first.',
  notEasing: 'If it has not started to ease after a week, see a doctor.',
  notGettingBetter: 'If it is not getting better, book an appointment with a doctor.',
  usualCourse: 'Back pain usually starts to ease within 2 weeks and is usually gone within 4 to 6 weeks.',
  timer: {
    sessionQuestion: 'What are you using?',
    sessions: {
      'cold-pack': {
        label: 'Cold pack',
        // S-HW: never ice directly on the skin, never sleep with a pack on.
        safety: 'Wrap it in a thin towel. Never sleep with it on.',
        done: 'Time is up. Take the cold pack off now.',
      },
      'heat-pack': {
        label: 'Heat pack or heating pad',
        // S-HW: a heating pad on low, never fall asleep on it.
        safety: 'Use a heating pad on low. Never sleep with heat on.',
        done: 'Time is up. Take the heat pack off, or turn the heating pad off, now.',
      },
      'warm-bath': {
        label: 'Warm bath',
        safety: 'Warm, not hot. Take care getting in and out of the bath.',
        done: 'Time is up. Get out of the bath now.',
      },
    },
    start: 'Start the {minutes}-minute timer',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    startedAnnouncement: '{minutes}-minute timer started.',
    minutesLeft: '{minutes} minutes left.',
    timeLeft: 'Time left',
    paused: 'Paused',
    keepOpen: 'Keep this page open until the time is up.',
    sound: 'Sound when the time is up',
    heatWrap: 'A stick-on heat wrap is worn for hours, as its package says. This timer is for packs and baths.',
    jump: 'Start a timer',
    label: 'Timer',
  },
} as const satisfies PhaseGuideWords;
