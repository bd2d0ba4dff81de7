/** Spanish words of the treatment checklist. */

import type { ChecklistWords } from '../types.js';

const medicineCaution =
  'Consulte primero con un farmacéutico o un médico, sobre todo si toma otros medicamentos, está embarazada, o tiene problemas del estómago, los riñones o el corazón, o asma.';

export default {
  items: [
    // ---- self-care
    {
      id: 'stay-active',
      group: 'self-care',
      title: 'Siga moviéndose con suavidad',
      detail: 'Muévase con suavidad y descanse solo por ratos cortos. Quedarse en cama más de 1 o 2 días no ayuda.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['S-NHS', 'S-NICE', 'S-AAFP', 'seed:003'],
    },
    {
      id: 'cold-pack',
      group: 'self-care',
      title: 'Use una compresa fría los primeros 2 o 3 días',
      detail:
        'Envuélvala en una toalla delgada y úsela de 15 a 20 minutos cada 2 a 3 horas. Nunca se ponga hielo directamente sobre la piel.',
      phases: ['acute'],
      sources: ['seed:001', 'seed:002', 'S-HW'],
    },
    {
      id: 'heat',
      group: 'self-care',
      title: 'Use calor después de los primeros 2 o 3 días',
      detail:
        'Un parche de calor, un baño tibio o una almohadilla eléctrica en temperatura baja, de 15 a 20 minutos, 2 o 3 veces al día. No se duerma sobre una almohadilla eléctrica.',
      phases: ['subacute'],
      sources: ['seed:001', 'seed:002', 'S-CC', 'S-HW', 'S-ACP'],
    },
    {
      id: 'posture',
      group: 'self-care',
      title: 'Cuide su postura',
      detail:
        'Una mala postura fuerza los músculos de la parte baja de la espalda. Mantenga la espalda bien apoyada al sentarse, al estar de pie y al levantar cosas.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:001', 'seed:003'],
    },
    {
      id: 'mattress',
      group: 'self-care',
      title: 'Duerma en un colchón firme que le dé buen soporte',
      detail: 'Un colchón firme sostiene la columna y les quita tensión a los músculos de la parte baja de la espalda.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:001'],
    },
    {
      id: 'water',
      group: 'self-care',
      title: 'Tome suficiente agua',
      detail: 'Si no toma suficiente agua, es más fácil que tenga calambres y espasmos musculares. Tome agua durante todo el día.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:003'],
    },
    {
      id: 'stress',
      group: 'self-care',
      title: 'Controle el estrés',
      detail: 'El estrés puede provocar espasmos musculares. Aprender a manejar el estrés es parte de la recuperación a largo plazo.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:002', 'seed:003'],
    },
    {
      id: 'gentle-stretches',
      group: 'self-care',
      title: 'Haga estiramientos suaves cuando el dolor disminuya',
      detail:
        'Muévase despacio y nunca haga rebotes. Deténgase si el dolor empeora, si le corre hacia abajo por una pierna o si aparece un dolor nuevo.',
      phases: ['subacute', 'recovery'],
      sources: ['seed:001', 'S-NHSINF', 'S-NHS-EX'],
    },
    {
      id: 'strengthen',
      group: 'self-care',
      title: 'Fortalezca el abdomen y la espalda cuando ya esté mejor',
      detail:
        'Unos músculos de la espalda más fuertes sostienen mejor la parte superior del cuerpo y ayudan a que los espasmos no vuelvan.',
      phases: ['recovery'],
      sources: ['seed:000', 'seed:001', 'seed:004'],
    },

    // ---- medicines
    {
      id: 'anti-inflammatory',
      group: 'medicines',
      title: 'Analgésicos antiinflamatorios',
      detail:
        'Los antiinflamatorios (AINE) como ibuprofeno o naproxeno pueden aliviar el dolor. Use la dosis más baja durante el menor tiempo posible.',
      caution: medicineCaution,
      phases: ['acute', 'subacute'],
      sources: ['seed:001', 'seed:002', 'S-NICE', 'S-ACP'],
    },
    {
      // The seed pages list it; NICE does not recommend it on its own for low back pain.
      id: 'paracetamol',
      group: 'medicines',
      title: 'Paracetamol (acetaminofén)',
      detail:
        'Solo, no se recomienda para el dolor de la parte baja de la espalda. Se puede tomar junto con otro analgésico si un farmacéutico está de acuerdo.',
      caution: medicineCaution,
      phases: ['acute', 'subacute'],
      sources: ['S-NICE', 'S-NHS', 'seed:002', 'seed:003'],
    },
    {
      id: 'muscle-relaxants',
      group: 'medicines',
      title: 'Relajantes musculares, si un médico se los receta',
      detail: 'Los relajantes musculares son medicamentos con receta para los espasmos fuertes. Pueden darle sueño.',
      caution: medicineCaution,
      phases: ['acute', 'subacute'],
      sources: ['seed:002', 'seed:003', 'S-ACP'],
    },

    // ---- professional care
    {
      id: 'see-doctor',
      group: 'professional',
      title: 'Vaya al médico si no mejora en una semana',
      detail:
        'Si el dolor dura más de unos días o una semana, un médico debe revisarlo para asegurarse de que no lo causa algo más grave.',
      phases: ['acute', 'subacute', 'recovery'],
      sources: ['seed:000'],
    },
    {
      id: 'physical-therapy',
      group: 'professional',
      title: 'Terapia física',
      detail:
        'Un fisioterapeuta puede usar terapia manual, estimulación eléctrica y ejercicios específicos para su espalda.',
      phases: ['subacute', 'recovery'],
      sources: ['seed:004', 'seed:002'],
    },
    {
      id: 'other-treatments',
      group: 'professional',
      title: 'Otros tratamientos que puede consultar',
      detail:
        'Un profesional de la salud puede hablarle de masajes, acupuntura o manipulación de la columna. Las inyecciones o la cirugía solo se consideran cuando otros tratamientos no han funcionado.',
      phases: ['recovery'],
      sources: ['S-ACP', 'seed:003', 'seed:002'],
    },
  ],
  medicineCaution,
  heading: 'Su plan de cuidado de la espalda',
  intro: 'Marque lo que ya hizo. Si tiene dudas sobre algún paso, pregunte en su clínica.',
  groups: { 'self-care': 'Cuidados en casa', medicines: 'Medicamentos', professional: 'Atención profesional' },
  progress: '{done} de {total} hechos',
  clearAll: 'Desmarcar todo',
  print: 'Imprimir',
  moreAbout: 'Más información',
  preparedBy: 'De parte de {clinic}',
  savedOnDevice: 'Sus marcas se guardan solo en este dispositivo.',
  empty: 'No hay nada que mostrar con esta configuración.',
} as const satisfies ChecklistWords;
