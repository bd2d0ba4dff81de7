import { css } from 'lit';

export const styles = css`
  .progress {
    display: grid;
    gap: 0.25em;
    margin: 0 0 1em;
    font-weight: 600;
  }

  progress {
    width: 100%;
    height: 1em;
    accent-color: var(--_accent);
  }

  .items {
    list-style: none;
    padding: 0;
  }

  .items > li {
    margin: 0;
    border-top: 1px solid var(--_card-border);
    padding-block: 0.25em;
  }

  /* The whole row ticks the box: the label takes the width beside it. */
  .items .choice__label {
    flex: 1;
    font-weight: 600;
  }

  .choice__hint > * {
    margin: 0 0 0.5em;
  }

  .info > li > p {
    margin: 0.25em 0;
  }

  .info .title {
    font-weight: 600;
  }

  .caution {
    padding: 0.25em min(0.75em, 12px);
    border-inline-start: 0.25em solid var(--backcare-caution, var(--_accent));
    background: var(--_surface-alt);
    font-size: 0.9375em;
  }

  summary {
    padding: 0.625em 0;
    color: var(--_accent);
    cursor: pointer;
  }

  details p {
    margin: 0;
  }

  /*
   * Each number a 24 px target (tokens.ts) hung from the top of its line, so
   * it still reads raised and the line is no taller; a list may wrap between numbers.
   */
  .refs {
    line-height: 0;
  }

  .refs a {
    vertical-align: top;
    padding-block-start: 0.3em;
    line-height: 1;
    text-align: end;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0.5em 0 1em;
  }

  .sources li {
    scroll-margin: 1em;
  }

  .print {
    display: none;
  }

  /* A page's own print (Ctrl+P): the checklist in black on white, compact, without its buttons. */
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_text-muted: #000;
      --_surface: #fff;
      --_surface-alt: #fff;
      font-size: 9.5pt;
      line-height: 1.25 !important;
    }

    [part~='base'] {
      border: 0;
      padding: 0;
    }

    h3,
    h4,
    h5,
    h6 {
      margin: 0.5em 0 0.25em;
    }

    ul,
    ol,
    p {
      margin-bottom: 0.5em;
    }

    .screen,
    button,
    details {
      display: none !important;
    }

    h2 {
      font-size: 1.5em;
    }

    .items > li {
      border: 0;
      padding: 0;
      break-inside: avoid;
    }

    .items .print {
      display: block;
    }

    .caution {
      padding: 0;
      padding-inline-start: 0.5em;
      font-style: italic;
    }

    a {
      text-decoration: none;
    }

    .sources a::after {
      content: ' ' attr(href);
    }

    .sources {
      font-size: 0.8125em;
      columns: 2;
      column-gap: 2em;
    }
  }
`;
