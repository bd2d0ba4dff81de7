import { defineElement } from '../../core/define.js';
import { BackcarePhaseGuide } from './phase-guide.js';

defineElement('backcare-phase-guide', BackcarePhaseGuide);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-phase-guide': BackcarePhaseGuide;
  }
}
