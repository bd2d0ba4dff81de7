import { css } from 'lit';

/*
 * Tier colours follow the NHS care cards: emergency red with a black body,
 * urgent red, non-urgent blue, and a neutral grey for self-care (the
 * --_emergency ... --_self-care tokens, light and dark, in core/tokens.ts).
 * White text on each default is at least 4.5:1; the tier is also told by the
 * heading's words (with a visually hidden prefix) and by the icon's shape.
 */
export const styles = css`
  .note {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }

  .group {
    margin-top: 1.5em;
  }

  .group-heading {
    padding-bottom: 0.25em;
    border-bottom: 2px solid var(--_border);
  }

  /* An element selector, so the shared .error bar (baseStyles) still wins on an unanswered question. */
  fieldset {
    margin: 0 0 1.25em;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  /* Floated, the legend sits inside the fieldset's box, so the error bar runs beside it too. */
  legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-bottom: 0.5em;
    font-weight: 600;
  }

  legend + * {
    clear: both;
  }

  .hint {
    margin: -0.25em 0 0.5em;
    color: var(--_text-muted);
  }

  .base {
    container-type: inline-size;
  }

  /* One column on a phone, one row where three fit. */
  .options {
    display: grid;
    gap: 0.5em;
  }

  @container (min-width: 38em) {
    .options {
      grid-template-columns: repeat(3, minmax(0, 13em));
    }
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 2.75em;
    padding: 0.4em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option.checked {
    border-color: var(--_accent);
    background: var(--_surface-alt);
    font-weight: 600;
  }

  input {
    flex: none;
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1.5em 0;
  }

  .error-summary {
    margin: 1em 0;
    padding: var(--_space);
    border: 4px solid var(--_error);
  }

  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .error-summary li + li {
    margin-top: 0.5em;
  }

  .error-summary a {
    color: var(--_error);
  }

  .error-summary:focus {
    outline: 3px solid var(--_focus-halo);
  }

  .card,
  .error-summary {
    max-width: 42em;
  }

  .card {
    --_tier: var(--_self-care);
    margin: 0 0 1.5em;
    border: 2px solid var(--_tier);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .emergency {
    --_tier: var(--_emergency);
  }

  .urgent {
    --_tier: var(--_urgent);
  }

  .soon {
    --_tier: var(--_soon);
  }

  .card-head {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.75em var(--_space);
    background: var(--_tier);
    color: #fff;
  }

  .card-heading {
    margin: 0;
  }

  .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
  }

  .card-body {
    padding: var(--_space);
  }

  .card-body > :last-child {
    margin-bottom: 0;
  }

  .emergency .card-body {
    background: #000;
    color: #fff;
  }

  .emergency .note,
  .emergency a {
    color: #fff;
  }

  .emergency .button {
    background: #fff;
    border-color: #fff;
    color: #000;
  }

  /* A block of text rather than flex items, so a long label wraps between words. */
  .call {
    display: inline-block;
    padding: 0.6em 1em;
    font-size: 1.125em;
    text-align: center;
  }

  .nowrap {
    white-space: nowrap;
  }


  .reasons {
    margin-bottom: 0.75em;
    padding-top: 0.75em;
    border-top: 1px solid currentColor;
  }

  .reasons p {
    margin-bottom: 0.25em;
  }

  .card .sources {
    font-size: 0.8125em;
  }

  @media (forced-colors: active) {
    .card-head,
    .error-summary,
    .option.checked {
      border: 2px solid CanvasText;
    }
  }
`;
