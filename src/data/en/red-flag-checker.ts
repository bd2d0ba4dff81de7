/** English words of the red-flag checker. */

import type { RedFlagCheckerWords } from '../types.js';

export default {
  questions: [
    // ---- emergency
    {
      id: 'saddle-numbness',
      tier: 'emergency',
      text: 'Do you have numbness or tingling around your genitals, buttocks or inner thighs?',
      hint: 'The area that would touch a saddle when riding a bike.',
      reason: 'numbness or tingling around the genitals, buttocks or inner thighs',
      sources: ['S-NHS', 'S-CKS', 'S-AAFP'],
    },
    {
      id: 'bladder-bowel',
      tier: 'emergency',
      text: 'Do you have new difficulty peeing, or have you lost control of your bladder or bowels?',
      reason: 'new difficulty peeing, or loss of bladder or bowel control',
      sources: ['S-NHS', 'S-CKS', 'S-AAFP', 'S-MAYO-WHEN'],
    },
    {
      id: 'both-legs',
      tier: 'emergency',
      text: 'Do you have numbness, tingling, weakness or pain in both legs?',
      reason: 'numbness, tingling, weakness or pain in both legs',
      sources: ['S-NHS'],
    },
    {
      // Not on the NHS.UK list; emergency by the cautious rule (clinical reference, section 1).
      id: 'sexual-function',
      tier: 'emergency',
      text: 'Since the back pain started, have you noticed a change in sexual function?',
      hint: 'For example, problems getting an erection or ejaculating, or less feeling in the genitals.',
      reason: 'a new change in sexual function',
      sources: ['S-BASS'],
    },
    {
      id: 'worsening-weakness',
      tier: 'emergency',
      text: 'Is weakness in your leg getting worse, or have you started to find it hard to walk?',
      reason: 'leg weakness that is getting worse, or new difficulty walking',
      sources: ['S-CKS', 'S-AAFP', 'S-MAYO-WHEN'],
    },
    {
      id: 'serious-accident',
      tier: 'emergency',
      text: 'Did the pain start after a serious accident, such as a car crash or a bad fall?',
      reason: 'the pain started after a serious accident',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },
    {
      id: 'chest-pain',
      tier: 'emergency',
      text: 'Do you have chest pain as well as the back pain?',
      reason: 'chest pain with the back pain',
      sources: ['S-NHS'],
    },

    // ---- urgent
    {
      // S-NHS: urgent; S-MAYO-WHEN: fever for more than 48 hours means go now. Urgent is the floor.
      id: 'fever',
      tier: 'urgent',
      text: 'Do you have a high temperature, a fever or chills?',
      reason: 'a high temperature, fever or chills',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },
    {
      id: 'weight-loss',
      tier: 'urgent',
      text: 'Have you lost weight without trying?',
      reason: 'weight loss without trying',
      sources: ['S-NHS', 'S-CKS', 'S-MAYO-WHEN'],
    },
    {
      id: 'cancer-history',
      tier: 'urgent',
      text: 'Have you ever had cancer?',
      reason: 'a history of cancer',
      sources: ['S-CKS', 'S-MAYO-WHEN'],
    },
    {
      id: 'night-pain',
      tier: 'urgent',
      text: 'Is the pain worse at night, or not eased by resting or lying down?',
      reason: 'pain that is worse at night or not eased by rest',
      sources: ['S-NHS', 'S-CKS'],
    },
    {
      id: 'lump-or-shape',
      tier: 'urgent',
      text: 'Do you have a lump or swelling on your back, or has the shape of your back changed?',
      reason: 'a lump, swelling or change in the shape of the back',
      sources: ['S-NHS', 'S-CKS'],
    },
    {
      // S-MAYO-WHEN treats throbbing in the belly as "go now"; S-NHS as urgent. Urgent is the floor.
      id: 'belly-or-cough',
      tier: 'urgent',
      text: 'Do you have pain or throbbing in your belly, pain between your shoulder blades, or pain that gets worse when you cough, sneeze or go to the toilet?',
      reason: 'pain in the belly or between the shoulder blades, or pain worse on coughing, sneezing or going to the toilet',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },
    {
      id: 'fragile-bones',
      tier: 'urgent',
      text: 'Did the pain start after a minor fall or strain, and do you have weak bones (osteoporosis) or take steroid tablets long-term?',
      reason: 'a minor fall or strain with weak bones or long-term steroid tablets',
      sources: ['S-CKS', 'S-MAYO-WHEN'],
    },
    {
      id: 'weak-immunity',
      tier: 'urgent',
      text: 'Is your immune system weakened, or do you inject drugs?',
      hint: 'For example, from chemotherapy, long-term steroids or HIV.',
      reason: 'a weakened immune system or injecting drugs',
      sources: ['S-CKS', 'S-AAFP'],
    },
    {
      // S-MAYO-WHEN says go now; S-NHS keeps the emergency number for both legs. Urgent here.
      id: 'one-leg',
      tier: 'urgent',
      text: 'Do you have numbness, tingling or weakness in one leg?',
      reason: 'numbness, tingling or weakness in one leg',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },

    // ---- soon
    {
      // Sources range from a few days (seed:000) to 4 weeks (S-MAYO-WHEN); the widget uses 7 days.
      id: 'lasting-week',
      tier: 'soon',
      text: 'Has the pain lasted more than a week without getting better with self-care?',
      reason: 'pain lasting more than a week without getting better',
      sources: ['seed:000', 'S-CSP', 'S-CC', 'S-NHSINF', 'S-MAYO-WHEN'],
    },
    {
      id: 'shooting-leg',
      tier: 'soon',
      text: 'Does pain shoot down a leg, especially below the knee?',
      reason: 'pain shooting down a leg',
      sources: ['seed:001', 'seed:000'],
    },
    {
      id: 'arm-leg-tingling',
      tier: 'soon',
      text: 'Do you have numbness or tingling in your arms or legs?',
      reason: 'numbness or tingling in the arms or legs',
      sources: ['seed:000'],
    },
    {
      id: 'severe-or-coping',
      tier: 'soon',
      text: 'Is the pain severe or getting worse, does it stop you doing your normal daily activities, or are you struggling to cope?',
      reason: 'severe or worsening pain, or pain that stops daily activities',
      sources: ['S-NHS'],
    },
    {
      // S-CKS uses 50; some guidelines use 55. The lower age is the cautious reading.
      id: 'age-first-episode',
      tier: 'soon',
      text: 'Is this the first time you have had back pain, and are you over 50 or under 20?',
      reason: 'first back pain over age 50 or under 20',
      sources: ['S-CKS'],
    },
    {
      id: 'possible-fracture',
      tier: 'soon',
      text: 'Do you think you may have hurt a bone in your spine?',
      hint: 'For example, after a knock or a fall that was not serious.',
      reason: 'a possible injury to a bone in the spine',
      sources: ['seed:002'],
    },
  ],
  heading: 'Do you need to get help for your back pain?',
  intro: 'Answer each question about how you feel now. If you are not sure, choose “Not sure”.',
  privacy: 'Your answers stay on this device and are not saved or sent.',
  groups: {
    emergency: 'Signs that need help now',
    urgent: 'Signs that need advice today',
    soon: 'Signs to get checked soon',
  },
  answers: { yes: 'Yes', no: 'No', notSure: 'Not sure' },
  seeResult: 'See my result',
  startAgain: 'Start again',
  errorSummaryTitle: 'There is a problem',
  errorSummaryItem: 'Answer: {question}',
  unanswered: 'Choose an answer',
  becauseYouSaid: 'Because you said:',
  callEmergency: 'Call {number}',
  callClinic: 'Call {clinic}: {phone}',
  visitClinic: 'Visit the website of {clinic}',
  yourClinic: 'your clinic',
  continueBelow: 'Do not wait to finish the questions.',
  outcomes: {
    emergency: {
      prefix: 'Immediate action required:',
      heading: 'Call {number} now or go to the emergency department',
      body: 'You have a sign that needs to be checked straight away.',
      actions: ['Call {number} now, or go to the nearest emergency department.'],
      sources: ['S-NHS', 'S-CKS', 'S-NHS-CARE'],
    },
    urgent: {
      prefix: 'Urgent advice:',
      heading: 'Get medical advice today',
      body: 'You have a sign that a doctor or nurse should check today.',
      actions: [
        'Call your clinic, a doctor, or an urgent care or nurse line today.',
        'If you get any of the signs that need help now, call {number}.',
      ],
      sources: ['S-NHS', 'S-CKS', 'S-MAYO-WHEN', 'S-NHS-CARE'],
    },
    soon: {
      prefix: 'Non-urgent advice:',
      heading: 'Book an appointment with a doctor or physical therapist',
      body: 'Your back should be checked, but it is not an emergency.',
      actions: [
        'Book an appointment with a doctor or physical therapist.',
        'Keep gently active and follow the self-care advice while you wait.',
        'If you get any of the signs that need help now or today, get help sooner.',
      ],
      sources: ['seed:000', 'S-NHS', 'S-CKS', 'S-NHS-CARE'],
    },
    'self-care': {
      prefix: '',
      heading: 'You can look after your back at home',
      body: 'None of your answers point to a serious problem. Back pain usually starts to ease within 2 weeks.',
      actions: [
        'Keep moving gently. Rest for short periods only.',
        'Use a cold pack in the first 2–3 days, then heat.',
        'Try gentle stretches once the worst pain has eased.',
        'Book an appointment if it is not getting better after a week, or if you get any of the signs in these questions.',
      ],
      sources: ['S-NHS', 'S-NHS-EX', 'S-NICE', 'seed:000', 'seed:001'],
    },
  },
} as const satisfies RedFlagCheckerWords;
