/** Spanish words of the red-flag checker. */

import type { RedFlagCheckerWords } from '../types.js';

export default {
  questions: [
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
} as const satisfies RedFlagCheckerWords;
