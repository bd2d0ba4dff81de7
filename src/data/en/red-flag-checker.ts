/** English words of the red-flag checker (US; en-GB changes only what differs). */

import type { RedFlagCheckerWords } from '../types.js';

export default {
  heading: 'Do you need to get help for your back pain?',
  intro: 'Up to 3 short lists of warning signs.',
  privacy: 'Your answers stay on this device and are not saved or sent.',
  stepOf: 'Step {step} of {steps}',
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
      hint: 'Or feeling less when you wipe.',
      summary: 'numbness or changed feeling around your genitals, bottom or inner thighs',
    },
    'bladder-bowel': {
      label: 'New trouble peeing, or losing control of your bladder or bowels',
      hint: 'Or not feeling when you need to pee. Not a long-standing problem that has not changed.',
      summary: 'new trouble peeing, or losing control of your bladder or bowels',
    },
    'both-legs': {
      label: 'New pain, numbness, tingling or weakness in both legs',
      summary: 'new pain, numbness, tingling or weakness in both legs',
    },
    'sexual-function': {
      label: 'New problems getting an erection or ejaculating',
      hint: 'Not avoiding sex because of the pain.',
      summary: 'new problems getting an erection or ejaculating',
    },
    'worsening-weakness': {
      label: 'A leg getting weaker, or a foot that drags, slaps or catches',
      hint: 'Or tripping or feeling unsteady. Not walking slowly or stiffly because it hurts.',
      summary: 'a leg getting weaker, a foot that drags, or feeling unsteady on your feet',
    },
    'serious-accident': {
      label: 'The pain started after a serious accident',
      hint: 'Such as a car crash, a fall from a height or a hard blow.',
      summary: 'back pain after a serious accident',
    },
    'chest-pain': {
      label: 'Chest pain as well as the back pain',
      summary: 'chest pain with the back pain',
    },
    'sudden-severe-pain': {
      label: 'Sudden, severe pain in your belly or back that is not like a muscle spasm',
      summary: 'sudden, severe pain in your belly or back that is not like a spasm',
    },
    'pulsing-belly': {
      label: 'A throbbing or pulsing feeling in your belly',
      summary: 'a throbbing or pulsing feeling in your belly',
    },
    fever: {
      label: 'A fever, or feeling hot and shivery',
      hint: '100.4 °F (38 °C) or more, or feeling unwell.',
      summary: 'a fever, or feeling hot and shivery',
    },
    'weight-loss': {
      label: 'Losing weight without trying',
      summary: 'weight loss without trying',
    },
    'cancer-history': {
      label: 'Cancer at any time in your life',
      summary: 'cancer at any time',
    },
    'night-pain': {
      label: 'Pain all the time, even lying still, that keeps you awake',
      hint: 'Not only when you move.',
      summary: 'pain all the time that keeps you awake or wakes you',
    },
    'lump-or-shape': {
      label: 'A lump or swelling on your back, or a change in its shape',
      hint: 'Not a knotted muscle, or leaning because of the pain.',
      summary: 'a lump or swelling on your back, or a change in its shape',
    },
    'cough-sneeze-toilet': {
      label: 'Pain much worse when you cough, sneeze or poop',
      summary: 'pain much worse when you cough, sneeze or poop',
    },
    'upper-back': {
      label: 'Pain between your shoulder blades',
      summary: 'pain between your shoulder blades',
    },
    'weak-bones': {
      label: 'Weak bones (osteoporosis), or steroid tablets for 3 months or more',
      summary: 'weak bones, or steroid tablets for 3 months or more',
    },
    'weak-immunity': {
      label: 'A weakened immune system, or injecting drugs',
      hint: 'From chemotherapy, steroids, HIV or a transplant, for example.',
      summary: 'a weakened immune system, or injecting drugs',
    },
    'recent-procedure-or-infection': {
      label: 'Spine surgery or a back injection in the last 3 months, or a recent infection',
      hint: 'Such as an epidural or a UTI.',
      summary: 'spine surgery or a back injection in the last 3 months, or a recent infection',
    },
    'one-leg-weakness': {
      label: 'New weakness in one leg or foot',
      summary: 'new weakness in one leg or foot',
    },
    'fall-or-blow': {
      label: 'The pain started after a fall or a blow to your back',
      summary: 'back pain after a fall or a blow',
    },
    'pregnancy-waves': {
      label: 'Pregnant, and the pain comes in waves',
      hint: 'Or your bump tightens, or you have bleeding or leaking fluid.',
      summary: 'pregnancy, with pain that comes in waves',
    },
    'not-easing': {
      label: 'The pain has not started to ease after a week of looking after it at home',
      summary: 'pain that has not started to ease after a week',
    },
    'pain-below-knee': {
      label: 'Pain that shoots down one leg, below the knee',
      summary: 'pain that shoots down one leg, below the knee',
    },
    'leg-numbness': {
      label: 'New numbness or tingling in a leg',
      summary: 'numbness or tingling in a leg',
    },
    'getting-worse': {
      label: 'The pain is getting worse day by day',
      summary: 'pain that is getting worse day by day',
    },
    'stops-activities': {
      label: 'After the first few days, the pain still stops your normal daily activities',
      summary: 'pain that stops your daily activities',
    },
    'not-coping': {
      label: 'You are struggling to cope with the pain, or worried about it',
      summary: 'struggling to cope with the pain, or worried about it',
    },
    'age-first-episode': {
      label: 'This is your first ever back pain, and you are over 50 or under 20',
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
      summary:
        'if you have had cancer: new numbness, tingling or weakness in a leg, trouble walking, or a band of pain around your chest or belly',
      advice: 'If your cancer team gave you a 24-hour phone line, call it too.',
    },
  },
  firstActions: {
    'pregnancy-waves': 'You are pregnant: call your maternity unit or midwife now. Before 37 weeks, this can be early labor.',
  },
  becauseYouSaid: 'Because you said:',
  callEmergency: 'Call {number}',
  callClinic: 'Call {clinic}: {phone}',
  visitClinic: 'Visit the website of {clinic}',
  yourClinic: 'your clinic',
  emergencySigns: 'Call {number} if you get any of these:',
  urgentSigns: 'Get medical advice today if you get {list}.',
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
        'Try gentle stretches once the worst of the pain has eased.',
        'Back pain usually starts to ease within 2 weeks, and is usually gone within 4 to 6 weeks.',
        'Book an appointment with {professional} if it has not started to ease after a week.',
      ],
      more: [],
    },
  },
} as const satisfies RedFlagCheckerWords;
