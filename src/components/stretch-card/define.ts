import { defineElement } from '../../core/define.js';
import { BackcareStretchCard } from './stretch-card.js';

defineElement('backcare-stretch-card', BackcareStretchCard);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-stretch-card': BackcareStretchCard;
  }
}
