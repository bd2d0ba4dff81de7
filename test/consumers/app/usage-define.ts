// One element's entry alone: its tag and its event are typed without the package root.
import 'backcare-widgets/components/red-flag-checker/define.js';

const checker = document.createElement('backcare-red-flag-checker');
checker.clinicPhone = '+1 555 010 0199';
checker.addEventListener('backcare-triage-result', (event) => {
  const tier: string = event.detail.tier;
  // @ts-expect-error the detail has a tier, not the answers
  void event.detail.answers;
  void tier;
});
// @ts-expect-error another element's entry was not imported, so its tag is a plain HTMLElement
document.createElement('backcare-stretch-card').exercises = 'bridge';
