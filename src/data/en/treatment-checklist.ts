/** English words of the treatment checklist (its facts and sources: ../checklist.ts). */

import type { ChecklistWords } from '../types.js';

export default {
  heading: 'Your back care plan',
  intro: 'Check off the things to do as you do them. Ask your clinic if you are not sure about any step.',
  sections: { 'to-do': 'Things to do', 'ask-about': 'Medicines and care to ask about' },
  items: {
    'stay-active': {
      title: 'Stay gently active',
      detail: 'Keep moving gently and rest only for short periods. Staying in bed for more than 1–2 days does not help.',
    },
    work: {
      title: 'Stay at work, or go back as soon as you can',
      detail:
        'The same goes for your usual day at home. Changes to your tasks or hours can help for a while. You do not need to wait until the pain is gone.',
    },
    'cold-pack': {
      title: 'Use a cold pack in the first 2–3 days',
      detail:
        'Wrap it in a thin towel and use it for 15–20 minutes every 2–3 hours. Never put ice directly on your skin or fall asleep with a pack on. If heat eases the spasm more, heat is fine instead.',
    },
    posture: {
      title: 'Change position often',
      detail: 'No single posture is perfect. When you sit or stand for a while, change position and move around often.',
    },
    mattress: {
      title: 'Sleep on a comfortable, medium-firm mattress',
      detail: 'A mattress and pillow that feel comfortable and are medium-firm rather than hard. You do not need to buy a new one.',
    },
    stress: {
      title: 'Look after your sleep and stress',
      detail:
        'Worry can make pain feel worse, and staying positive helps you recover. Sleep as well as you can and find ways to relax.',
    },
    heat: {
      title: 'Use heat after the first 2–3 days',
      detail:
        'A heating pad on low or a warm (not hot) bath for 15–20 minutes, 2–3 times a day, or a heat wrap worn as its package says. Do not fall asleep on a heating pad. Heat is still fine later on if it helps.',
    },
    'gentle-stretches': {
      title: 'Move gently, and add stretches once the worst pain has eased',
      detail:
        'Gentle movement, such as knee rolls, is fine from the first day if it is comfortable. Start other stretches once the worst pain has eased. Move slowly and never bounce. Stop if the pain gets worse, spreads down a leg, or new pain appears.',
    },
    strengthen: {
      title: 'Strengthen your stomach and back muscles once you are better',
      detail: 'Exercises make these muscles stronger, so that they support your body better and help stop the pain coming back.',
    },
    'anti-inflammatory': {
      title: 'Anti-inflammatory pain relievers (NSAIDs)',
      detail:
        'Such as ibuprofen or naproxen. Use the lowest dose for the shortest time. Take them with food, and never take two of them together.',
    },
    paracetamol: {
      title: 'Acetaminophen (paracetamol)',
      detail:
        'Often used, but not recommended on its own for low back pain. It can be taken with another pain reliever if a pharmacist agrees. Never take more than the package says for a day. Many cold and flu medicines also contain it: check the label.',
    },
    'muscle-relaxants': {
      title: 'Muscle relaxants',
      detail:
        'By prescription, for a short time only. They can make you drowsy: do not drive or drink alcohol while taking them. Older adults are more likely to fall. Some can be habit-forming.',
    },
    opioids: {
      title: 'Opioids such as codeine',
      detail:
        'Not routinely recommended for back pain: ask a doctor. They can make you drowsy and constipated, and they can be addictive.',
    },
    'see-doctor': {
      title: 'See a doctor if it has not started to ease after a week',
      detail: 'Book an appointment with a doctor or physical therapist.',
    },
    'physical-therapy': {
      title: 'Physical therapy',
      detail: 'An exercise program, sometimes with hands-on treatment alongside the exercise.',
    },
    'other-treatments': {
      title: 'Other care a clinician may discuss',
      detail: 'Massage or spinal manipulation alongside exercise, and psychological support for pain that lasts.',
    },
  },
  cautions: {
    medicines:
      'Ask a pharmacist or doctor first, especially if you are over 65, are pregnant, take blood thinners or other medicines, or have had stomach ulcers, kidney, liver or heart problems, high blood pressure or asthma.',
    skin: 'Never use heat or cold on skin that is numb. If you have diabetes or poor circulation, ask a doctor or pharmacist first.',
  },
  progress: '{done} of {total} done',
  clearAll: 'Clear all',
  print: 'Print',
  moreAbout: 'More about this',
  savedOnDevice: 'Your check marks are saved on this device only.',
  empty: 'There is nothing to show for these settings.',
  keepTicks: {
    label: 'Keep my check marks on this device',
    hint: 'Stored only in this browser. Nothing is sent anywhere.',
  },
} as const satisfies ChecklistWords;
