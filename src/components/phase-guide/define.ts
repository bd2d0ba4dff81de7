import { defineElement } from '../../core/define.js';
import { BackcarePhaseGuide, type PhaseChangeDetail, type TimerDetail } from './phase-guide.js';

defineElement('backcare-phase-guide', BackcarePhaseGuide);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-phase-guide': BackcarePhaseGuide;
  }
  // Typed listeners on any element or the document: `addEventListener('backcare-phase-change', (event) => event.detail)`.
  interface GlobalEventHandlersEventMap {
    'backcare-phase-change': CustomEvent<PhaseChangeDetail>;
    'backcare-timer-start': CustomEvent<TimerDetail>;
    'backcare-timer-complete': CustomEvent<TimerDetail>;
  }
}
