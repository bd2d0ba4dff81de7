import { css } from 'lit';

/*
 * Tier colours follow the NHS care cards: emergency red with a black body,
 * urgent red, non-urgent blue, and a neutral grey for self-care (the
 * --_emergency ... --_self-care tokens, light and dark, in core/tokens.ts).
 * White text on each default is at least 4.5:1; the tier is also told by the
 * heading's words (with a visually hidden prefix) and by the icon's shape.
 * The checkboxes are the shared GOV.UK-style ones (core/choice.styles.ts).
 */
export const styles = css`
  .note {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }

  /* An element selector, so the shared .error bar (baseStyles) still wins on a list with nothing ticked. */
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
  }

  .step {
    display: block;
    color: var(--_text-muted);
  }

  .question {
    margin-block: 0 0.25em;
  }

  .hint {
    margin-block: 0 0.75em;
    color: var(--_text-muted);
  }

  /*
   * The labels' own padding spaces the items, and their text runs to the edge:
   * the longest list still fits in two phone screens.
   */
  .choice {
    margin-block-end: 0;
  }

  .choice__label,
  .choice__hint {
    padding-inline-end: 0;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em 0;
  }

  /* GOV.UK's back link: a control that reads as a link, with a chevron that points back in either direction. */
  .back {
    min-height: 2.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_text);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .back::before {
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-end: 0.2em;
    border-block-start: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  .back:dir(rtl)::before {
    transform: rotate(45deg);
  }

  .error-summary {
    margin-block: 0 1em;
    padding: var(--_space);
    border: 4px solid var(--_error);
  }

  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .error-summary a {
    color: var(--_error);
    font-weight: 700;
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
    container: outcome / inline-size;
    scroll-margin-block-start: 0.5em;
    margin: 0;
    border: 2px solid var(--_tier);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  /* A readable line length for the lists on a wide screen, like the cards. */
  .page {
    max-width: 42em;
    scroll-margin-block-start: 0.5em;
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
    padding: 0.75em var(--_pad);
    background: var(--_tier);
    color: #fff;
  }

  .card-heading {
    min-inline-size: 0;
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
    padding: var(--_space) var(--_pad);
  }

  .card-body > :last-child {
    margin-bottom: 0;
  }

  .emergency .card-body {
    background: #000;
    color: #fff;
  }

  .emergency .note,
  .emergency .sources,
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
    max-inline-size: 100%;
    padding: 0.6em 1em;
    font-size: 1.125em;
    text-align: center;
  }

  .nowrap {
    white-space: nowrap;
  }

  /* Large text on a phone: the heading under its icon, and the call buttons as wide as the card with words at body size, so each word fits whole. */
  @container outcome (max-width: 12em) {
    .card-head {
      flex-wrap: wrap;
    }

    .card-heading {
      flex-basis: 100%;
    }

    .call {
      display: block;
      font-size: 1em;
      padding-inline: 0.25em;
    }
  }

  .reasons,
  .safety-net {
    margin-bottom: 0.75em;
    padding-top: 0.75em;
    border-top: 1px solid currentColor;
  }

  .reasons p,
  .safety-net p {
    margin-bottom: 0.25em;
  }

  /* Below the advice and collapsed, so the card ends with what to do, not a block of small print. */
  .sources-part {
    margin-block: 0.75em;
  }

  .sources-part summary {
    box-sizing: border-box;
    min-height: 2.75em;
    padding-block: 0.5em;
    cursor: pointer;
  }

  .card .sources {
    margin: 0;
    padding-inline-start: 1.25em;
    font-size: 0.9375em;
  }

  .card .sources li + li {
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    .card-head,
    .error-summary {
      border: 2px solid CanvasText;
    }
  }
`;
