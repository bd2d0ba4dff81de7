/**
 * A page's `!important` resets cannot reach inside the widgets, in every engine (the e2e
 * hostile page checks the same in Chromium with the built bundle; this runs in all three).
 * The page keeps what it legitimately passes on: the font family and size.
 */
import { expect } from '@open-wc/testing';
import { tags } from './model.js';

const hostile = `
  * {
    all: unset !important;
    color: transparent !important;
    -webkit-text-fill-color: transparent !important;
    visibility: hidden !important;
    opacity: 0 !important;
    line-height: 0.5 !important;
    letter-spacing: 0.5em !important;
    word-spacing: 2em !important;
    text-transform: uppercase !important;
    text-indent: -9999px !important;
    white-space: nowrap !important;
    font-family: monospace !important;
    font-size: 30px !important;
  }
  html, body { opacity: 1 !important; display: block !important; }
  button, h2, p, div, ul, li { display: none !important; }
`;

describe('hardening: a page stylesheet with !important everywhere', () => {
  let style: HTMLStyleElement;
  const elements: HTMLElement[] = [];

  before(async () => {
    style = document.createElement('style');
    style.textContent = hostile;
    document.head.append(style);
    for (const tag of tags) {
      const el = document.createElement(tag);
      if (tag === 'backcare-stretch-card') el.setAttribute('exercise', 'bridge');
      if (tag === 'backcare-phase-guide') el.setAttribute('day', '1');
      document.body.append(el);
      elements.push(el);
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    }
  });
  after(() => {
    style.remove();
    elements.forEach((el) => el.remove());
  });

  for (const [index, tag] of tags.entries()) {
    it(`<${tag}>: its heading and buttons keep readable text, the page's font size and family`, () => {
      const el = elements[index]!;
      const host = getComputedStyle(el);
      expect(host.display).to.equal('block');
      expect(host.fontSize).to.equal('30px');
      expect(host.fontFamily).to.equal('monospace');
      const nodes = [
        el.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!,
        ...el.shadowRoot!.querySelectorAll<HTMLElement>('button'),
      ];
      expect(nodes.length).to.be.greaterThan(1);
      for (const node of nodes) {
        const style = getComputedStyle(node);
        const what = `${tag} <${node.localName}> "${node.textContent!.trim().slice(0, 30)}"`;
        expect(style.display, what).not.to.equal('none');
        expect(style.visibility, what).to.equal('visible');
        expect(style.color, what).to.match(/^rgb\(/);
        expect(style.webkitTextFillColor, what).to.equal(style.color);
        expect(style.letterSpacing, what).to.be.oneOf(['normal', '0px']);
        expect(style.wordSpacing, what).to.equal('0px');
        expect(style.textTransform, what).to.equal('none');
        expect(style.textIndent, what).to.equal('0px');
        expect(style.whiteSpace, what).to.equal('normal');
        expect(parseFloat(style.lineHeight), what).to.be.at.least(parseFloat(style.fontSize));
        const box = node.getBoundingClientRect();
        expect(box.width * box.height, what).to.be.greaterThan(0);
      }
    });
  }
});
