import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { choiceStyles } from '../../src/core/choice.styles.js';
import { baseStyles } from '../../src/core/tokens.js';

/** The markup contract every widget's radios and checkboxes follow. */
@customElement('choice-test-element')
class ChoiceTestElement extends LitElement {
  static override styles = [baseStyles, choiceStyles];
  override render() {
    return html`<form part="base">
      <fieldset>
        <legend>Do you have any of these?</legend>
        <div class="choice">
          <input class="choice__input" type="checkbox" id="numb" aria-describedby="numb-hint" />
          <label class="choice__label" for="numb">Numbness</label>
          <div class="choice__hint" id="numb-hint">Around the bottom or genitals</div>
        </div>
        <div class="choice__divider">or</div>
        <div class="choice">
          <input class="choice__input" type="checkbox" id="none" />
          <label class="choice__label" for="none">None of these</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>When did it start?</legend>
        <div class="choice">
          <input class="choice__input" type="radio" name="when" id="today" />
          <label class="choice__label" for="today">Today</label>
        </div>
        <div class="choice">
          <input class="choice__input" type="radio" name="when" id="earlier" />
          <label class="choice__label" for="earlier">Earlier</label>
        </div>
      </fieldset>
    </form>`;
  }
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
/** The drawn box (the label's ::before) and mark (::after) of the input with this id. */
const drawn = (el: Element, id: string, part: '::before' | '::after') => getComputedStyle($(el, `#${id} + label`), part);
const px = (value: string) => parseFloat(value);

async function render(fontSize: string, dir = 'ltr') {
  const page = await fixture<HTMLElement>(html`<div dir=${dir}><choice-test-element></choice-test-element></div>`);
  page.style.fontSize = fontSize;
  const el = page.firstElementChild as ChoiceTestElement;
  await el.updateComplete;
  return el;
}

describe('choice styles (radios and checkboxes)', () => {
  it('draws each box at 1.5em, growing with the text: 24 px at 16 px, 48 px at 32 px', async () => {
    for (const [font, size] of [
      ['16px', 24],
      ['32px', 48],
    ] as const) {
      const el = await render(font);
      for (const id of ['numb', 'today']) {
        expect(px(drawn(el, id, '::before').width), `${id} at ${font}`).to.equal(size);
        expect(px(drawn(el, id, '::before').height), `${id} at ${font}`).to.equal(size);
      }
    }
  });

  it('keeps a real input, at least 44 × 44 px, over the drawn box', async () => {
    const el = await render('16px');
    for (const id of ['numb', 'none', 'today', 'earlier']) {
      const input = $(el, `#${id}`).getBoundingClientRect();
      expect(input.width, id).to.be.at.least(44);
      expect(input.height, id).to.be.at.least(44);
      const choice = $(el, `#${id}`).closest('.choice')!.getBoundingClientRect();
      const box = drawn(el, id, '::before');
      // The drawn box lies inside the input's area, so a tap on it lands on the input.
      expect(input.left - choice.left + input.width).to.be.at.least(px(box.left) + px(box.width));
      expect(input.top - choice.top + input.height).to.be.at.least(px(box.top) + px(box.height));
      expect(document.elementFromPoint(input.left + input.width / 2, input.top + input.height / 2)).to.equal(el);
      expect(el.shadowRoot!.elementFromPoint(input.left + input.width / 2, input.top + input.height / 2)).to.equal($(el, `#${id}`));
    }
  });

  it('shows the tick or dot when checked, by a tap on the box or the words', async () => {
    const el = await render('16px');
    expect(drawn(el, 'numb', '::after').opacity).to.equal('0');
    $(el, '#numb').click();
    expect(drawn(el, 'numb', '::after').opacity).to.equal('1');
    $(el, 'label[for="today"]').click();
    expect($(el, '#today').matches(':checked')).to.equal(true);
    expect(drawn(el, 'today', '::after').opacity).to.equal('1');
    expect(drawn(el, 'earlier', '::after').opacity).to.equal('0');
    // The dot is round, the box of a radio too.
    expect(drawn(el, 'today', '::after').borderRadius).to.equal('50%');
    expect(drawn(el, 'today', '::before').borderRadius).to.equal('50%');
    expect(drawn(el, 'numb', '::before').borderRadius).to.equal('0px');
  });

  it('draws the box and mark with borders, which forced colours (Windows High Contrast) keep', async () => {
    const el = await render('16px');
    $(el, '#numb').click();
    $(el, '#today').click();
    for (const id of ['numb', 'today']) {
      const mark = drawn(el, id, '::after');
      expect(mark.opacity, id).to.equal('1');
      // Forced colours drop backgrounds and shadows but keep borders, in the text colour.
      expect(mark.backgroundColor, id).to.equal('rgba(0, 0, 0, 0)');
      expect(px(mark.borderBottomWidth), id).to.be.at.least(3);
      expect(mark.borderBottomColor, id).to.equal(getComputedStyle(el).color);
      expect(px(drawn(el, id, '::before').borderTopWidth), id).to.be.at.least(2);
    }
  });

  it('shows a focus ring around the box when reached by keyboard', async () => {
    const el = await render('16px');
    expect(drawn(el, 'numb', '::before').outlineStyle).to.equal('none');
    $(el, 'legend').setAttribute('tabindex', '-1');
    $(el, 'legend').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#numb'));
    const ring = drawn(el, 'numb', '::before');
    expect(ring.outlineStyle).to.equal('solid');
    expect(px(ring.outlineWidth)).to.equal(3);
    expect(ring.boxShadow).to.include('rgb(255, 221, 0)');
    await sendKeys({ press: ' ' });
    expect($(el, '#numb').matches(':checked')).to.equal(true);
  });

  it('puts the hint under the words, and the "or" under the boxes', async () => {
    const el = await render('16px');
    const words = $(el, 'label[for="numb"]').getBoundingClientRect();
    const hint = $(el, '.choice__hint').getBoundingClientRect();
    const label = getComputedStyle($(el, 'label[for="numb"]'));
    expect(hint.top).to.be.at.least(words.bottom - px(label.paddingBottom));
    expect(hint.left + px(getComputedStyle($(el, '.choice__hint')).paddingLeft)).to.be.closeTo(words.left + px(label.paddingLeft), 1);
    const box = $(el, '#none').getBoundingClientRect();
    const divider = $(el, '.choice__divider').getBoundingClientRect();
    expect(divider.left + divider.width / 2).to.be.closeTo(box.left + box.width / 2, 1);
  });

  it('puts the box on the right of its words in a right-to-left page', async () => {
    const el = await render('16px', 'rtl');
    const input = $(el, '#numb').getBoundingClientRect();
    const label = $(el, 'label[for="numb"]').getBoundingClientRect();
    expect(input.left).to.be.at.least(label.right - 1);
    expect(px(drawn(el, 'numb', '::before').right)).to.be.closeTo(10, 0.5);
  });

  it('keeps a long label beside its box, wrapping', async () => {
    const page = await fixture<HTMLElement>(html`<div><choice-test-element></choice-test-element></div>`);
    page.style.width = '12em';
    const el = page.firstElementChild as ChoiceTestElement;
    await el.updateComplete;
    const input = $(el, '#none').getBoundingClientRect();
    const label = $(el, 'label[for="none"]').getBoundingClientRect();
    expect(label.top).to.equal(input.top);
    expect(label.left).to.be.at.least(input.right - 1);
  });

  it('is axe-clean', async () => {
    const el = await render('16px');
    await expect(el).to.be.accessible();
  });
});
