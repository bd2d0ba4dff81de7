/** Spanish words of the treatment checklist (its facts and sources: ../checklist.ts). */

import type { ChecklistWords } from '../types.js';

export default {
  heading: 'Su plan de cuidado de la espalda',
  intro: 'Marque lo que ya hizo de la lista de cosas que hacer. Si tiene dudas sobre algún paso, pregunte en su clínica.',
  sections: { 'to-do': 'Qué hacer', 'ask-about': 'Medicamentos y atención que puede consultar' },
  items: {
    'stay-active': {
      title: 'Siga moviéndose con suavidad',
      detail: 'Muévase con suavidad y descanse solo por ratos cortos. Quedarse en cama más de 1 o 2 días no ayuda.',
    },
    work: {
      title: 'Siga trabajando o vuelva cuanto antes',
      detail:
        'Lo mismo vale para sus actividades de todos los días en casa. Por un tiempo, puede ayudar hacer cambios en sus tareas o en su horario. No necesita esperar a que se le quite el dolor.',
    },
    'cold-pack': {
      title: 'Use una compresa fría los primeros 2 o 3 días',
      detail:
        'Envuélvala en una toalla delgada y úsela de 15 a 20 minutos cada 2 o 3 horas. Nunca se ponga hielo directamente sobre la piel ni se duerma con la compresa puesta. Si el calor le alivia más el espasmo, también puede usar calor.',
    },
    posture: {
      title: 'Cambie de posición a menudo',
      detail: 'No hay una sola postura perfecta. Si pasa un rato sentado o de pie, cambie de posición y muévase a menudo.',
    },
    mattress: {
      title: 'Duerma en un colchón cómodo, de firmeza media',
      detail: 'Un colchón y una almohada que le resulten cómodos, de firmeza media y no duros. No hace falta comprar uno nuevo.',
    },
    stress: {
      title: 'Cuide su sueño y controle el estrés',
      detail:
        'La preocupación puede hacer que el dolor se sienta peor, y mantener una actitud positiva ayuda a recuperarse. Duerma lo mejor que pueda y busque maneras de relajarse.',
    },
    heat: {
      title: 'Use calor después de los primeros 2 o 3 días',
      detail:
        'Una almohadilla eléctrica a temperatura baja o un baño tibio (no caliente), de 15 a 20 minutos, 2 o 3 veces al día, o un parche de calor como indique el paquete. No se duerma sobre una almohadilla eléctrica. Más adelante, el calor sigue estando bien si le ayuda.',
    },
    'gentle-stretches': {
      title: 'Muévase con suavidad y añada estiramientos cuando pase lo peor',
      detail:
        'Moverse con suavidad, por ejemplo con el giro de rodillas, está bien desde el primer día si le resulta cómodo. Empiece otros estiramientos cuando ya haya pasado lo peor del dolor. Muévase despacio y nunca haga rebotes. Deténgase si el dolor empeora, si le corre hacia abajo por una pierna o si aparece un dolor nuevo.',
    },
    strengthen: {
      title: 'Fortalezca el abdomen y la espalda cuando ya esté mejor',
      detail:
        'Haga ejercicios para fortalecer estos músculos, para que sostengan mejor su cuerpo y ayuden a que el dolor no vuelva.',
    },
    'anti-inflammatory': {
      title: 'Analgésicos antiinflamatorios',
      detail:
        'Como el ibuprofeno o el naproxeno. Use la dosis más baja el menor tiempo posible. Tómelos con comida y nunca tome dos a la vez.',
    },
    paracetamol: {
      title: 'Acetaminofén (paracetamol)',
      detail:
        'Se usa mucho, pero por sí solo no se recomienda para el dolor de espalda. Puede tomarse con otro analgésico si un farmacéutico lo aprueba. No pase de la dosis máxima diaria del paquete. Muchos antigripales también lo contienen: revíselos.',
    },
    'muscle-relaxants': {
      title: 'Relajantes musculares',
      detail:
        'Con receta, solo por poco tiempo. Pueden dar sueño: no maneje ni tome alcohol mientras los use. En personas mayores aumentan el riesgo de caídas. Algunos pueden crear hábito.',
    },
    opioids: {
      title: 'Opioides como la codeína',
      detail:
        'No se suelen recomendar para el dolor de espalda: consulte con un médico. Dan sueño y estreñimiento, y pueden crear adicción.',
    },
    'see-doctor': {
      title: 'Vaya al médico si no empieza a mejorar en una semana',
      detail: 'Pida una cita con un médico o un terapeuta físico.',
    },
    'physical-therapy': {
      title: 'Terapia física',
      detail: 'Un programa de ejercicios y, a veces, también tratamiento con las manos.',
    },
    'other-treatments': {
      title: 'Otras opciones que un profesional puede comentarle',
      detail:
        'Masajes o ajustes de la columna con las manos, junto con ejercicio, y apoyo psicológico si el dolor dura.',
    },
  },
  cautions: {
    medicines:
      'Consulte antes con un farmacéutico o un médico, sobre todo si tiene más de 65 años, está embarazada, toma otros medicamentos (como los que diluyen la sangre) o ha tenido úlceras de estómago, problemas de riñones, hígado o corazón, presión alta o asma.',
    skin: 'Nunca use calor ni frío sobre la piel adormecida. Si tiene diabetes o mala circulación, consulte primero con un médico o un farmacéutico.',
  },
  progress: 'Ha completado {done} de {total}',
  clearAll: 'Desmarcar todo',
  print: 'Imprimir',
  moreAbout: 'Más información',
  savedOnDevice: 'Sus marcas se guardan solo en este dispositivo.',
  empty: 'No hay nada que mostrar con esta configuración.',
  keepTicks: {
    label: 'Guardar mis marcas en este dispositivo',
    hint: 'Se guardan solo en este navegador. No se envía nada.',
  },
} as const satisfies ChecklistWords;
