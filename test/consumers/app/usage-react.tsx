// A React 19 component with all four elements and their props, against @types/react 19 and
// the package's JSX types (`import 'backcare-widgets/jsx'`): one name per setting (the
// attribute's), numbers as numbers, only the values a setting accepts, and React's refs.
import { useEffect, useRef, type Ref } from 'react';
import 'backcare-widgets';
import type { BackcarePhaseGuide, BackcareRedFlagChecker } from 'backcare-widgets';
import type {} from 'backcare-widgets/jsx';
import type { Tier } from 'backcare-widgets/triage';

export function BackCare({ onTier, guideRef }: { onTier: (tier: Tier) => void; guideRef: Ref<BackcarePhaseGuide> }) {
  const checker = useRef<BackcareRedFlagChecker>(null);
  useEffect(() => checker.current?.focus(), []);
  return (
    <main>
      <backcare-red-flag-checker
        ref={checker}
        heading="Do you need help now?"
        clinic-name="Example Physio"
        clinic-phone="+1 555 010 0199"
        clinic-url="https://clinic.example/"
        emergency-number="911"
        heading-level={3}
        theme="dark"
        lang="es"
        onbackcare-triage-result={(event) => onTier(event.detail.tier)}
      />
      <backcare-phase-guide
        ref={guideRef}
        onset="2026-11-19"
        day={4}
        session-minutes={15}
        sound="off"
        onbackcare-phase-change={(event) => console.info(event.detail.phase, event.detail.day)}
        onbackcare-timer-complete={(event) => console.info(event.detail.therapy, event.detail.minutes)}
      />
      <backcare-treatment-checklist
        ref={(element) => element?.scrollIntoView()}
        phase="acute"
        items="stay-active,heat"
        persist
        storage-key="my-plan"
        theme="auto"
        onbackcare-checklist-change={(event) => console.info(event.detail.done, event.detail.total)}
      />
      <backcare-stretch-card
        exercise="bridge"
        hold={10}
        reps={3}
        get-ready={15}
        sound="on"
        onbackcare-stretch-complete={(event) => console.info(event.detail.exercise, event.detail.reps)}
      />
      {/* @ts-expect-error a misspelt attribute is an error, not silently ignored */}
      <backcare-stretch-card excercise="bridge" />
      {/* @ts-expect-error one name per setting: the attribute `heading`, not the property behind it */}
      <backcare-red-flag-checker headingText="Help" />
      {/* @ts-expect-error not a stretch */}
      <backcare-stretch-card exercise="plank" />
      {/* @ts-expect-error a handler gets the element's own event: a phase change has no tier */}
      <backcare-phase-guide onbackcare-phase-change={(event) => onTier(event.detail.tier)} />
    </main>
  );
}
