import { defineElement } from '../../core/define.js';
import { BackcareStretchCard, type StretchCompleteDetail } from './stretch-card.js';

defineElement('backcare-stretch-card', BackcareStretchCard);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-stretch-card': BackcareStretchCard;
  }
  // Typed listeners on any element or the document: `addEventListener('backcare-stretch-complete', (event) => event.detail)`.
  interface GlobalEventHandlersEventMap {
    'backcare-stretch-complete': CustomEvent<StretchCompleteDetail>;
  }
}
