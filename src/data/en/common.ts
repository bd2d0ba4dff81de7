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
  preparedBy: 'From {clinic}',
  clinicPhone: 'Phone: {phone}',
  handout: {
    printedOn: 'Printed on {date}',
    getHelpNow: 'Get help now if you have any of these',
    callNow: 'Call {number} now or go to the emergency room. Do not drive yourself.',
  },
} as const satisfies CommonWords;
