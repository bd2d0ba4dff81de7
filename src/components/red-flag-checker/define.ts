import { defineElement } from '../../core/define.js';
import { BackcareRedFlagChecker } from './red-flag-checker.js';

defineElement('backcare-red-flag-checker', BackcareRedFlagChecker);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-red-flag-checker': BackcareRedFlagChecker;
  }
}
