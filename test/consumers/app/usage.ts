// A TypeScript app using every element, property and event of the installed package.
// Compiled with `tsc --noEmit` under `bundler` and `node16`: a wrong type is an error, and
// each `@ts-expect-error` fails the build if the types it guards ever loosen to `any`.
import {
  BackcareElement,
  BackcarePhaseGuide,
  BackcareRedFlagChecker,
  BackcareStretchCard,
  BackcareTreatmentChecklist,
  VERSION,
  type ChecklistChangeDetail,
  type PhaseChangeDetail,
  type StretchCompleteDetail,
  type TimerDetail,
  type TriageResultDetail,
} from 'backcare-widgets';
import { triage, type Tier } from 'backcare-widgets/triage';
import { contentFor } from 'backcare-widgets/content';

const version: string = VERSION;

const checker = document.createElement('backcare-red-flag-checker');
checker satisfies BackcareRedFlagChecker;
checker satisfies BackcareElement;
checker.headingText = 'Do you need help now?';
checker.clinicName = 'Example Physio';
checker.clinicPhone = '+1 555 010 0199';
checker.clinicUrl = 'https://clinic.example/';
checker.emergencyNumber = '911';
checker.headingLevelAttribute = 3;
checker.lang = 'es';
checker.addEventListener('backcare-triage-result', (event) => {
  const tier: Tier = event.detail.tier;
  const detail: TriageResultDetail = event.detail;
  // @ts-expect-error the tier is one of four words, not a number
  const wrong: number = event.detail.tier;
  void [tier, detail, wrong];
});
// @ts-expect-error not a tier
const badDetail: TriageResultDetail = { tier: 'later' };

const guide = document.querySelector('backcare-phase-guide');
if (guide) {
  guide satisfies BackcarePhaseGuide;
  guide.onset = '2026-11-19';
  guide.day = 2;
  // @ts-expect-error the day is a number of days
  guide.day = 'two';
  guide.sessionMinutes = 15;
  guide.headingText = 'Ice or heat?';
  guide.addEventListener('backcare-phase-change', (event) => {
    const detail: PhaseChangeDetail = event.detail;
    const day: number = event.detail.day;
    void [detail, day, event.detail.phase];
  });
  guide.addEventListener('backcare-timer-start', (event) => {
    const therapy: string = event.detail.therapy;
    const minutes: number = event.detail.minutes;
    // @ts-expect-error minutes are a number
    const wrong: string = event.detail.minutes;
    void [therapy, minutes, wrong];
  });
  guide.addEventListener('backcare-timer-complete', (event) => {
    const detail: TimerDetail = event.detail;
    void detail;
  });
}

const checklist = new BackcareTreatmentChecklist();
checklist.phase = 'acute';
// @ts-expect-error not a phase
checklist.phase = 'chronic';
checklist.items = 'stay-active,heat';
checklist.persist = true;
checklist.storageKey = 'my-plan';
checklist.clinicName = 'Example Physio';
checklist.headingText = 'Your plan';
document.body.append(checklist);

// Events bubble and are composed, so the document hears them with their types too.
document.addEventListener('backcare-checklist-change', (event) => {
  const { id, checked, done, total }: ChecklistChangeDetail = event.detail;
  const count: number = done + total;
  void [id.length, checked === true, count];
});

const card = document.createElement('backcare-stretch-card');
card satisfies BackcareStretchCard;
card.exercise = 'bridge';
// @ts-expect-error not a stretch
card.exercise = 'plank';
card.exercises = 'bridge,knee-rolls';
card.hold = 10;
card.reps = 3;
card.getReady = 15;
card.sound = 'off';
card.addEventListener('backcare-stretch-complete', (event) => {
  const detail: StretchCompleteDetail = event.detail;
  const reps: number = event.detail.reps;
  void [detail, reps, event.detail.exercise];
});

const result = triage({ fever: 'yes' });
const tier: Tier = result.tier;
const content = contentFor('es');

void [version, badDetail, tier, content];
