/** Spanish words of the phase guide. */

import type { PhaseGuideWords } from '../types.js';

export default {
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
} as const satisfies PhaseGuideWords;
