import { css } from 'lit';

/*
 * Notes kept out of the CSS text (comments there would ship in the bundle):
 * the key poses sit side by side where the card is wide and one above the
 * other on a phone, each as wide as the card; the figure is the accent colour,
 * the far arm and leg paler, each part outlined in the card's surface colour so
 * that overlapping parts stay apart; in forced colours the figure is drawn in
 * outline (CanvasText on Canvas). A hold is framed in the accent colour (the
 * words say "Hold" too). What matters from the floor (the phase, the seconds,
 * "Rep 2 of 5", "Left side") is at least twice the body text. The Previous/Next
 * buttons sit side by side while whole words fit, one above the other when
 * not. With large text in a narrow card the big words and the clock shrink
 * to the timer's width (container units) rather than break. A card printed
 * with the page (Ctrl+P) is a handout, without buttons. In a right-to-left
 * page the drawings are mirrored, so they read in the page's direction.
 */
export const styles = css`
  .notice {
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-alt);
    padding: 0.5em 0.75em;
    font-weight: 600;
  }

  .poses {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 0.5em 1em;
    margin-bottom: var(--_space);
  }

  .figure {
    display: block;
    width: 100%;
    height: auto;
    color: var(--_accent);
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .figure:dir(rtl) {
    transform: scaleX(-1);
  }

  .figure path {
    fill: currentColor;
    stroke: var(--_surface);
    stroke-width: 1.2;
  }

  .figure .far {
    fill: color-mix(in srgb, currentColor 50%, var(--_surface));
  }

  .figure .eye {
    fill: var(--_surface);
    stroke: none;
  }

  .figure .mat {
    fill: var(--_surface-alt);
    stroke: var(--_border);
  }

  .figure .shadow {
    fill: color-mix(in srgb, var(--_surface-alt) 80%, #000);
    stroke: none;
  }

  .figure .mark {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
  }

  /* As wide as the timer's frame on a phone (at least 300 px at 375), at most 30em, centred. */
  .guided {
    width: min(30em, calc(100% + 2 * var(--_space) - 8px));
    margin-block: 0.5em;
    margin-inline: max(calc(4px - var(--_space)), calc((100% - 30em) / 2));
  }

  .dose {
    font-weight: 600;
    margin-bottom: 0.25em;
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
    display: inline-block;
    flex: 1 1 auto;
    max-inline-size: 100%;
    text-align: center;
  }

  .timer {
    container-type: inline-size;
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

  .timer .sound {
    inline-size: fit-content;
    margin-inline: auto;
    text-align: start;
  }

  .phase,
  .where {
    /* Browsers without container units (Safari before 16, Chrome before 105) keep the first size. */
    font-size: 2em;
    font-size: min(2em, 15cqi);
    font-weight: 700;
    line-height: 1.2;
  }

  .cue {
    font-size: 1.5em;
    font-size: min(1.5em, 14cqi);
    font-weight: 700;
    color: var(--_accent);
  }

  .where {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    column-gap: 0.75em;
  }

  .clock {
    font-size: 4em;
    font-size: min(4em, 60cqi);
    white-space: nowrap;
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

  .print {
    margin-bottom: var(--_space);
  }

  @media print {
    .controls,
    .nav button,
    .print,
    .sound {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .figure path,
    .figure .far {
      fill: Canvas;
      stroke: CanvasText;
    }

    .figure .eye {
      fill: CanvasText;
    }

    .figure .shadow {
      display: none;
    }
  }
`;

/*
 * While a guided set runs: lines that change (the step, the cue, "Rep 2 of 5",
 * a routine's current steps) each sit in a box the size of their largest
 * text (`reserve`), so the panel keeps its size and Pause does not move
 * under a finger. Those lines and the seconds
 * are at most 8 % (the seconds 20 %) of the screen's width, and no wider than
 * the timer holds whole (each second size is for browsers with container
 * units): with text at 200 % on a phone, the step, the seconds, "Rep 2 of 5"
 * and Pause still fit one screen, every word whole. "Next: Bridge"
 * is smaller, so a long name does not make every "Rep" line's room tall.
 */
export const runStyles = css`
  .timer.running .phase,
  .timer.running .where {
    font-size: min(2em, 8vw);
    font-size: min(2em, 8vw, 15cqi);
  }

  .timer.running .where.next {
    font-size: min(1.25em, 7vw);
    font-size: min(1.25em, 7vw, 12cqi);
  }

  .timer.running .clock {
    font-size: min(4em, 20vw);
    font-size: min(4em, 20vw, 60cqi);
  }

  .timer.running .controls {
    margin-block: 0.5em 0.75em;
  }

  .now {
    text-align: start;
  }

  .now-name {
    font-weight: 700;
  }

  .now ol {
    margin-block: 0.25em 0;
  }
`;
