/** Spanish words of the red-flag checker: US Spanish, formal "usted", gender-neutral wording. */

import type { RedFlagCheckerWords } from '../types.js';

export default {
  heading: '¿Necesita buscar ayuda por su dolor de espalda?',
  privacy: 'Sus respuestas no se guardan ni se envían.',
  stepOf: 'Paso {step} de {steps}',
  followUpOf: 'Paso {step} de {steps}: una pregunta más',
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
      label: 'Adormecimiento u hormigueo nuevo entre las piernas o en las nalgas',
      hint: 'O siente menos al limpiarse.',
    },
    'bladder-bowel': {
      label: 'Problemas nuevos para orinar, o se le sale la orina o el popó',
      hint: 'No cuenta solo orinar más seguido.',
    },
    'both-legs': {
      label: 'Dolor, adormecimiento o debilidad nuevos en las dos piernas',
      hint: 'No cuenta un dolor solo de espalda.',
    },
    'sexual-function': {
      label: 'Problemas nuevos de erección o eyaculación',
      hint: 'No cuenta evitar el sexo por el dolor.',
    },
    'worsening-weakness': {
      label: 'Una pierna cada vez más débil, o un pie que se arrastra o se engancha',
      hint: 'No cuenta sentirla pesada o cansada por el dolor.',
    },
    'serious-accident': {
      label: 'Dolor después de un accidente grave',
      hint: 'Un choque de carro o una caída de altura. No un resbalón o caída al piso.',
    },
    'chest-pain': {
      label: 'También dolor en el pecho',
    },
    'sudden-tummy-pain': {
      label: 'Dolor de barriga intenso y repentino',
      hint: 'No cuenta el dolor solo de espalda, por fuerte que sea.',
    },
    collapse: {
      label: 'Desmayo, mareo fuerte, piel gris y sudorosa, o le cuesta respirar',
      hint: 'No cuenta marearse al levantarse.',
    },
    'pulsing-belly': {
      label: 'Un latido nuevo en la barriga',
      hint: 'No cuenta un pulso que siempre nota.',
    },
    fever: {
      label: 'Fiebre, o calor y escalofríos',
      hint: '100.4 °F (38 °C) o más. No cuenta solo el cansancio o el desánimo.',
      summary: 'fiebre, o calor y escalofríos',
    },
    'weight-loss': {
      label: 'Baja de peso sin proponérselo',
      summary: 'pérdida de peso sin proponérselo',
    },
    'cancer-history': {
      label: 'Usted ha tenido cáncer',
      hint: 'Aunque se lo trataron hace años.',
      summary: 'cáncer en algún momento',
    },
    'night-pain': {
      label: 'Dolor todo el tiempo, aun sin moverse, que no le deja dormir',
      hint: 'No cuenta el dolor al moverse, ni el desvelo por preocupación.',
      summary: 'dolor todo el tiempo que no le deja dormir o le despierta',
    },
    'lump-or-shape': {
      label: 'Un bulto o hinchazón en la espalda',
      hint: 'O cambió de forma. No un nudo muscular, ni inclinarse por el dolor.',
      summary: 'un bulto o hinchazón en la espalda, o un cambio en su forma',
    },
    'cough-sneeze-toilet': {
      label: 'Dolor mucho peor al toser, estornudar o hacer popó, y no se le pasa',
      hint: 'No cuenta una punzada que pasa pronto.',
      summary: 'dolor mucho peor al toser, estornudar o hacer popó',
    },
    'upper-back': {
      label: 'Dolor entre los omóplatos',
      hint: 'No cuenta el dolor de cintura.',
      summary: 'dolor entre los omóplatos',
    },
    'weak-bones': {
      label: 'Osteoporosis, o pastillas de esteroides por 3 meses o más',
      hint: 'No cuentan cremas ni inhaladores.',
      summary: 'huesos débiles, o pastillas de esteroides por 3 meses o más',
    },
    'weak-immunity': {
      label: 'Defensas bajas, o se inyecta drogas',
      hint: 'Por quimioterapia, esteroides, VIH o un trasplante.',
      summary: 'defensas bajas, o inyectarse drogas',
    },
    'recent-procedure-or-infection': {
      label: 'Operación o inyección de espalda (últimos 3 meses), o infección reciente',
      hint: 'Epidural o infección de orina. No un resfriado.',
      summary: 'operación o inyección en la espalda en los últimos 3 meses, o una infección reciente',
    },
    'one-leg-weakness': {
      label: 'Debilidad nueva en una pierna o un pie: no le obedece',
      hint: 'No cuenta una pierna débil o pesada porque moverse duele.',
      summary: 'debilidad nueva en una pierna o un pie',
    },
    'fall-when-older': {
      label: 'Tiene más de 50 años y el dolor empezó con una caída o un golpe',
      summary: 'dolor de espalda después de una caída o un golpe, con más de 50 años',
    },
    'pregnancy-waves': {
      label: 'Embarazada, con dolor en oleadas',
      hint: 'O se le pone dura la barriga, o sangra o pierde líquido.',
      summary: 'embarazo, con dolor que viene en oleadas',
    },
    'not-easing': {
      label: 'Hace más de una semana que empezó el dolor y no ha mejorado nada',
      hint: 'No cuenta un dolor que va mejorando un poco, aunque sea despacio.',
      summary: 'dolor que no ha empezado a mejorar después de una semana',
    },
    'pain-below-knee': {
      label: 'Dolor que baja por una pierna hasta debajo de la rodilla',
      hint: 'No cuenta un dolor que no pasa de la rodilla.',
      summary: 'dolor que baja por una pierna hasta debajo de la rodilla',
    },
    'leg-numbness': {
      label: 'Adormecimiento u hormigueo nuevo en una pierna',
      summary: 'adormecimiento u hormigueo en una pierna',
    },
    'getting-worse': {
      label: 'El dolor empeora día a día',
      hint: 'No cuenta un día malo después de uno mejor.',
      summary: 'dolor que empeora día a día',
    },
    'stops-activities': {
      label: 'Hace más de 3 días que empezó el dolor y todavía no le deja hacer sus actividades diarias',
      summary: 'dolor que no le deja hacer sus actividades diarias',
    },
    'not-coping': {
      label: 'No puede controlar el dolor en casa, ni con medicinas para el dolor',
      hint: 'No cuenta un dolor fuerte que, con medicinas, le deja moverse un poco.',
      summary: 'dolor que no puede controlar en casa, ni con medicinas',
    },
    'age-first-episode': {
      label: 'Tiene más de 50 años, y nunca antes le había dolido la espalda',
      hint: 'O tiene menos de 20 años, y nunca antes le había dolido.',
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
      advice: 'Si su equipo de cáncer le dio un teléfono que atiende las 24 horas, llame también.',
    },
    'infection-nerve-signs': {
      question: 'Usted dijo que tiene fiebre, defensas bajas, o una operación, inyección o infección reciente. ¿Tiene algo de esto?',
    },
  },
  firstActions: {
    'cancer-history': {
      text: 'Si recibe tratamiento o controles por el cáncer, primero llame hoy a su equipo de cáncer. Use su teléfono de 24 horas si le dieron uno.',
    },
    'pregnancy-waves': {
      heading: 'Llame ahora',
      text: 'Está embarazada: llame ahora a su obstetra o partera, o vaya al área de Labor y Parto. Antes de las 37 semanas, esto puede ser un parto prematuro.',
    },
  },
  becauseYouSaid: 'Porque usted dijo:',
  callEmergency: 'Llame al {number}',
  callAmbulance: 'Llame al {number} para pedir una ambulancia ahora',
  callClinic: 'Llame al {phone} ({clinic})',
  visitClinic: 'Visite el sitio web de {clinic}',
  yourClinic: 'su clínica',
  urgentSigns: 'Busque atención médica hoy si tiene algo de esto:',
  bookSigns: 'Haga una cita con {professional} si tiene algo de esto:',
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
        'Moverse con suavidad está bien desde el primer día. Haga estiramientos cuando ya haya pasado lo peor del dolor.',
        'El dolor de espalda suele empezar a mejorar en 2 semanas, y suele quitarse en un plazo de 4 a 6 semanas.',
        'Es normal preocuparse cuando la espalda duele tanto. Rara vez es señal de algo grave. Si después de leer esto todavía le preocupa, está bien hacer una cita.',
      ],
      more: [],
    },
  },
} as const satisfies RedFlagCheckerWords;
