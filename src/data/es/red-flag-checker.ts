/** Spanish words of the red-flag checker: US Spanish, formal "usted", gender-neutral wording. */

import type { RedFlagCheckerWords } from '../types.js';

export default {
  heading: '¿Necesita buscar ayuda por su dolor de espalda?',
  intro: 'Hasta 3 listas cortas de señales de alerta.',
  privacy: 'Sus respuestas se quedan en este dispositivo. No se guardan ni se envían.',
  stepOf: 'Paso {step} de {steps}',
  question: '¿Tiene algo de esto?',
  notSure: 'Si tiene dudas, márquelo.',
  or: 'o',
  none: 'Nada de esto',
  continue: 'Continuar',
  back: 'Atrás',
  startAgain: 'Empezar de nuevo',
  errorSummaryTitle: 'Hay un problema',
  nothingTicked: 'Marque lo que tiene, o marque “Nada de esto”',
  errorPrefix: 'Error:',
  signs: {
    'saddle-numbness': {
      label: 'Adormecimiento u hormigueo nuevo en los genitales, las nalgas o entre los muslos',
      hint: 'O siente menos al limpiarse.',
      summary: 'adormecimiento u hormigueo en los genitales, las nalgas o entre los muslos',
    },
    'bladder-bowel': {
      label: 'Problemas nuevos para orinar, o se le sale la orina o el popó sin querer',
      hint: 'O no siente cuándo tiene que orinar. No cuenta un problema antiguo que no ha cambiado.',
      summary: 'problemas nuevos para orinar, o que se le salga la orina o el popó sin querer',
    },
    'both-legs': {
      label: 'Dolor, adormecimiento, hormigueo o debilidad nuevos en las dos piernas',
      summary: 'dolor, adormecimiento, hormigueo o debilidad nuevos en las dos piernas',
    },
    'sexual-function': {
      label: 'Problemas nuevos para tener una erección o eyacular',
      hint: 'No cuenta evitar el sexo por el dolor.',
      summary: 'problemas nuevos para tener una erección o eyacular',
    },
    'worsening-weakness': {
      label: 'Una pierna cada vez más débil, o un pie que se arrastra o se engancha',
      hint: 'O tropieza o se siente inestable. No cuenta caminar despacio o con rigidez porque le duele.',
      summary: 'una pierna cada vez más débil, un pie que se arrastra, o sentirse inestable al estar de pie',
    },
    'serious-accident': {
      label: 'El dolor empezó después de un accidente grave',
      hint: 'Como un choque de carro, una caída desde una altura o un golpe fuerte.',
      summary: 'dolor de espalda después de un accidente grave',
    },
    'chest-pain': {
      label: 'Dolor en el pecho además del de espalda',
      summary: 'dolor en el pecho junto con el dolor de espalda',
    },
    'sudden-severe-pain': {
      label: 'Dolor repentino y muy fuerte en la barriga o la espalda, distinto de un espasmo muscular',
      summary: 'dolor repentino y muy fuerte en la barriga o la espalda, que no se parece a un espasmo',
    },
    'pulsing-belly': {
      label: 'Una sensación de latido o pulsación en la barriga',
      summary: 'una sensación de latido o pulsación en la barriga',
    },
    fever: {
      label: 'Fiebre, o calor y escalofríos',
      hint: '100.4 °F (38 °C) o más, o se siente mal.',
      summary: 'fiebre, o calor y escalofríos',
    },
    'weight-loss': {
      label: 'Baja de peso sin proponérselo',
      summary: 'pérdida de peso sin proponérselo',
    },
    'cancer-history': {
      label: 'Cáncer en algún momento de su vida',
      summary: 'cáncer en algún momento',
    },
    'night-pain': {
      label: 'Dolor todo el tiempo, aun sin moverse, que no le deja dormir',
      hint: 'No solo al moverse.',
      summary: 'dolor todo el tiempo que no le deja dormir o le despierta',
    },
    'lump-or-shape': {
      label: 'Un bulto o hinchazón en la espalda, o un cambio de forma',
      hint: 'No cuenta un músculo con nudos, ni inclinarse por el dolor.',
      summary: 'un bulto o hinchazón en la espalda, o un cambio en su forma',
    },
    'cough-sneeze-toilet': {
      label: 'Dolor mucho peor al toser, estornudar o hacer popó',
      summary: 'dolor mucho peor al toser, estornudar o hacer popó',
    },
    'upper-back': {
      label: 'Dolor entre los omóplatos',
      summary: 'dolor entre los omóplatos',
    },
    'weak-bones': {
      label: 'Huesos débiles (osteoporosis), o pastillas de esteroides por 3 meses o más',
      summary: 'huesos débiles, o pastillas de esteroides por 3 meses o más',
    },
    'weak-immunity': {
      label: 'Defensas bajas, o se inyecta drogas',
      hint: 'Por quimioterapia, esteroides, VIH o un trasplante, por ejemplo.',
      summary: 'defensas bajas, o inyectarse drogas',
    },
    'recent-procedure-or-infection': {
      label: 'Operación o inyección en la espalda en los últimos 3 meses, o una infección reciente',
      hint: 'Como una epidural, o infección de orina.',
      summary: 'operación o inyección en la espalda en los últimos 3 meses, o una infección reciente',
    },
    'one-leg-weakness': {
      label: 'Debilidad nueva en una pierna o un pie',
      summary: 'debilidad nueva en una pierna o un pie',
    },
    'fall-or-blow': {
      label: 'El dolor empezó después de una caída o un golpe en la espalda',
      summary: 'dolor de espalda después de una caída o un golpe',
    },
    'pregnancy-waves': {
      label: 'Está embarazada y el dolor viene en oleadas',
      hint: 'O se le pone dura la barriga, o sangra o pierde líquido.',
      summary: 'embarazo, con dolor que viene en oleadas',
    },
    'not-easing': {
      label: 'El dolor no ha empezado a mejorar después de una semana de cuidarse en casa',
      summary: 'dolor que no ha empezado a mejorar después de una semana',
    },
    'pain-below-knee': {
      label: 'Dolor que baja por una pierna hasta debajo de la rodilla',
      summary: 'dolor que baja por una pierna hasta debajo de la rodilla',
    },
    'leg-numbness': {
      label: 'Adormecimiento u hormigueo nuevo en una pierna',
      summary: 'adormecimiento u hormigueo en una pierna',
    },
    'getting-worse': {
      label: 'El dolor empeora día a día',
      summary: 'dolor que empeora día a día',
    },
    'stops-activities': {
      label: 'Pasados los primeros días, el dolor todavía no le deja hacer sus actividades diarias',
      summary: 'dolor que no le deja hacer sus actividades diarias',
    },
    'not-coping': {
      label: 'Le cuesta aguantar el dolor, o le preocupa',
      summary: 'le cuesta aguantar el dolor, o le preocupa',
    },
    'age-first-episode': {
      label: 'Es su primer dolor de espalda, y tiene más de 50 años o menos de 20',
      summary: 'un primer dolor de espalda con más de 50 años o menos de 20',
    },
    'trouble-walking': {
      label: 'Problemas nuevos para caminar',
      hint: 'No cuenta caminar despacio o con rigidez porque le duele.',
      summary: 'problemas nuevos para caminar',
    },
    'band-pain': {
      label: 'Dolor como una banda alrededor del pecho o la barriga',
      summary: 'dolor como una banda alrededor del pecho o la barriga',
    },
  },
  combinations: {
    'cancer-nerve-signs': {
      question: 'Usted dijo que ha tenido cáncer. ¿Tiene algo de esto?',
      summary:
        'si ha tenido cáncer: adormecimiento, hormigueo o debilidad nuevos en una pierna, problemas para caminar, o dolor como una banda alrededor del pecho o la barriga',
      advice: 'Si su equipo de cáncer le dio un teléfono que atiende las 24 horas, llame también.',
    },
  },
  firstActions: {
    'pregnancy-waves':
      'Está embarazada: llame ahora a la unidad de maternidad de su hospital o a su partera. Antes de las 37 semanas, esto puede ser un parto prematuro.',
  },
  becauseYouSaid: 'Porque usted dijo:',
  callEmergency: 'Llame al {number}',
  callClinic: 'Llame al {phone} ({clinic})',
  visitClinic: 'Visite el sitio web de {clinic}',
  yourClinic: 'su clínica',
  emergencySigns: 'Llame al {number} si tiene algo de esto:',
  urgentSigns: 'Busque atención médica hoy si tiene {list}.',
  professional: 'un médico o un terapeuta físico',
  outcomes: {
    emergency: {
      prefix: 'Requiere acción inmediata:',
      heading: 'Llame al {number} ahora o vaya a la sala de emergencias',
      actions: [],
      more: ['No vaya manejando.'],
    },
    urgent: {
      prefix: 'Atención urgente:',
      heading: 'Busque atención médica hoy',
      actions: ['Comuníquese hoy con su clínica o con un médico.'],
      more: ['Si no logra comunicarse hoy, llame a un centro de atención urgente (urgent care) o a una línea de enfermería.'],
    },
    soon: {
      prefix: 'Atención no urgente:',
      heading: 'Haga una cita con {professional}',
      actions: ['Trate de que le vean en la próxima semana, más o menos.'],
      more: ['Mientras tanto, cuide su espalda en casa: siga moviéndose con suavidad, y use frío o calor.'],
    },
    'self-care': {
      prefix: '',
      heading: 'Puede cuidar su espalda en casa',
      actions: [
        'Siga moviéndose con suavidad. Descanse solo por ratos cortos.',
        'Use una compresa fría envuelta en una toalla delgada, o calor si le alivia más el espasmo.',
        'Para el dolor, pregunte en la farmacia por un antiinflamatorio como el ibuprofeno.',
        'Haga estiramientos suaves cuando ya haya pasado lo peor del dolor.',
        'El dolor de espalda suele empezar a mejorar en 2 semanas, y suele quitarse en un plazo de 4 a 6 semanas.',
        'Haga una cita con {professional} si no ha empezado a mejorar después de una semana.',
      ],
      more: [],
    },
  },
} as const satisfies RedFlagCheckerWords;
