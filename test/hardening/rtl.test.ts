import { expect, fixture, html } from '@open-wc/testing';
import { locales } from '../../src/data/index.js';
import { captureWarnings } from '../helpers/console.js';
import { $$, renderState, widgetStates } from '../helpers/states.js';

/*
 * Every widget in a right-to-left page: each box inside it (text blocks,
 * controls, the bars beside notes, the drawing's figures and arrow) sits as
 * far from the card's right edge as it does from the left edge in the
 * left-to-right page. Physical left/right in a style, or a drawing that does
 * not mirror, breaks this.
 */

/**
 * Distances of every box in the widget from the card's start and end edges,
 * in px. Inline boxes inside a line of text are left out: where they go is
 * decided by the language of the text around them (English words stay left
 * to right in a right-to-left page), not by the styles. Shapes of the
 * drawings count.
 */
function boxes(el: HTMLElement, dir: 'ltr' | 'rtl') {
  const card = el.getBoundingClientRect();
  return $$(el, '*')
    .filter((node) => node instanceof SVGElement || getComputedStyle(node).display !== 'inline')
    .map((node) => {
      const box = node.getBoundingClientRect();
      const start = dir === 'ltr' ? box.left - card.left : card.right - box.right;
      const end = dir === 'ltr' ? card.right - box.right : box.left - card.left;
      return { node, start, end, width: box.width, height: box.height };
    })
    // Visually hidden text (a 1 px box) sits wherever its words would be.
    .filter((box) => box.width > 1 && box.height > 1);
}

const describeNode = (node: Element) =>
  `<${node.localName}${node.className && typeof node.className === 'string' ? ` class="${node.className}"` : ''}${
    node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''
  }>`;

describe('right-to-left pages', function () {
  // Each test renders a widget twice, measures every box and runs axe: slower than one render.
  this.timeout(30_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const state of widgetStates) {
    it(`${state.name}: every box is mirrored`, async () => {
      // 60em wide, where the wide layouts (the phase guide's timer column) apply.
      const render = async (dir: 'ltr' | 'rtl') => {
        const el = await renderState(state, { dir, width: '60em' });
        return { el, boxes: boxes(el, dir) };
      };
      const ltr = await render('ltr');
      const rtl = await render('rtl');
      expect(rtl.boxes.map((box) => describeNode(box.node))).to.deep.equal(ltr.boxes.map((box) => describeNode(box.node)));
      // Something must sit off-centre, or the comparison would prove nothing.
      expect(ltr.boxes.some((box) => Math.abs(box.start - box.end) > 50)).to.equal(true);
      const moved = rtl.boxes
        .map((box, i) => ({ box, ltr: ltr.boxes[i]! }))
        // Within 2 px: Firefox lays a line's text out a pixel or two apart in the two directions
        // (the checklist's reference numbers after an item's words); a box not mirrored is off by far more.
        .filter(({ box, ltr }) => Math.abs(box.start - ltr.start) > 2 || Math.abs(box.width - ltr.width) > 2)
        .map(({ box, ltr }) => `${describeNode(box.node)} starts ${ltr.start.toFixed(1)} px from the start in ltr, ${box.start.toFixed(1)} px in rtl`);
      expect(moved.join(' ; ')).to.equal('');
      await expect(rtl.el).to.be.accessible();
      expect(warnings.messages()).to.deep.equal([]);
    });
  }

  it('the stretch drawings read right to left: the start pose on the right', async () => {
    const state = { name: 'bridge', tag: 'backcare-stretch-card', attributes: { exercise: 'bridge' } };
    const el = await renderState(state, { dir: 'rtl', width: '60em' });
    const [start, next] = $$(el, '[part~="illustration"] svg, svg[part~="illustration"] .figure').map((svg) => svg.getBoundingClientRect());
    expect(start!.left).to.be.at.least(next!.right);
  });

  it('a two-sided stretch names the side its mirrored drawing shows', async () => {
    const words = locales.en['stretch-card'];
    for (const exercise of ['knee-rolls', 'knee-to-chest']) {
      const sides: Record<string, { said: string; transform: string }> = {};
      for (const dir of ['ltr', 'rtl']) {
        const page = await fixture<HTMLElement>(html`<div dir=${dir}><backcare-stretch-card exercise=${exercise} hold="2" reps="3"></backcare-stretch-card></div>`);
        const el = page.querySelector('backcare-stretch-card')!;
        await el.updateComplete;
        $$(el, 'button.go')[0]!.click();
        await el.updateComplete;
        const figure = $$(el, 'svg[part~="figure"]')[0]!;
        sides[dir] = { said: $$(el, '.where')[0]!.textContent!, transform: getComputedStyle(figure).transform };
        // Stop the run.
        $$(el, 'button.go')[0]!.click();
        page.remove();
      }
      // The drawing of the first held side, left in a left-to-right page, is mirrored in a right-to-left one:
      // what shows is the right side, and the words say so.
      expect(sides.ltr!.transform).to.equal('none');
      expect(sides.rtl!.transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect(sides.ltr!.said).to.contain(words.sides.left);
      expect(sides.rtl!.said, exercise).to.contain(words.sides.right);
      expect(sides.rtl!.said).not.to.contain(words.sides.left);
    }
  });

  it("the card's text starts at the right edge", async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl"><backcare-treatment-checklist></backcare-treatment-checklist></div>`);
    const el = page.querySelector('backcare-treatment-checklist')!;
    await el.updateComplete;
    const card = $$(el, '[part~="base"]')[0]!.getBoundingClientRect();
    const heading = $$(el, '[part~="heading"]')[0]!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    expect(card.right - text.right).to.be.below(card.width * 0.1);
    expect(text.left - card.left).to.be.greaterThan(card.width * 0.1);
  });
});
