/**
 * Entry of the script-tag bundle and of the npm package: registers every
 * element and exports the classes and their events' detail types. Each
 * element also has its own entry, `components/<name>/define.js`.
 */
export * from './core/exports.js';
import './components/red-flag-checker/define.js';
export { BackcareRedFlagChecker, type TriageResultDetail } from './components/red-flag-checker/red-flag-checker.js';
import './components/treatment-checklist/define.js';
export { BackcareTreatmentChecklist, type ChecklistChangeDetail } from './components/treatment-checklist/treatment-checklist.js';
import './components/phase-guide/define.js';
export { BackcarePhaseGuide, type PhaseChangeDetail, type TimerDetail } from './components/phase-guide/phase-guide.js';
import './components/stretch-card/define.js';
export { BackcareStretchCard, type StretchCompleteDetail } from './components/stretch-card/stretch-card.js';
