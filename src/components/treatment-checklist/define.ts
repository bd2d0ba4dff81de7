import { defineElement } from '../../core/define.js';
import { BackcareTreatmentChecklist, type ChecklistChangeDetail } from './treatment-checklist.js';

defineElement('backcare-treatment-checklist', BackcareTreatmentChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-treatment-checklist': BackcareTreatmentChecklist;
  }
  // Typed listeners on any element or the document: `addEventListener('backcare-checklist-change', (event) => event.detail)`.
  interface GlobalEventHandlersEventMap {
    'backcare-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
