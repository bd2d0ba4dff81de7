/** Spanish words of the stretch card (facts, doses and sources: src/data/stretches.ts). */

import type { StretchCardWords } from '../types.js';

export default {
  rules: {
    firstDays: 'Este estiramiento suave está bien desde el primer día, si le resulta cómodo.',
    eased: 'Empiece este estiramiento solo cuando ya haya pasado lo peor del dolor.',
    slowly: 'Muévase despacio y nunca haga rebotes.',
    stopIf: 'Deténgase si el dolor empeora, si le baja por una pierna o si aparece un dolor nuevo.',
    buildUp: 'Empiece con unas 5 repeticiones y vaya aumentando poco a poco.',
    osteoporosis:
      'Si tiene osteoporosis (huesos débiles), consulte primero con un terapeuta físico: este estiramiento dobla o gira la columna.',
  },
  stretches: {
    'knee-to-chest': {
      name: 'Rodilla al pecho',
      startPosition: 'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados en el piso.',
      steps: [
        'Sujete una rodilla con las dos manos, o sujétese por detrás del muslo.',
        'Llévela suavemente hacia el pecho.',
        'Mantenga la posición.',
        'Bájela despacio.',
        'Haga lo mismo con la otra rodilla.',
      ],
      cautions: [],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas, que luego sujeta una rodilla con las dos manos y la lleva hacia el pecho.',
    },
    'knee-rolls': {
      name: 'Rotación de la parte baja de la espalda (giro de rodillas)',
      startPosition:
        'Acuéstese boca arriba, con las rodillas dobladas y juntas. Si le resulta más cómodo, ponga una almohada entre las rodillas.',
      steps: [
        'Mantenga los hombros apoyados en el piso.',
        'Gire despacio las dos rodillas hacia un lado.',
        'Mantenga la posición.',
        'Vuelva a llevar las rodillas al centro.',
        'Gírelas hacia el otro lado y mantenga la posición.',
        'Siga cambiando de lado cada vez.',
      ],
      cautions: ['Llegue solo hasta donde le resulte cómodo.'],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas y juntas; luego las dos rodillas giradas hacia un lado y después hacia el otro, mientras los hombros se quedan en el piso.',
    },
    'pelvic-tilt': {
      name: 'Inclinación de la pelvis',
      startPosition:
        'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados en el piso, separados al ancho de las caderas.',
      steps: [
        'Apriete los músculos del abdomen.',
        'Pegue la parte baja de la espalda al piso.',
        'Mantenga la posición.',
        'Relájese.',
      ],
      cautions: ['Mantenga el cuello y los hombros relajados.'],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas y las manos sobre el abdomen, con un pequeño hueco bajo la parte baja de la espalda; luego, con el abdomen apretado, la parte baja de la espalda pegada al piso.',
    },
    'bottom-to-heels': {
      name: 'Glúteos hacia los talones',
      startPosition: 'Póngase a gatas, con las manos y las rodillas en el piso.',
      steps: [
        'Lleve despacio los glúteos hacia atrás, hacia los talones.',
        'Mantenga la posición durante una respiración profunda.',
        'Vuelva a la posición inicial.',
      ],
      holdNote: 'más o menos una respiración profunda',
      cautions: ['Si tiene algún problema en la rodilla, no se siente del todo hacia atrás.'],
      illustrationAlt:
        'Una persona a gatas, que luego lleva los glúteos hacia los talones, con los brazos estirados hacia adelante en el piso.',
    },
    'cat-stretch': {
      name: 'Estiramiento del gato',
      startPosition: 'Póngase a gatas, con las manos y las rodillas en el piso.',
      steps: [
        'Redondee la espalda hacia arriba, hacia el techo.',
        'Mantenga la posición.',
        'Deje que la espalda baje suavemente hacia el piso.',
        'Mantenga la posición.',
        'Repita.',
      ],
      cues: ['Redondee la espalda hacia arriba', 'Deje que la espalda baje'],
      cautions: ['Haga movimientos pequeños mientras el dolor sea fuerte.'],
      illustrationAlt:
        'Una persona a gatas, primero con la espalda redondeada hacia el techo y la cabeza hacia abajo, luego con la espalda bajando suavemente hacia el piso.',
    },
    bridge: {
      name: 'Puente',
      startPosition: 'Acuéstese boca arriba, con las rodillas dobladas y los pies apoyados en el piso.',
      steps: [
        'Apriete los músculos del abdomen y de los glúteos.',
        'Levante las caderas hasta que las rodillas, las caderas y los hombros queden en línea recta.',
        'Mantenga la posición durante tres respiraciones profundas.',
        'Baje las caderas despacio.',
      ],
      holdNote: 'más o menos tres respiraciones profundas',
      cautions: ['Deténgase si le duele la espalda o el cuello.'],
      illustrationAlt:
        'Una persona acostada boca arriba con las rodillas dobladas, que luego levanta las caderas hasta que las rodillas, las caderas y los hombros forman una línea recta.',
    },
    'back-extension': {
      name: 'Extensión de espalda (boca abajo)',
      startPosition: 'Acuéstese boca abajo, apoyándose en los antebrazos, con los codos pegados a los costados.',
      steps: [
        'Mantenga las caderas en el piso.',
        'Empuje suavemente hacia arriba para arquear la espalda.',
        'Mantenga la posición.',
        'Baje despacio.',
      ],
      cautions: ['No eche la cabeza hacia atrás.'],
      illustrationAlt:
        'Una persona acostada boca abajo sobre los antebrazos, que luego empuja suavemente hacia arriba para arquear la espalda mientras las caderas se quedan en el piso.',
    },
  },
  heading: 'Estiramiento',
  startPositionHeading: 'Posición inicial',
  stepsHeading: 'Pasos',
  cautionsHeading: 'Tenga cuidado',
  holdFor: 'Mantenga la posición durante {seconds} segundos',
  repetitions: { one: '{reps} repetición', other: '{reps} repeticiones' },
  repetitionsEachSide: { one: '{reps} repetición de cada lado', other: '{reps} repeticiones de cada lado' },
  start: 'Empezar',
  pause: 'Pausar',
  resume: 'Continuar',
  reset: 'Reiniciar',
  getReady: 'Prepárese',
  hold: 'Mantenga la posición',
  rest: 'Descanse',
  done: 'Terminado',
  repOf: 'Repetición {rep} de {reps}',
  sides: { left: 'Lado izquierdo', right: 'Lado derecho' },
  stretchOf: 'Estiramiento {n} de {total}',
  previous: 'Estiramiento anterior',
  next: 'Siguiente estiramiento',
  unknownExercise: 'Este estiramiento no está disponible. Elija uno de estos:',
  secondsShort: 's',
  nextUp: 'Siguiente: {name}',
  routineOnceEased: 'Empiece estos estiramientos solo cuando ya haya pasado lo peor del dolor: {names}.',
  keepOpen: 'Mantenga esta página abierta mientras hace los estiramientos.',
  sound: 'Sonido en cada cambio',
  print: { one: 'Imprimir este estiramiento', other: 'Imprimir estos {count} estiramientos' },
  handoutHeading: { one: 'Su estiramiento', other: 'Sus estiramientos' },
  osteoporosisFor: {
    one: 'Si tiene osteoporosis (huesos débiles), consulte primero con un terapeuta físico: {names} dobla o gira la columna.',
    other: 'Si tiene osteoporosis (huesos débiles), consulte primero con un terapeuta físico: {names} doblan o giran la columna.',
  },
} as const satisfies StretchCardWords;
