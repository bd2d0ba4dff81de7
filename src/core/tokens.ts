import { css, unsafeCSS } from 'lit';

/**
 * Every colour, once: the private name the styles use (`--_accent`), the
 * custom property a clinic sets to override it (`--backcare-accent`), and its
 * default in the light and in the dark theme. The dark theme is designed, not
 * inverted: each text colour is at least 4.5:1 on both surfaces, borders,
 * focus ring and tier colours at least 3:1 on the surface, and white text at
 * least 4.5:1 on every tier colour (the tests compute each pair).
 */
export const colorTokens = {
  accent: ['accent', '#0b5cad', '#8ec2ff'],
  'accent-contrast': ['accent-contrast', '#ffffff', '#0b1a2b'],
  text: ['text', '#1a1a1a', '#f0f2f5'],
  'text-muted': ['text-muted', '#4b4b4b', '#aab1bb'],
  surface: ['surface', '#ffffff', '#1b1d21'],
  'surface-alt': ['surface-alt', '#f2f4f7', '#262a30'],
  border: ['border', '#767676', '#8a9099'],
  'card-border': ['card-border', '#d0d4da', '#3b4048'],
  focus: ['focus-ring', '#1d1d1d', '#ffffff'],
  'focus-halo': ['focus-halo', '#ffdd00', '#ffdd00'],
  error: ['error', '#b3261e', '#ff8a80'],
  emergency: ['tier-emergency', '#d5281b', '#d5281b'],
  urgent: ['tier-urgent', '#d5281b', '#d5281b'],
  soon: ['tier-soon', '#005eb8', '#2171c2'],
  'self-care': ['tier-self-care', '#4c6272', '#5a7080'],
} as const satisfies Record<string, readonly [string, string, string]>;

/** `--_name: var(--backcare-token, default);` for each colour, with the light (1) or dark (2) defaults. */
const colors = (theme: 1 | 2) =>
  unsafeCSS(
    Object.entries(colorTokens)
      .map(([name, entry]) => `--_${name}:var(--backcare-${entry[0]},${entry[theme]});`)
      .join(''),
  );

/**
 * Design tokens and the base styles every element adopts.
 *
 * Theming has three tiers: global `--backcare-*` custom properties (the
 * colours above, radius, spacing, font), `::part()` names, and per-element
 * properties such as `--backcare-tier-emergency`. The font is inherited from
 * the page; the widget's own surface and text colours default to a readable
 * pair so a page's colours cannot make it unreadable. The dark theme applies
 * when the theme controller sets the `dark` state (see theme.ts); on paper
 * the light one always does.
 *
 * The host's display and inherited text properties are `!important`: in a
 * shadow root those win over the page's own `!important` rules, so a page's
 * reset cannot hide the widget or make its text unreadable. The font family
 * and size stay inherited from the page; clinics theme through the tokens.
 */
export const baseStyles = css`
  :host {
    ${colors(1)}
    --_radius: var(--backcare-radius, 0.5em);
    --_space: var(--backcare-space, 1em);
    /*
     * A box's padding at its sides: the space, down to 4 % of the width around
     * it but never under 16 px, so large text on a phone keeps room for words
     * and normal text (16 px) keeps its space.
     */
    --_pad: min(var(--_space), max(16px, 4%));

    color-scheme: light;
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    max-width: 100%;
    font-family: var(--backcare-font-family, inherit);
    font-size: var(--backcare-font-size, 1em);
    color: var(--_text) !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    font-style: normal !important;
    font-weight: 400 !important;
    white-space: normal !important;
    text-align: start !important;
    -webkit-text-fill-color: currentcolor !important;
    /* Words whole: a word breaks only if it is wider than the card on its own; layouts keep room for each. */
    overflow-wrap: break-word;
  }

  :host(:state(dark)) {
    ${colors(2)}
    color-scheme: dark;
  }

  @media print {
    :host(:state(dark)) {
      ${colors(1)}
      color-scheme: light;
    }
  }

  /* The card itself is inside the shadow root, where a page's resets cannot reach it. */
  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    padding: var(--_space) var(--_pad);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
  }

  h2 {
    font-size: 1.375em;
  }

  h3,
  h4,
  h5,
  h6 {
    font-size: 1.125em;
  }

  p {
    margin: 0 0 0.75em;
  }

  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }

  /* A bullet needs no more room with large text; its words do. */
  ul {
    padding-inline-start: min(1.5em, 24px);
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /*
   * Every link a target of at least 24 × 24 px (WCAG 2.5.8) with its text no
   * bigger. Links here stand alone (a list item, a paragraph of their own),
   * never mid-sentence, so a block that wraps inside itself is safe; hung
   * from the top of the line, so a list's number or bullet stays by its first line.
   */
  @media screen {
    a {
      display: inline-block;
      min-block-size: 24px;
      min-inline-size: 24px;
      vertical-align: top;
    }
  }

  /* Large, clearly bounded targets (WCAG 2.5.8 asks 24 px; a patient in pain gets 44). */
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em min(1em, 16px);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }

  button.secondary,
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-halo);
  }

  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* A field with an error (GOV.UK): a bar beside it, and the message in bold. */
  .error {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_error);
  }

  .error-message {
    margin-bottom: 0.5em;
    color: var(--_error);
    font-weight: 700;
  }

  .muted {
    color: var(--_text-muted);
  }

  .sources {
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
    }
  }
`;
