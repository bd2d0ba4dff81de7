import { defineElement } from '../../core/define.js';
import { BackcareRedFlagChecker, type TriageResultDetail } from './red-flag-checker.js';

defineElement('backcare-red-flag-checker', BackcareRedFlagChecker);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-red-flag-checker': BackcareRedFlagChecker;
  }
  // Typed listeners on any element or the document: `addEventListener('backcare-triage-result', (event) => event.detail)`.
  interface GlobalEventHandlersEventMap {
    'backcare-triage-result': CustomEvent<TriageResultDetail>;
  }
}
