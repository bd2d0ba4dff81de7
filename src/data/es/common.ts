/** Spanish words every widget shares. */

import type { CommonWords } from '../types.js';

export default {
  // The first clinics are in the US; a clinic overrides it with `emergency-number`.
  emergencyNumber: '911',
  notDiagnosis: 'Esto no es un diagnóstico. Si algo le preocupa, comuníquese con un profesional de la salud.',
  getHelpNow: 'Busque ayuda ya: llame al {number}',
  callNumber: 'Llamar al {number}',
  // The titles of the sources stay in English (and are marked as English): the heading says so.
  sourcesHeading: 'Fuentes (en inglés)',
  sourcesLabel: 'Fuentes (en inglés): {list}',
  sourceDescriptions: {
    'seed:000': 'página para pacientes de una clínica de cirugía de columna',
    'seed:001': 'página para pacientes de una clínica',
    'seed:002': 'página para pacientes de una clínica ortopédica',
    'seed:003': 'artículo sobre el tratamiento',
    'seed:004': 'página para pacientes de una clínica de terapia física',
    'S-NHSINF': 'Escocia',
    'S-NICE': 'guía clínica',
    'S-NG234': 'guía clínica',
    'S-ACP': 'guía clínica',
    'S-COCH': 'revisión sistemática',
    'S-KOVACS': 'ensayo clínico aleatorizado',
    'S-BASS': 'citado en una guía del servicio de salud británico (NHS) para derivar a pacientes con dolor de espalda',
  },
  couldNotSave: 'No se pudo guardar en este dispositivo. Sus marcas se mantienen hasta que cierre esta página.',
  soundUnavailable: 'El sonido no funciona en este dispositivo: mantenga la pantalla a la vista.',
  screenMaySleep: 'La pantalla puede apagarse: tóquela de vez en cuando.',
  printBlocked: 'Aquí no se puede imprimir. Haga una captura de pantalla o pida una copia en papel a la clínica.',
  emergencySigns: 'Llame al {number} si tiene algo de esto:',
  emergencySummaries: {
    'saddle-numbness': 'adormecimiento u hormigueo entre las piernas o en las nalgas',
    'bladder-bowel': 'problemas nuevos para orinar, o se le sale la orina o el popó',
    'both-legs': 'dolor, adormecimiento, hormigueo o debilidad nuevos en las dos piernas',
    'sexual-function': 'problemas nuevos para tener una erección o eyacular',
    'worsening-weakness': 'una pierna cada vez más débil, o un pie que se arrastra',
    'serious-accident': 'dolor de espalda después de un accidente grave',
    'chest-pain': 'dolor en el pecho además del de espalda',
    'sudden-tummy-pain': 'dolor repentino y muy fuerte en la barriga',
    collapse: 'desmayo, piel gris y sudorosa, o dificultad para respirar',
    'pulsing-belly': 'un latido nuevo en la barriga',
    'cancer-nerve-signs': 'si ha tenido cáncer: dolor que baja por una pierna, adormecimiento o debilidad nuevos en una pierna, problemas para caminar, o dolor en banda alrededor del pecho o la barriga',
    'infection-nerve-signs': 'con fiebre, defensas bajas, o una operación, inyección o infección reciente: adormecimiento o debilidad nuevos en una pierna, o problemas para caminar',
  },
  preparedBy: 'De parte de {clinic}',
  clinicPhone: 'Teléfono: {phone}',
  handout: {
    printedOn: 'Impreso el {date}',
    getHelpNow: 'Busque ayuda de inmediato si tiene alguno de estos síntomas',
    callNow: 'Llame al {number} ahora o vaya a la sala de emergencias. No maneje usted mismo.',
  },
} as const satisfies CommonWords;
