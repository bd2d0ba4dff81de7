/** English words of the treatment checklist. */

import type { ChecklistWords } from '../types.js';

const medicineCaution =
  'Ask a pharmacist or doctor first, especially if you take other medicines, are pregnant, or have stomach, kidney or heart problems or asthma.';

export default {
  items: [
    // ---- self-care
    {
      id: 'stay-active',
      group: 'self-care',
      title: 'Stay gently active',
      detail: 'Keep moving gently and rest only for short periods. Staying in bed for more than 1–2 days does not help.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['S-NHS', 'S-NICE', 'S-AAFP', 'seed:003'],
    },
    {
      id: 'cold-pack',
      group: 'self-care',
      title: 'Use a cold pack in the first 2–3 days',
      detail: 'Wrap it in a thin towel and use it for 15–20 minutes every 2–3 hours. Never put ice directly on your skin.',
      phases: ['acute'],
      sources: ['seed:001', 'seed:002', 'S-HW'],
    },
    {
      id: 'heat',
      group: 'self-care',
      title: 'Use heat after the first 2–3 days',
      detail:
        'A heat wrap, a warm bath or a heating pad on low, for 15–20 minutes, 2–3 times a day. Do not fall asleep on a heating pad.',
      phases: ['subacute'],
      sources: ['seed:001', 'seed:002', 'S-CC', 'S-HW', 'S-ACP'],
    },
    {
      id: 'posture',
      group: 'self-care',
      title: 'Mind your posture',
      detail: 'Poor posture strains the lower back muscles. Keep your back supported when sitting, standing and lifting.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:001', 'seed:003'],
    },
    {
      id: 'mattress',
      group: 'self-care',
      title: 'Sleep on a firm, supportive mattress',
      detail: 'A firm mattress supports your spine and takes strain off the lower back muscles.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:001'],
    },
    {
      id: 'water',
      group: 'self-care',
      title: 'Drink enough water',
      detail: 'Not drinking enough can make muscle cramps and spasms more likely. Drink water through the day.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:003'],
    },
    {
      id: 'stress',
      group: 'self-care',
      title: 'Manage stress',
      detail: 'Stress can bring on muscle spasms. Ways to manage stress are part of long-term recovery.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:002', 'seed:003'],
    },
    {
      id: 'gentle-stretches',
      group: 'self-care',
      title: 'Do gentle stretches once the pain eases',
      detail: 'Move slowly and never bounce. Stop if the pain gets worse, spreads down a leg, or new pain appears.',
      phases: ['subacute', 'recovery'],
      sources: ['seed:001', 'S-NHSINF', 'S-NHS-EX'],
    },
    {
      id: 'strengthen',
      group: 'self-care',
      title: 'Strengthen your core and back once you are better',
      detail: 'Stronger back muscles support your upper body better and help stop spasms coming back.',
      phases: ['recovery'],
      sources: ['seed:000', 'seed:001', 'seed:004'],
    },

    // ---- medicines
    {
      id: 'anti-inflammatory',
      group: 'medicines',
      title: 'Anti-inflammatory pain relievers',
      detail:
        'Anti-inflammatory medicines (NSAIDs) such as ibuprofen or naproxen can ease pain. Use the lowest dose for the shortest time.',
      caution: medicineCaution,
      phases: ['acute', 'subacute'],
      sources: ['seed:001', 'seed:002', 'S-NICE', 'S-ACP'],
    },
    {
      // The seed pages list it; NICE does not recommend it on its own for low back pain.
      id: 'paracetamol',
      group: 'medicines',
      title: 'Paracetamol (acetaminophen)',
      detail:
        'On its own, it is not recommended for low back pain. It can be taken alongside another pain reliever if a pharmacist agrees.',
      caution: medicineCaution,
      phases: ['acute', 'subacute'],
      sources: ['S-NICE', 'S-NHS', 'seed:002', 'seed:003'],
    },
    {
      id: 'muscle-relaxants',
      group: 'medicines',
      title: 'Muscle relaxants, if a doctor prescribes them',
      detail: 'Muscle relaxants are prescription medicines for severe spasms. They can make you drowsy.',
      caution: medicineCaution,
      phases: ['acute', 'subacute'],
      sources: ['seed:002', 'seed:003', 'S-ACP'],
    },

    // ---- professional care
    {
      id: 'see-doctor',
      group: 'professional',
      title: 'See a doctor if it is no better within a week',
      detail: 'Pain that lasts more than a few days to a week should be checked, to make sure nothing more serious is causing it.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:000'],
    },
    {
      id: 'physical-therapy',
      group: 'professional',
      title: 'Physical therapy',
      detail: 'A physical therapist can use hands-on therapy, electrical stimulation and exercises targeted to your back.',
      phases: ['subacute', 'recovery'],
      sources: ['seed:004', 'seed:002'],
    },
    {
      id: 'other-treatments',
      group: 'professional',
      title: 'Other treatments to ask about',
      detail:
        'A clinician may discuss massage, acupuncture or spinal manipulation. Injections or surgery are considered only when other care has not worked.',
      phases: ['recovery'],
      sources: ['S-ACP', 'seed:003', 'seed:002'],
    },
  ],
  medicineCaution,
  heading: 'Your back care plan',
  intro: 'Tick off what you have done. Ask your clinic if you are not sure about any step.',
  groups: { 'self-care': 'Self-care', medicines: 'Medicines', professional: 'Professional care' },
  progress: '{done} of {total} done',
  clearAll: 'Clear all',
  print: 'Print',
  moreAbout: 'More about this',
  preparedBy: 'From {clinic}',
  savedOnDevice: 'Your ticks are saved on this device only.',
  empty: 'There is nothing to show for these settings.',
} as const satisfies ChecklistWords;
