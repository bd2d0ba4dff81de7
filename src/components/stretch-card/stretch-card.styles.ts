import { css } from 'lit';

/*
 * Notes kept out of the CSS text (comments there would ship in the bundle):
 * a hold is framed in the accent colour (the words say "Hold" too); the
 * Previous/Next buttons sit side by side while whole words fit, one above the
 * other when not; a printed card is a handout, without buttons. In a
 * right-to-left page the drawing is mirrored, so start and end poses and the
 * arrow between them read in the page's direction.
 */
export const styles = css`
  .notice {
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-alt);
    padding: 0.5em 0.75em;
    font-weight: 600;
  }

  .illustration {
    display: block;
    width: 100%;
    max-width: 36em;
    height: auto;
    margin: 0 auto var(--_space);
    color: var(--_accent);
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .illustration:dir(rtl) {
    transform: scaleX(-1);
  }

  .figure {
    stroke: currentColor;
    stroke-width: 5;
  }

  .figure circle {
    fill: currentColor;
    stroke: none;
  }

  .floor,
  .mat {
    stroke: var(--_border);
    stroke-width: 1.5;
  }

  .mat {
    fill: var(--_surface-alt);
  }

  .mark {
    stroke: var(--_text-muted);
    stroke-width: 2;
  }

  .dose {
    font-weight: 600;
    margin-bottom: 0.5em;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: var(--_space);
  }

  .nav p {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }

  .nav button {
    flex: 1 1 auto;
    overflow-wrap: normal;
  }

  .timer {
    margin: var(--_space) 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    text-align: center;
    box-shadow: inset 0 0 0 2px var(--_border);
    transition: box-shadow 0.4s ease;
  }

  .timer.hold {
    box-shadow: inset 0 0 0 4px var(--_accent);
  }

  .timer p {
    margin: 0;
  }

  .phase {
    font-size: 1.5em;
    font-weight: 700;
  }

  .clock {
    font-size: 3.5em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .clock small {
    font-size: 0.4em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
    margin-top: 0.75em;
  }

  @media print {
    .controls,
    .nav button {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .illustration {
      color: CanvasText;
    }
  }
`;
