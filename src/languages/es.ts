/**
 * Every widget's Spanish words, registered up front: for an app that wants its
 * Spanish pages to make no extra request (`import 'backcare-widgets/languages/es.js'`).
 * Without it, a widget fetches its Spanish words when it first speaks Spanish.
 */
import redFlagChecker from '../data/es/red-flag-checker.js';
import phaseGuide from '../data/es/phase-guide.js';
import treatmentChecklist from '../data/es/treatment-checklist.js';
import stretchCard from '../data/es/stretch-card.js';
import { registerWords } from '../data/locales.js';

registerWords('es', {
  'red-flag-checker': redFlagChecker,
  'phase-guide': phaseGuide,
  'treatment-checklist': treatmentChecklist,
  'stretch-card': stretchCard,
});
