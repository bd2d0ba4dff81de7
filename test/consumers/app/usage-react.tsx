// A React 19 component with all four elements and their props, against @types/react 19 and
// the package's JSX types (`import 'backcare-widgets/jsx'`).
import 'backcare-widgets';
import type {} from 'backcare-widgets/jsx';
import type { Tier } from 'backcare-widgets/triage';

export function BackCare({ onTier }: { onTier: (tier: Tier) => void }) {
  return (
    <main>
      <backcare-red-flag-checker
        clinic-name="Example Physio"
        clinic-phone="+1 555 010 0199"
        clinic-url="https://clinic.example/"
        emergency-number="911"
        heading-level="3"
        lang="es"
        onbackcare-triage-result={(event) => onTier(event.detail.tier)}
      />
      <backcare-phase-guide
        onset="2026-11-19"
        session-minutes="15"
        onbackcare-phase-change={(event) => console.info(event.detail.phase, event.detail.day)}
        onbackcare-timer-complete={(event) => console.info(event.detail.therapy, event.detail.minutes)}
      />
      <backcare-treatment-checklist
        phase="acute"
        items="stay-active,heat"
        persist
        storage-key="my-plan"
        onbackcare-checklist-change={(event) => console.info(event.detail.done, event.detail.total)}
      />
      <backcare-stretch-card
        exercise="bridge"
        hold="10"
        reps="3"
        sound="off"
        onbackcare-stretch-complete={(event) => console.info(event.detail.exercise, event.detail.reps)}
      />
      {/* @ts-expect-error a misspelt attribute is an error, not silently ignored */}
      <backcare-stretch-card excercise="bridge" />
    </main>
  );
}
