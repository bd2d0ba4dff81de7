/**
 * Spanish content (translated from en.ts, for Spanish-speaking patients in the US).
 * Every clinical item names the sources it rests on; where sources disagree, the
 * more cautious reading is used and a comment says so.
 */

import type { Content } from './types.js';

const medicineCaution =
  'Consulte primero con un farmacéutico o un médico, sobre todo si toma otros medicamentos, está embarazada, o tiene problemas del estómago, los riñones o el corazón, o asma.';

export const es = {
  locale: 'es',
  // The first clinics are in the US; a clinic overrides it with `emergency-number`.
  emergencyNumber: '911',

  redFlags: [
    // ---- emergency
    {
      id: 'saddle-numbness',
      tier: 'emergency',
      text: '¿Siente adormecimiento u hormigueo alrededor de los genitales, las nalgas o la parte interna de los muslos?',
      hint: 'Es la zona que tocaría el asiento de una bicicleta al montarla.',
      reason: 'adormecimiento u hormigueo alrededor de los genitales, las nalgas o la parte interna de los muslos',
      sources: ['S-NHS', 'S-CKS', 'S-AAFP'],
    },
    {
      id: 'bladder-bowel',
      tier: 'emergency',
      text: '¿Le cuesta orinar desde hace poco, o ha perdido el control de la vejiga (la orina) o de los intestinos (las heces)?',
      reason: 'dificultad nueva para orinar, o pérdida del control de la vejiga o de los intestinos',
      sources: ['S-NHS', 'S-CKS', 'S-AAFP', 'S-MAYO-WHEN'],
    },
    {
      id: 'both-legs',
      tier: 'emergency',
      text: '¿Tiene adormecimiento, hormigueo, debilidad o dolor en las dos piernas?',
      reason: 'adormecimiento, hormigueo, debilidad o dolor en las dos piernas',
      sources: ['S-NHS'],
    },
    {
      // Not on the NHS.UK list; emergency by the cautious rule (clinical reference, section 1).
      id: 'sexual-function',
      tier: 'emergency',
      text: 'Desde que empezó el dolor de espalda, ¿ha notado algún cambio en su función sexual?',
      hint: 'Por ejemplo, problemas para tener una erección o para eyacular, o menos sensibilidad en los genitales.',
      reason: 'un cambio nuevo en la función sexual',
      sources: ['S-BASS'],
    },
    {
      id: 'worsening-weakness',
      tier: 'emergency',
      text: '¿La debilidad en la pierna está empeorando, o le ha empezado a costar caminar?',
      reason: 'debilidad en la pierna que está empeorando, o dificultad nueva para caminar',
      sources: ['S-CKS', 'S-AAFP', 'S-MAYO-WHEN'],
    },
    {
      id: 'serious-accident',
      tier: 'emergency',
      text: '¿El dolor empezó después de un accidente grave, como un choque de auto o una caída fuerte?',
      reason: 'el dolor empezó después de un accidente grave',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },
    {
      id: 'chest-pain',
      tier: 'emergency',
      text: '¿Tiene dolor en el pecho además del dolor de espalda?',
      reason: 'dolor en el pecho junto con el dolor de espalda',
      sources: ['S-NHS'],
    },

    // ---- urgent
    {
      // S-NHS: urgent; S-MAYO-WHEN: fever for more than 48 hours means go now. Urgent is the floor.
      id: 'fever',
      tier: 'urgent',
      text: '¿Tiene la temperatura alta, fiebre o escalofríos?',
      reason: 'temperatura alta, fiebre o escalofríos',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },
    {
      id: 'weight-loss',
      tier: 'urgent',
      text: '¿Ha bajado de peso sin proponérselo?',
      reason: 'pérdida de peso sin proponérselo',
      sources: ['S-NHS', 'S-CKS', 'S-MAYO-WHEN'],
    },
    {
      id: 'cancer-history',
      tier: 'urgent',
      text: '¿Ha tenido cáncer alguna vez?',
      reason: 'haber tenido cáncer',
      sources: ['S-CKS', 'S-MAYO-WHEN'],
    },
    {
      id: 'night-pain',
      tier: 'urgent',
      text: '¿El dolor empeora por la noche, o no se alivia al descansar o al acostarse?',
      reason: 'dolor que empeora por la noche o que no se alivia con el descanso',
      sources: ['S-NHS', 'S-CKS'],
    },
    {
      id: 'lump-or-shape',
      tier: 'urgent',
      text: '¿Tiene un bulto o una hinchazón en la espalda, o ha cambiado la forma de su espalda?',
      reason: 'un bulto, una hinchazón o un cambio en la forma de la espalda',
      sources: ['S-NHS', 'S-CKS'],
    },
    {
      // S-MAYO-WHEN treats throbbing in the belly as "go now"; S-NHS as urgent. Urgent is the floor.
      id: 'belly-or-cough',
      tier: 'urgent',
      text: '¿Tiene dolor o una sensación de latido en el abdomen (la barriga), dolor entre los omóplatos, o dolor que empeora al toser, al estornudar o al ir al baño?',
      reason: 'dolor en el abdomen o entre los omóplatos, o dolor que empeora al toser, al estornudar o al ir al baño',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },
    {
      id: 'fragile-bones',
      tier: 'urgent',
      text: '¿El dolor empezó después de una caída o un esfuerzo leve, y tiene los huesos débiles (osteoporosis) o toma pastillas de esteroides desde hace mucho tiempo?',
      reason: 'una caída o un esfuerzo leve, con huesos débiles o con pastillas de esteroides por mucho tiempo',
      sources: ['S-CKS', 'S-MAYO-WHEN'],
    },
    {
      id: 'weak-immunity',
      tier: 'urgent',
      text: '¿Tiene el sistema inmunitario debilitado (defensas bajas), o se inyecta drogas?',
      hint: 'Por ejemplo, por quimioterapia, por tomar esteroides durante mucho tiempo o por el VIH.',
      reason: 'el sistema inmunitario debilitado, o inyectarse drogas',
      sources: ['S-CKS', 'S-AAFP'],
    },
    {
      // S-MAYO-WHEN says go now; S-NHS keeps the emergency number for both legs. Urgent here.
      id: 'one-leg',
      tier: 'urgent',
      text: '¿Tiene adormecimiento, hormigueo o debilidad en una pierna?',
      reason: 'adormecimiento, hormigueo o debilidad en una pierna',
      sources: ['S-NHS', 'S-MAYO-WHEN'],
    },

    // ---- soon
    {
      // Sources range from a few days (seed:000) to 4 weeks (S-MAYO-WHEN); the widget uses 7 days.
      id: 'lasting-week',
      tier: 'soon',
      text: '¿El dolor ha durado más de una semana sin mejorar con los cuidados en casa?',
      reason: 'dolor que dura más de una semana sin mejorar',
      sources: ['seed:000', 'S-CSP', 'S-CC', 'S-NHSINF', 'S-MAYO-WHEN'],
    },
    {
      id: 'shooting-leg',
      tier: 'soon',
      text: '¿Siente un dolor que le corre hacia abajo por una pierna, sobre todo por debajo de la rodilla?',
      reason: 'dolor que corre hacia abajo por una pierna',
      sources: ['seed:001', 'seed:000'],
    },
    {
      id: 'arm-leg-tingling',
      tier: 'soon',
      text: '¿Tiene adormecimiento u hormigueo en los brazos o en las piernas?',
      reason: 'adormecimiento u hormigueo en los brazos o en las piernas',
      sources: ['seed:000'],
    },
    {
      id: 'severe-or-coping',
      tier: 'soon',
      text: '¿El dolor es fuerte o está empeorando, le impide hacer sus actividades diarias normales, o le está costando sobrellevarlo?',
      reason: 'dolor fuerte o que empeora, o dolor que le impide hacer sus actividades diarias',
      sources: ['S-NHS'],
    },
    {
      // S-CKS uses 50; some guidelines use 55. The lower age is the cautious reading.
      id: 'age-first-episode',
      tier: 'soon',
      text: '¿Es la primera vez que tiene dolor de espalda, y tiene más de 50 años o menos de 20?',
      reason: 'primer dolor de espalda con más de 50 años o menos de 20',
      sources: ['S-CKS'],
    },
    {
      id: 'possible-fracture',
      tier: 'soon',
      text: '¿Cree que se pudo haber lastimado un hueso de la columna?',
      hint: 'Por ejemplo, después de un golpe o de una caída que no fue grave.',
      reason: 'una posible lesión en un hueso de la columna',
      sources: ['seed:002'],
    },
  ],

  phases: [
    {
      id: 'acute',
      name: 'Primeros días: frío',
      fromDay: 0,
      toDay: 2,
      dayLabel: 'Días 0–2 (las primeras 48–72 horas)',
      therapy: 'cold',
      sessionMinutes: 15,
      frequency: 'Cada 2 a 3 horas',
      summary: 'Primero frío, para aliviar el dolor. Siga moviéndose con suavidad.',
      do: [
        {
          text: 'Póngase una compresa fría envuelta en una toalla delgada sobre la zona adolorida, de 15 a 20 minutos.',
          sources: ['seed:001', 'seed:002', 'S-HW'],
        },
        { text: 'Siga moviéndose con suavidad. Descanse solo por ratos cortos.', sources: ['S-NHS', 'S-NICE', 'seed:003'] },
      ],
      avoid: [
        { text: 'Quedarse en cama más de 1 o 2 días.', sources: ['S-NHS', 'S-AAFP', 'S-CC'] },
        { text: 'Ponerse hielo directamente sobre la piel.', sources: ['S-HW'] },
        { text: 'Dormirse con la compresa fría puesta.', sources: ['S-HW'] },
      ],
      sources: ['seed:001', 'seed:002', 'S-HW', 'S-NHS', 'S-NICE'],
    },
    {
      // Heat has the better evidence (S-COCH, S-ACP); cold first is the seed pages' and S-HW's practice.
      id: 'subacute',
      name: 'Después: calor',
      fromDay: 3,
      toDay: 14,
      dayLabel: 'Días 3–14',
      therapy: 'heat',
      sessionMinutes: 15,
      frequency: '2 o 3 veces al día',
      summary: 'Calor para relajar los músculos tensos, estiramientos suaves y volver poco a poco a sus actividades normales.',
      do: [
        {
          text: 'Use calor de 15 a 20 minutos: un parche de calor, un baño tibio o una almohadilla eléctrica en temperatura baja.',
          sources: ['seed:001', 'seed:002', 'S-CC', 'S-ACP', 'S-COCH'],
        },
        { text: 'Empiece con estiramientos suaves cuando el dolor se lo permita.', sources: ['seed:001'] },
        { text: 'Vuelva poco a poco a sus actividades normales.', sources: ['S-NICE'] },
        { text: 'Si el frío le ayuda más, o le ayuda alternar frío y calor, también está bien.', sources: ['seed:003', 'S-CC'] },
      ],
      avoid: [
        { text: 'Dormirse sobre una almohadilla eléctrica.', sources: ['S-HW'] },
        { text: 'Forzar un estiramiento hasta sentir un dolor agudo.', sources: ['S-NHSINF'] },
      ],
      sources: ['seed:001', 'seed:002', 'S-CC', 'S-ACP', 'S-COCH', 'S-NICE'],
    },
    {
      id: 'recovery',
      name: 'Recuperación: gane fuerza',
      fromDay: 15,
      toDay: null,
      dayLabel: 'Del día 15 en adelante',
      therapy: 'exercise',
      frequency: 'Con regularidad, durante 6 a 8 semanas',
      summary: 'Fortalezca los músculos del abdomen y de la espalda para que lo sostengan mejor.',
      do: [
        {
          text: 'Haga ejercicios de fortalecimiento y ejercicios para los músculos del abdomen y la cintura (core).',
          sources: ['seed:000', 'seed:002', 'seed:004'],
        },
        { text: 'Cuide su postura al sentarse, al estar de pie y al levantar cosas.', sources: ['seed:001', 'seed:003'] },
        {
          text: 'Vaya a un fisioterapeuta si su espalda no ha vuelto a la normalidad.',
          sources: ['seed:000', 'seed:002', 'seed:004'],
        },
      ],
      avoid: [
        {
          text: 'Dejar los ejercicios en cuanto se le quite el dolor: siga haciéndolos durante 6 a 8 semanas.',
          sources: ['S-CSP'],
        },
      ],
      sources: ['seed:000', 'seed:002', 'seed:004', 'S-CSP'],
    },
  ],

  checklist: [
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

  stretchRules: [
    { text: 'Empiece solo cuando ya haya pasado lo peor del dolor.', sources: ['seed:001'] },
    { text: 'Muévase despacio y nunca haga rebotes.', sources: ['S-NHSINF', 'S-NHS-EX'] },
    {
      text: 'Deténgase si el dolor empeora, si le corre hacia abajo por una pierna o si aparece un dolor nuevo.',
      sources: ['S-NHSINF', 'S-NHS-EX'],
    },
    { text: 'Empiece con unas 5 repeticiones y vaya aumentando poco a poco.', sources: ['S-NHSINF'] },
  ],

  stretches: [
    {
      // Hold times differ: seed:001 10–15 s, S-MAYO-EX and S-CSP 5 s, S-MAYO-STR about 30 s.
      id: 'knee-to-chest',
      name: 'Rodilla al pecho',
      startPosition: 'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados en el piso.',
      steps: [
        'Sujete una rodilla con las dos manos.',
        'Llévela suavemente hacia el pecho.',
        'Mantenga la posición.',
        'Bájela despacio.',
        'Haga lo mismo con la otra rodilla.',
      ],
      holdSeconds: { default: 10, min: 5, max: 30 },
      reps: { default: 3, min: 1, max: 10 },
      perSide: true,
      cautions: ['No haga este estiramiento si tiene osteoporosis (huesos débiles).'],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas, que luego lleva una rodilla hacia el pecho con las dos manos.',
      sources: ['seed:001', 'S-MAYO-EX', 'S-MAYO-STR', 'S-CSP'],
    },
    {
      id: 'knee-rolls',
      name: 'Rotación de la parte baja de la espalda (giro de rodillas)',
      startPosition: 'Acuéstese boca arriba, con las rodillas dobladas y juntas.',
      steps: [
        'Mantenga los hombros apoyados en el piso.',
        'Gire despacio las dos rodillas hacia un lado.',
        'Mantenga la posición.',
        'Vuelva a llevar las rodillas al centro.',
        'Gírelas hacia el otro lado.',
      ],
      holdSeconds: { default: 5, min: 2, max: 10 },
      reps: { default: 5, min: 1, max: 10 },
      perSide: true,
      cautions: ['Llegue solo hasta donde le resulte cómodo.'],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas, que luego gira las dos rodillas hacia un lado mientras los hombros se quedan en el piso.',
      sources: ['S-MAYO-EX', 'S-NHS-EX', 'S-CSP', 'S-NHSINF'],
    },
    {
      id: 'pelvic-tilt',
      name: 'Inclinación de la pelvis',
      startPosition:
        'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados en el piso, separados al ancho de las caderas.',
      steps: [
        'Apriete los músculos del abdomen.',
        'Pegue la parte baja de la espalda al piso.',
        'Mantenga la posición.',
        'Relájese.',
      ],
      holdSeconds: { default: 5, min: 3, max: 10 },
      reps: { default: 5, min: 1, max: 10 },
      perSide: false,
      cautions: ['Mantenga el cuello y los hombros relajados.'],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas, que primero arquea la parte baja de la espalda y luego la pega al piso.',
      sources: ['S-NHS-EX', 'S-CSP', 'S-MAYO-EX'],
    },
    {
      id: 'bottom-to-heels',
      name: 'Glúteos hacia los talones',
      startPosition: 'Póngase a gatas, con las manos y las rodillas en el piso.',
      steps: [
        'Lleve despacio los glúteos hacia atrás, hacia los talones.',
        'Mantenga la posición durante una respiración profunda.',
        'Vuelva a la posición inicial.',
      ],
      holdSeconds: { default: 5, min: 3, max: 10 },
      holdNote: 'más o menos una respiración profunda',
      reps: { default: 8, min: 1, max: 10 },
      perSide: false,
      cautions: ['Si tiene algún problema en la rodilla, no se siente del todo hacia atrás.'],
      illustrationAlt:
        'Una persona a gatas, que luego se sienta hacia atrás con los glúteos hacia los talones y los brazos estirados hacia adelante.',
      sources: ['S-NHS-EX'],
    },
    {
      id: 'cat-stretch',
      name: 'Estiramiento del gato',
      startPosition: 'Póngase a gatas, con las manos y las rodillas en el piso.',
      steps: [
        'Redondee la espalda hacia arriba, hacia el techo.',
        'Mantenga la posición.',
        'Deje que la espalda baje suavemente hacia el piso.',
        'Repita.',
      ],
      holdSeconds: { default: 5, min: 3, max: 10 },
      reps: { default: 10, min: 1, max: 10 },
      perSide: false,
      cautions: ['Haga movimientos pequeños mientras el dolor sea fuerte.'],
      illustrationAlt:
        'Una persona a gatas, primero con la espalda redondeada hacia arriba y luego con la espalda bajando suavemente.',
      sources: ['S-AAOS', 'S-MAYO-EX'],
    },
    {
      id: 'bridge',
      name: 'Puente',
      startPosition: 'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados en el piso.',
      steps: [
        'Apriete los músculos del abdomen y de los glúteos.',
        'Levante las caderas hasta que las rodillas, las caderas y los hombros queden en línea recta.',
        'Mantenga la posición durante tres respiraciones profundas.',
        'Baje las caderas despacio.',
      ],
      holdSeconds: { default: 10, min: 5, max: 15 },
      holdNote: 'más o menos tres respiraciones profundas',
      reps: { default: 5, min: 1, max: 10 },
      perSide: false,
      cautions: ['Deténgase si siente un pellizco o un pinchazo.'],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas, que luego levanta las caderas hasta que las rodillas, las caderas y los hombros forman una línea recta.',
      sources: ['S-MAYO-EX'],
    },
    {
      id: 'back-extension',
      name: 'Extensión de espalda (boca abajo)',
      startPosition: 'Acuéstese boca abajo, apoyándose en los antebrazos, con los codos pegados a los costados.',
      steps: [
        'Mantenga las caderas en el piso.',
        'Empuje suavemente hacia arriba para arquear la espalda.',
        'Mantenga la posición.',
        'Baje despacio.',
      ],
      holdSeconds: { default: 5, min: 5, max: 10 },
      reps: { default: 8, min: 1, max: 10 },
      perSide: false,
      cautions: ['No eche la cabeza hacia atrás.'],
      illustrationAlt:
        'Una persona acostada boca abajo sobre los antebrazos, que luego empuja suavemente hacia arriba para arquear la espalda mientras las caderas se quedan en el piso.',
      sources: ['S-NHS-EX'],
    },
  ],

  medicineCaution,

  ui: {
    common: {
      notDiagnosis: 'Esto no es un diagnóstico. Si algo le preocupa, comuníquese con un profesional de la salud.',
      sourcesHeading: 'Fuentes',
      sourcesLabel: 'Fuentes: {list}',
    },

    redFlag: {
      heading: '¿Necesita buscar ayuda por su dolor de espalda?',
      intro: 'Responda cada pregunta según cómo se siente ahora. Si tiene dudas, elija “No estoy seguro”.',
      privacy: 'Sus respuestas se quedan en este dispositivo. No se guardan ni se envían.',
      groups: {
        emergency: 'Señales de que necesita ayuda ahora',
        urgent: 'Señales de que necesita consejo médico hoy',
        soon: 'Señales de que debe hacerse revisar pronto',
      },
      answers: { yes: 'Sí', no: 'No', notSure: 'No estoy seguro' },
      seeResult: 'Ver mi resultado',
      startAgain: 'Empezar de nuevo',
      errorSummaryTitle: 'Hay un problema',
      errorSummaryItem: 'Responda: {question}',
      unanswered: 'Elija una respuesta',
      becauseYouSaid: 'Porque usted indicó:',
      callEmergency: 'Llame al {number}',
      callClinic: 'Llame a {clinic}: {phone}',
      visitClinic: 'Visite el sitio web de {clinic}',
      yourClinic: 'su clínica',
      continueBelow: 'No espere a terminar las preguntas.',
      outcomes: {
        emergency: {
          prefix: 'Requiere acción inmediata:',
          heading: 'Llame al {number} ahora o vaya a la sala de emergencias',
          body: 'Tiene una señal que se debe revisar de inmediato.',
          actions: ['Llame al {number} ahora o vaya a la sala de emergencias más cercana.'],
          sources: ['S-NHS', 'S-CKS', 'S-NHS-CARE'],
        },
        urgent: {
          prefix: 'Consejo urgente:',
          heading: 'Busque consejo médico hoy',
          body: 'Tiene una señal que un médico o una enfermera debe revisar hoy.',
          actions: [
            'Llame hoy a su clínica, a un médico, a un centro de atención urgente (urgent care) o a una línea de enfermería.',
            'Si presenta alguna de las señales que necesitan ayuda ahora, llame al {number}.',
          ],
          sources: ['S-NHS', 'S-CKS', 'S-MAYO-WHEN', 'S-NHS-CARE'],
        },
        soon: {
          prefix: 'Consejo no urgente:',
          heading: 'Haga una cita con un médico o un fisioterapeuta',
          body: 'Deben revisarle la espalda, pero no es una emergencia.',
          actions: [
            'Haga una cita con un médico o un fisioterapeuta.',
            'Mientras espera, siga moviéndose con suavidad y siga los consejos de cuidado en casa.',
            'Si presenta alguna de las señales que necesitan ayuda ahora o hoy, busque ayuda antes.',
          ],
          sources: ['seed:000', 'S-NHS', 'S-CKS', 'S-NHS-CARE'],
        },
        'self-care': {
          prefix: '',
          heading: 'Puede cuidar su espalda en casa',
          body: 'Ninguna de sus respuestas indica un problema grave. El dolor de espalda suele empezar a mejorar en 2 semanas.',
          actions: [
            'Siga moviéndose con suavidad. Descanse solo por ratos cortos.',
            'Use una compresa fría los primeros 2 o 3 días, y después calor.',
            'Pruebe estiramientos suaves cuando ya haya pasado lo peor del dolor.',
            'Haga una cita si no mejora después de una semana, o si presenta alguna de las señales de estas preguntas.',
          ],
          sources: ['S-NHS', 'S-NHS-EX', 'S-NICE', 'seed:000', 'seed:001'],
        },
      },
    },

    phaseGuide: {
      heading: '¿Frío o calor? Su espalda día a día',
      intro: 'Lo que ayuda cambia en los días después de que empieza el dolor de espalda.',
      dayN: 'Día {day}',
      currentPhase: 'Usted está aquí',
      whenStartedQuestion: '¿Cuándo empezó el dolor?',
      whenStartedOptions: [
        { label: 'Hoy', day: 0 },
        { label: 'Ayer', day: 1 },
        { label: 'Hace 2–3 días', day: 2 },
        { label: 'Hace 4–7 días', day: 4 },
        { label: 'Hace 1–2 semanas', day: 7 },
        { label: 'Hace más de 2 semanas', day: 15 },
      ],
      orPickDate: 'O elija la fecha',
      showPhase: 'Mostrar qué hacer',
      whenStartedError: 'Elija cuándo empezó el dolor o escriba la fecha.',
      changeDay: 'Cambiar cuándo empezó',
      therapyLabel: 'Tratamiento',
      sessionLabel: 'Duración',
      minutes: '{minutes} minutos',
      frequencyLabel: 'Frecuencia',
      doHeading: 'Qué hacer',
      avoidHeading: 'Qué evitar',
      therapies: { cold: 'frío', heat: 'calor', exercise: 'ejercicio' },
      bookIfNotBetter: 'Si no está mejorando, haga una cita con un médico o un fisioterapeuta.',
      usualCourse:
        'El dolor de espalda suele empezar a mejorar en 2 semanas y, por lo general, desaparece en 4 a 6 semanas.',
      timer: {
        start: 'Iniciar una sesión de {therapy} de {minutes} minutos',
        pause: 'Pausar',
        resume: 'Continuar',
        stop: 'Detener',
        safety: 'Ponga una toalla delgada entre la piel y la compresa. Nunca se duerma con ella puesta.',
        startedAnnouncement: 'Comenzó la sesión de {therapy} de {minutes} minutos.',
        minutesLeft: 'Quedan {minutes} minutos.',
        timeLeft: 'Tiempo restante',
        paused: 'En pausa',
        complete: 'Quítese la compresa. Espere por lo menos una hora antes de la próxima sesión.',
        noTimerInRecovery: 'Ya no necesita sesiones de frío ni de calor: siga con sus ejercicios.',
      },
    },

    checklist: {
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
    },

    stretch: {
      heading: 'Estiramiento',
      beforeYouStart: 'Empiece solo cuando ya haya pasado lo peor del dolor.',
      stopIf: 'Deténgase si el dolor empeora, si le corre hacia abajo por una pierna o si aparece un dolor nuevo.',
      startPositionHeading: 'Posición inicial',
      stepsHeading: 'Pasos',
      cautionsHeading: 'Tenga cuidado',
      holdFor: 'Mantenga la posición {seconds} segundos',
      repetitions: { one: '{reps} repetición', other: '{reps} repeticiones' },
      repetitionsEachSide: { one: '{reps} repetición de cada lado', other: '{reps} repeticiones de cada lado' },
      start: 'Empezar',
      pause: 'Pausar',
      resume: 'Continuar',
      reset: 'Reiniciar',
      hold: 'Mantenga',
      rest: 'Descanse',
      otherSide: 'Ahora, el otro lado',
      done: 'Terminado',
      repOf: 'Repetición {rep} de {reps}',
      sideOf: 'Lado {side} de 2',
      stretchOf: 'Estiramiento {n} de {total}',
      previous: 'Estiramiento anterior',
      next: 'Siguiente estiramiento',
      unknownExercise: 'Este estiramiento no está disponible. Elija uno de estos:',
      secondsShort: 's',
      nextUp: 'Siguiente: {name}',
    },
  },
} as const satisfies Content;
