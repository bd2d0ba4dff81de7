import { css } from 'lit';

/*
 * The current phase is told three ways: the "You are here" badge (words), a
 * thick border, and aria-current="step". The clock is three times the body
 * text, to be read from the floor at arm's length, in tabular figures so the
 * digits do not jump while counting down. Radios come from choiceStyles.
 */
export const styles = css`
  .cite {
    font-size: 0.875em;
  }

  /* A 44 px target at the smaller size too. */
  .cite summary {
    padding: 0.8em 0;
  }

  .cite .sources {
    font-size: 1em;
  }

  .day {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .day strong {
    font-size: 1.25em;
  }

  .book {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    font-weight: 600;
  }

  .phases {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }

  .phases > li {
    padding: 0.25em var(--_pad);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .phases > .current {
    padding: 1em var(--_pad);
    border: 3px solid var(--_accent);
  }

  /* Wide cards: what to do first in reading order, the timer beside it. */
  .phases {
    container-type: inline-size;
  }

  @container (min-width: 40em) {
    .current {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(15em, 22em);
      align-items: start;
      gap: 1.5em;
    }

    .current > .timer {
      margin: 0;
      padding: 0;
      padding-inline-start: 1.5em;
      border: 0;
      border-inline-start: 1px solid var(--_border);
    }
  }

  .marker {
    display: inline-block;
    padding: 0.125em 0.75em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }

  summary {
    display: list-item;
    padding: 0.6em 0;
    cursor: pointer;
  }

  .name {
    font-weight: 700;
  }

  summary .muted {
    display: block;
    padding-inline-start: 1.1em;
  }

  dl {
    container: facts / inline-size;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
  }

  /* No room for a label beside its value (large text on a phone): the label above it. */
  @container facts (max-width: 15em) {
    dt,
    dd {
      grid-column: 1 / -1;
    }

    dd + dt {
      margin-block-start: 0.25em;
    }
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .timer {
    container-type: inline-size;
    margin: 1em 0 0;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
  }

  .safety,
  .caution {
    padding: 0.5em min(0.75em, 12px);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  .sessions {
    margin-block-end: 0.5em;
  }

  /* While a session runs the choice is locked; the one in use stays fully readable. */
  .sessions .choice__input:checked:disabled + .choice__label {
    opacity: 1;
  }

  .clock-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    margin: 0;
  }

  /* Whole, never broken inside the number; smaller where three times the text is wider than the timer. */
  .clock {
    /* Browsers without container units (Safari before 16, Chrome before 105) keep the first size. */
    font-size: 3em;
    font-size: min(3em, 30cqi);
    white-space: nowrap;
    line-height: 1.2;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .status.done {
    padding: 0.5em 0.75em;
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* Words only: a block of text, so a word longer than a phone's line wraps inside the button, never past it. */
  .actions button {
    display: inline-block;
    max-inline-size: 100%;
    text-align: center;
  }

  form {
    margin-bottom: 1.5em;
  }

  fieldset {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
  }

  legend {
    margin-bottom: 0.5em;
    padding: 0;
    font-size: 1.125em;
    font-weight: 700;
  }

  input {
    accent-color: var(--_accent);
  }

  .date {
    display: block;
    margin: 0 0 1em;
  }

  [type='date'] {
    display: block;
    min-height: 2.75em;
    margin-top: 0.25em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }

  /* With text at 200 % on a phone, the clock stays on one line and in the timer: at most 14 % of the screen's width. */
  .clock-row .clock {
    font-size: min(3em, 14vw);
    font-size: min(3em, 14vw, 30cqi);
  }

  /* "Start a timer", near the top: takes the patient to the timer. */
  .jump {
    margin: 0 0 1em;
  }
`;
