import { defineElement } from '../../core/define.js';
import { BackcareTreatmentChecklist } from './treatment-checklist.js';

defineElement('backcare-treatment-checklist', BackcareTreatmentChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-treatment-checklist': BackcareTreatmentChecklist;
  }
}
