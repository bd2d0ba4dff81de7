/** English words every widget shares. */

import type { CommonWords } from '../types.js';

export default {
  // The first clinics are in the US; a clinic overrides it with `emergency-number`.
  emergencyNumber: '911',
  notDiagnosis: 'This is not a diagnosis. If you are worried, contact a health professional.',
  getHelpNow: 'Get help now: call {number}',
  callNumber: 'Call {number}',
  sourcesHeading: 'Sources',
  sourcesLabel: 'Sources: {list}',
  sourceDescriptions: {
    'seed:000': 'spine-surgery clinic patient page',
    'seed:001': 'clinic patient page',
    'seed:002': 'orthopedic clinic patient page',
    'seed:003': 'treatment article',
    'seed:004': 'physical therapy clinic patient page',
    'S-NHSINF': 'Scotland',
    'S-NICE': 'guideline',
    'S-NG234': 'guideline',
    'S-ACP': 'guideline',
    'S-COCH': 'systematic review',
    'S-KOVACS': 'randomized trial',
    'S-BASS': 'as quoted in NHS community back pain referral guidance',
  },
  couldNotSave: 'Could not save on this device. Your ticks stay until you close this page.',
  soundUnavailable: 'Sound is off on this device: keep the screen in view.',
  screenMaySleep: 'The screen may turn off: tap it now and then.',
  printBlocked: 'Printing does not work here. Take a screenshot, or ask the clinic for a paper copy.',
  emergencySigns: 'Call {number} if you get any of these:',
  emergencySummaries: {
    'saddle-numbness': 'numbness or tingling around your genitals, bottom or inner thighs',
    'bladder-bowel': 'new trouble peeing, or losing control of your bladder or bowels',
    'both-legs': 'new pain, numbness, tingling or weakness in both legs',
    'sexual-function': 'new problems getting an erection or ejaculating',
    'worsening-weakness': 'a leg getting weaker, or a foot that drags or catches',
    'serious-accident': 'back pain after a serious accident',
    'chest-pain': 'chest pain with the back pain',
    'sudden-tummy-pain': 'sudden, severe pain in your belly',
    collapse: 'fainting, grey clammy skin, or struggling to breathe',
    'pulsing-belly': 'a new pulsing feeling in your belly',
    'cancer-nerve-signs': 'if you have had cancer: pain shooting down a leg, new numbness, tingling or weakness in a leg, trouble walking, or a band of pain around your chest or belly',
    'infection-nerve-signs': 'with a fever, a weak immune system, or a recent back procedure or infection: new numbness or weakness in a leg, or trouble walking',
  },
  preparedBy: 'From {clinic}',
  clinicPhone: 'Phone: {phone}',
  handout: {
    printedOn: 'Printed on {date}',
    getHelpNow: 'Get help now if you have any of these',
    callNow: 'Call {number} now or go to the emergency room. Do not drive yourself.',
  },
} as const satisfies CommonWords;
