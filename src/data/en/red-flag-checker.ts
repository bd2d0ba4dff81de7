/**
 * English words of the red-flag checker (US; en-GB changes only what differs).
 *
 * Each hint says what the sign is *not*, in the words of a patient with a plain
 * spasm, so that they can truthfully leave it unticked (clinical reference,
 * section 1); step 1's hints stay short enough for the list to fit about one
 * and a half phone screens.
 */

import type { RedFlagCheckerWords } from '../types.js';

export default {
  heading: 'Do you need to get help for your back pain?',
  privacy: 'Your answers are not saved or sent.',
  stepOf: 'Step {step} of {steps}',
  followUpOf: 'Step {step} of {steps}: one more question',
  question: 'Do you have any of these?',
  notSure: 'If you are not sure, check it.',
  or: 'or',
  none: 'None of these',
  continue: 'Continue',
  back: 'Back',
  startAgain: 'Start again',
  errorSummaryTitle: 'There is a problem',
  nothingTicked: 'Select the signs you have, or select “None of these”',
  errorPrefix: 'Error:',
  signs: {
    'saddle-numbness': {
      label: 'New numbness or tingling around your genitals, bottom or inner thighs',
      hint: 'Or less feeling when you wipe.',
    },
    'bladder-bowel': {
      label: 'New trouble peeing, or leaking pee or poop',
      hint: 'Not just peeing more often.',
    },
    'both-legs': {
      label: 'New pain, numbness or weakness in both legs',
      hint: 'Not an ache across your back.',
    },
    'sexual-function': {
      label: 'New erection or ejaculation problems',
      hint: 'Not avoiding sex because of the pain.',
    },
    'worsening-weakness': {
      label: 'A leg getting weaker, or a foot that drags, slaps or catches',
      hint: 'Not heavy or tired from the pain.',
    },
    'serious-accident': {
      label: 'Back pain after a serious accident',
      hint: 'A car crash or a fall from a height. Not a slip or fall onto the floor.',
    },
    'chest-pain': {
      label: 'Chest pain as well as the back pain',
    },
    'sudden-tummy-pain': {
      label: 'Sudden, severe pain in your belly',
      hint: 'Not back pain alone, however bad.',
    },
    collapse: {
      label: 'Fainting, very dizzy, grey clammy skin, or struggling to breathe',
      hint: 'Not light-headed when you stand up.',
    },
    'pulsing-belly': {
      label: 'A new pulsing feeling in your belly',
      hint: 'Not a pulse you always feel there.',
    },
    fever: {
      label: 'A fever, or feeling hot and shivery',
      hint: '100.4 °F (38 °C) or more. Not just feeling tired or run down.',
      summary: 'a fever, or feeling hot and shivery',
    },
    'weight-loss': {
      label: 'Losing weight without trying',
      summary: 'weight loss without trying',
    },
    'cancer-history': {
      label: 'You have had cancer yourself',
      hint: 'Even if it was treated years ago.',
      summary: 'cancer at any time',
    },
    'night-pain': {
      label: 'Pain all the time, even lying still, that keeps you awake or wakes you',
      hint: 'Not pain when you move or turn over. Not lying awake worrying.',
      summary: 'pain all the time that keeps you awake or wakes you',
    },
    'lump-or-shape': {
      label: 'A lump or swelling on your back',
      hint: 'Or a change in its shape. Not a knotted muscle, or leaning from pain.',
      summary: 'a lump or swelling on your back, or a change in its shape',
    },
    'cough-sneeze-toilet': {
      label: 'Pain much worse when you cough, sneeze or poop, and it stays worse',
      hint: 'Not a jolt of pain that soon passes.',
      summary: 'pain much worse when you cough, sneeze or poop',
    },
    'upper-back': {
      label: 'Pain between your shoulder blades',
      hint: 'Not pain mostly in your lower back.',
      summary: 'pain between your shoulder blades',
    },
    'weak-bones': {
      label: 'Weak bones (osteoporosis), or steroid tablets for 3 months or more',
      hint: 'Not steroid creams or inhalers.',
      summary: 'weak bones, or steroid tablets for 3 months or more',
    },
    'weak-immunity': {
      label: 'A weakened immune system, or injecting drugs',
      hint: 'From chemotherapy, steroids or HIV.',
      summary: 'a weakened immune system, or injecting drugs',
    },
    'recent-procedure-or-infection': {
      label: 'Spine surgery or a back injection in the last 3 months, or a recent infection',
      hint: 'An epidural, or a UTI. Not a cold.',
      summary: 'spine surgery or a back injection in the last 3 months, or a recent infection',
    },
    'one-leg-weakness': {
      label: 'New weakness in one leg or foot: it will not do what you tell it',
      hint: 'Not a leg that feels weak or heavy because moving hurts.',
      summary: 'new weakness in one leg or foot',
    },
    'fall-when-older': {
      label: 'You are over 50, and the pain started after a fall or a knock',
      summary: 'back pain after a fall or a knock, over 50',
    },
    'pregnancy-waves': {
      label: 'Pregnant, and the pain comes in waves',
      hint: 'Or your bump tightens, or you are bleeding or leaking fluid.',
      summary: 'pregnancy, with pain that comes in waves',
    },
    'not-easing': {
      label: 'It is more than a week since the pain started, and it is no better at all',
      hint: 'Not pain that is getting a little better, however slowly.',
      summary: 'pain that has not started to ease after a week',
    },
    'pain-below-knee': {
      label: 'Pain that shoots down one leg, below the knee',
      hint: 'Not an ache that stops above the knee.',
      summary: 'pain that shoots down one leg, below the knee',
    },
    'leg-numbness': {
      label: 'New numbness or tingling in a leg',
      summary: 'numbness or tingling in a leg',
    },
    'getting-worse': {
      label: 'The pain is getting worse day by day',
      hint: 'Not a bad day after a better one.',
      summary: 'pain that is getting worse day by day',
    },
    'stops-activities': {
      label: 'It is more than 3 days since the pain started, and it still stops your normal daily activities',
      summary: 'pain that stops your daily activities',
    },
    'not-coping': {
      label: 'You cannot manage the pain at home, even with pain relief',
      hint: 'Not bad pain that still lets you move about a little with pain relief.',
      summary: 'pain you cannot manage at home, even with pain relief',
    },
    'age-first-episode': {
      label: 'You are over 50, and have never had back pain before',
      hint: 'Or you are under 20, and have never had it before.',
      summary: 'a first back pain at over 50 or under 20',
    },
    'trouble-walking': {
      label: 'New trouble walking',
      hint: 'Not just walking slowly or stiffly because it hurts.',
      summary: 'new trouble walking',
    },
    'band-pain': {
      label: 'A band of pain around your chest or belly',
      summary: 'a band of pain around your chest or belly',
    },
  },
  combinations: {
    'cancer-nerve-signs': {
      question: 'You said you have had cancer. Do you have any of these?',
      advice: 'If your cancer team gave you a 24-hour phone line, call it too.',
    },
    'infection-nerve-signs': {
      question: 'You said you have a fever, a weak immune system, or a recent procedure or infection. Do you have any of these?',
    },
  },
  firstActions: {
    'cancer-history': {
      text: 'If you have cancer treatment or check-ups, first call your cancer team today. Use their 24-hour line if they gave you one.',
    },
    'pregnancy-waves': {
      heading: 'Call now',
      text: 'You are pregnant: call your OB doctor or midwife now, or go to Labor and Delivery. Before 37 weeks, this can be early labor.',
    },
  },
  becauseYouSaid: 'Because you said:',
  callEmergency: 'Call {number}',
  callAmbulance: 'Call {number} for an ambulance now',
  callClinic: 'Call {clinic}: {phone}',
  visitClinic: 'Visit the website of {clinic}',
  yourClinic: 'your clinic',
  urgentSigns: 'Get medical advice today if you get any of these:',
  bookSigns: 'Book an appointment with {professional} if you have any of these:',
  professional: 'a doctor or physical therapist',
  outcomes: {
    emergency: {
      prefix: 'Immediate action required:',
      heading: 'Call {number} now or go to the emergency room',
      actions: [],
      more: ['Do not drive yourself.'],
    },
    urgent: {
      prefix: 'Urgent advice:',
      heading: 'Get medical advice today',
      actions: ['Contact your clinic or a doctor today.'],
      more: ['If you cannot get through today, call an urgent care center or a nurse line.'],
    },
    soon: {
      prefix: 'Non-urgent advice:',
      heading: 'Book an appointment with {professional}',
      actions: ['Try to be seen in the next week or so.'],
      more: ['Until then, look after your back at home: keep moving gently, and use a cold pack or heat.'],
    },
    'self-care': {
      prefix: '',
      heading: 'You can look after your back at home',
      actions: [
        'Keep moving gently. Rest only for short periods.',
        'Use a cold pack wrapped in a thin towel, or heat if it eases the spasm more.',
        'For pain relief, ask a pharmacist about an anti-inflammatory such as ibuprofen.',
        'Gentle movement is fine from the first day. Try stretches once the worst of the pain has eased.',
        'Back pain usually starts to ease within 2 weeks, and is usually gone within 4 to 6 weeks.',
        'It is normal to worry when your back hurts this much. It is rarely a sign of anything serious. If you are still worried after reading this, it is fine to book an appointment.',
      ],
      more: [],
    },
  },
} as const satisfies RedFlagCheckerWords;
