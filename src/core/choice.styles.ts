import { css } from 'lit';

/**
 * Radios and checkboxes drawn at 1.5em over a real `<input>` (GOV.UK's pattern),
 * so they grow with the text and keep the browser's keyboard and screen-reader
 * behaviour. Markup:
 *
 * ```html
 * <div class="choice">
 *   <input class="choice__input" type="checkbox" id="pain" aria-describedby="pain-hint">
 *   <label class="choice__label" for="pain">Text</label>
 *   <div class="choice__hint" id="pain-hint">Hint (optional)</div>
 * </div>
 * <div class="choice__divider">or</div>   (before an exclusive "None of these")
 * ```
 *
 * The input stays in place, transparent, as a square target 2em wide and never
 * under 44 px (WCAG's enhanced target size: the one size not in em, a floor for
 * small type), so large text keeps room for its words on a phone; the label
 * widens the target and draws the box in `::before` and the tick or dot in
 * `::after`. Both are drawn with borders, which forced-colours mode keeps,
 * so the checked state shows there too. The tick is a shape, not a direction:
 * its physical borders do not mirror in a right-to-left page.
 */
export const choiceStyles = css`
  .choice,
  .choice__divider {
    --_target: max(2em, 44px);
    --_inset: calc((var(--_target) - 1.5em) / 2);
  }

  .choice {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    margin-block-end: 0.5em;
  }

  .choice__input {
    flex: none;
    position: relative;
    z-index: 1;
    inline-size: var(--_target);
    block-size: var(--_target);
    margin: 0;
    font: inherit;
    opacity: 0;
    cursor: pointer;
  }

  .choice__label {
    max-inline-size: calc(100% - var(--_target));
    min-inline-size: 0;
    padding-block: var(--_inset);
    padding-inline: min(0.5em, 8px) 0;
    cursor: pointer;
    touch-action: manipulation;
  }

  .choice__label::before,
  .choice__label::after {
    content: '';
    position: absolute;
  }

  .choice__label::before {
    inset-block-start: var(--_inset);
    inset-inline-start: var(--_inset);
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 0.125em solid currentColor;
    background: transparent;
  }

  .choice__label::after {
    box-sizing: content-box;
    opacity: 0;
  }

  [type='checkbox'] + .choice__label::after {
    inset-block-start: calc(var(--_inset) + 0.415em);
    inset-inline-start: calc(var(--_inset) + 0.3em);
    width: 0.675em;
    height: 0.2625em;
    border: solid currentColor;
    border-width: 0 0 0.1875em 0.1875em;
    transform: rotate(-45deg);
  }

  [type='radio'] + .choice__label::before {
    border-radius: 50%;
  }

  [type='radio'] + .choice__label::after {
    inset-block-start: calc(var(--_inset) + 0.375em);
    inset-inline-start: calc(var(--_inset) + 0.375em);
    border: 0.375em solid currentColor;
    border-radius: 50%;
  }

  .choice__input:checked + .choice__label::after {
    opacity: 1;
  }

  .choice__input:focus-visible + .choice__label::before {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-halo);
  }

  .choice__input:disabled,
  .choice__input:disabled + .choice__label {
    cursor: not-allowed;
  }

  .choice__input:disabled + .choice__label {
    opacity: 0.6;
  }

  .choice__hint {
    flex-basis: 100%;
    min-inline-size: 0;
    margin-block-start: calc(0.25em - var(--_inset));
    padding-inline: calc(var(--_target) + min(0.5em, 8px)) 0;
    color: var(--_text-muted);
  }

  .choice__divider {
    inline-size: var(--_target);
    margin-block-end: 0.5em;
    text-align: center;
  }
`;
