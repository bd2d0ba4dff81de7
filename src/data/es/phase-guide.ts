/** Spanish words of the phase guide, keyed by the ids of `../phases.ts`. */

import type { PhaseGuideWords } from '../types.js';

export default {
  heading: '¿Frío o calor? Su espalda día a día',
  intro: 'Lo que ayuda cambia en los días después de que empieza el dolor de espalda.',
  phases: {
    acute: {
      name: 'Primeros días: primero frío',
      note: '(las primeras 48 a 72 horas)',
      frequency: 'Cada 2 o 3 horas',
      summary:
        'Primero frío, para aliviar el dolor; calor en su lugar si le alivia más el espasmo. Siga moviéndose con suavidad.',
      do: {
        'cold-pack':
          'Póngase una compresa fría envuelta en una toalla delgada sobre la zona adolorida, de 15 a 20 minutos, cada 2 o 3 horas, para aliviar el dolor y la hinchazón.',
        'heat-instead': 'Si el calor le alivia más el espasmo, use calor en su lugar. Puede hacerlo desde el primer día.',
        'keep-moving': 'Siga moviéndose con suavidad. Descanse solo por ratos cortos.',
        'gentle-movement':
          'Moverse con suavidad, por ejemplo con el giro de rodillas, está bien desde el primer día si le resulta cómodo.',
      },
      avoid: {
        'bed-rest': 'Quedarse en cama más de 1 o 2 días.',
        'ice-on-skin': 'Ponerse hielo directamente sobre la piel.',
        'sleeping-with-pack': 'Dormirse con una compresa fría o caliente puesta.',
      },
    },
    subacute: {
      name: 'Después: calor',
      note: '',
      frequency: '2 o 3 veces al día',
      summary: 'Calor para relajar los músculos tensos, estiramientos suaves y volver poco a poco a sus actividades normales.',
      do: {
        heat: 'Use calor: una almohadilla eléctrica a temperatura baja o un baño tibio, de 15 a 20 minutos, o un parche de calor como indique el paquete.',
        'cold-if-better': 'Si el frío le alivia más, también está bien.',
        stretches: 'Empiece otros estiramientos cuando ya haya pasado lo peor del dolor.',
        'normal-activity': 'Vuelva poco a poco a sus actividades normales.',
      },
      avoid: {
        'asleep-on-heat': 'Dormirse sobre una almohadilla eléctrica.',
        'sharp-pain': 'Forzar un estiramiento hasta sentir un dolor agudo.',
      },
    },
    recovery: {
      name: 'Recuperación: gane fuerza',
      note: '',
      frequency: '',
      summary:
        'Fortalezca los músculos del abdomen y de la espalda para que sostengan mejor su cuerpo. El calor sigue estando bien si le ayuda.',
      do: {
        strengthen: 'Haga ejercicios que fortalezcan los músculos del abdomen y de la espalda.',
        'physical-therapy': 'Vaya a un terapeuta físico si su espalda no ha vuelto a la normalidad.',
        'heat-if-helps': 'El calor sigue estando bien si le ayuda.',
      },
      avoid: {
        'stopping-early': 'Dejar los ejercicios en cuanto se le quite el dolor.',
      },
    },
  },
  dayN: 'Día {day}',
  dayZero: 'Día 0 (el día en que empezó)',
  dayRange: 'Del día {from} al {to}',
  dayFrom: 'Del día {from} en adelante',
  currentPhase: 'Usted está aquí',
  whenStartedQuestion: '¿Cuándo empezó el dolor?',
  whenStartedOptions: {
    today: 'Hoy',
    yesterday: 'Ayer',
    'two-days': 'Hace 2 días',
    'three-to-six-days': 'Hace de 3 a 6 días',
    'one-to-two-weeks': 'Hace 1 o 2 semanas',
    'over-two-weeks': 'Hace más de 2 semanas',
  },
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
  therapies: { cold: 'Frío', heat: 'Calor', exercise: 'Ejercicio' },
  heatAndColdCaution:
    'Nunca se ponga frío ni calor sobre la piel adormecida. Si tiene diabetes o mala circulación, pregunte primero a un médico o farmacéutico.',
  notEasing: 'Si no ha empezado a mejorar después de una semana, vaya al médico.',
  notGettingBetter: 'Si no está mejorando, pida una cita con un médico.',
  usualCourse:
    'El dolor de espalda suele empezar a mejorar en 2 semanas y, por lo general, desaparece en un plazo de 4 a 6 semanas.',
  timer: {
    sessionQuestion: '¿Qué está usando?',
    sessions: {
      'cold-pack': {
        label: 'Compresa fría',
        safety: 'Envuélvala en una toalla delgada. Nunca se duerma con ella puesta.',
        done: 'Se acabó el tiempo. Quítese la compresa fría ahora.',
      },
      'heat-pack': {
        label: 'Compresa caliente o almohadilla eléctrica',
        safety: 'Use la almohadilla eléctrica a temperatura baja. Nunca se duerma con calor puesto.',
        done: 'Se acabó el tiempo. Quítese la compresa caliente o apague la almohadilla eléctrica ahora.',
      },
      'warm-bath': {
        label: 'Baño tibio',
        safety: 'El baño debe estar tibio, no caliente. Tenga cuidado al entrar y al salir de la bañera.',
        done: 'Se acabó el tiempo. Salga de la bañera ahora.',
      },
    },
    start: 'Iniciar el temporizador de {minutes} minutos',
    pause: 'Pausar',
    resume: 'Continuar',
    stop: 'Detener',
    startedAnnouncement: 'Comenzó el temporizador de {minutes} minutos.',
    minutesLeft: 'Quedan {minutes} minutos.',
    timeLeft: 'Tiempo restante',
    paused: 'En pausa',
    keepOpen: 'Mantenga esta página abierta hasta que se acabe el tiempo.',
    sound: 'Sonido al acabarse el tiempo',
    heatWrap: 'Un parche de calor adhesivo se lleva puesto durante horas, como indique el paquete. Este temporizador es para compresas y baños.',
    jump: 'Poner un temporizador',
    label: 'Temporizador',
  },
} as const satisfies PhaseGuideWords;
