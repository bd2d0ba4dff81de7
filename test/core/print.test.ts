import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { css } from 'lit';
import sinon from 'sinon';
import { PRINT_WAIT_MS, printHandout } from '../../src/core/print.js';

const handoutStyles = css`
  article {
    font-size: 12pt;
  }
`;
const handout = html`<article>
  <h1>Your plan</h1>
  <p>Walk a little every day.</p>
</article>`;

const printRoots = () => [...document.querySelectorAll('[data-backcare-print-root]')];
const display = (element: Element) => getComputedStyle(element).display;

/**
 * Puts the page in print mode and returns how to leave it. Chromium emulates
 * print media. Firefox and WebKitGTK under WebDriver cannot, so there the
 * `@media print` rules of the document's and the print root's adopted sheets
 * are applied on top (inside their cascade layer, as printing would).
 */
async function paper(): Promise<() => Promise<void>> {
  try {
    await emulateMedia({ media: 'print' });
    return async () => {
      await emulateMedia({ media: 'screen' });
    };
  } catch {
    const roots: (Document | ShadowRoot)[] = [document, ...printRoots().map((root) => root.shadowRoot!)];
    const saved = roots.map((root) => [...root.adoptedStyleSheets]);
    const printRules = (rules: CSSRuleList): string[] =>
      [...rules].flatMap((rule) => {
        if (rule instanceof CSSMediaRule)
          return rule.media.mediaText.includes('print') ? [...rule.cssRules].map((r) => r.cssText) : [];
        if (rule instanceof CSSLayerBlockRule)
          return [`@layer ${rule.name} { ${printRules(rule.cssRules).join('\n')} }`];
        return [];
      });
    roots.forEach((root, index) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(saved[index]!.flatMap((s) => printRules(s.cssRules)).join('\n'));
      root.adoptedStyleSheets = [...saved[index]!, sheet];
    });
    return async () => {
      roots.forEach((root, index) => (root.adoptedStyleSheets = saved[index]!));
    };
  }
}

describe('printHandout', () => {
  let print: sinon.SinonStub;
  let page: HTMLElement;
  let host: HTMLElement;

  beforeEach(async () => {
    print = sinon.stub(window, 'print');
    page = await fixture(
      html`<div lang="es" dir="rtl">
        <header>Clinic site header</header>
        <section>
          <p>Twenty-two questions</p>
          <span class="host">widget</span>
        </section>
      </div>`,
    );
    host = page.querySelector('.host')!;
  });

  afterEach(() => {
    window.dispatchEvent(new Event('afterprint'));
    print.restore();
  });

  it('opens the print dialog once, with the handout in its own shadow root after the body', () => {
    const sheetsBefore = document.adoptedStyleSheets.length;
    printHandout(host, handout, handoutStyles);
    expect(print.calledOnce).to.equal(true);
    const [root, ...others] = printRoots();
    expect(others).to.have.length(0);
    expect(document.documentElement.lastElementChild).to.equal(root);
    expect(root!.previousElementSibling).to.equal(document.body);
    expect(root!.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Your plan Walk a little every day.');
    expect(root!.getAttribute('lang')).to.equal('es');
    expect(root!.getAttribute('dir')).to.equal('rtl');
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore + 1);
    expect(getComputedStyle(root!.shadowRoot!.querySelector('article')!).fontSize).to.equal('16px');
  });

  it('adds no <style> element and no inline style anywhere (strict Content-Security-Policy)', () => {
    const styleElements = document.querySelectorAll('style').length;
    printHandout(host, handout, [handoutStyles]);
    const root = printRoots()[0]!;
    expect(document.querySelectorAll('style').length).to.equal(styleElements);
    expect(root.shadowRoot!.querySelectorAll('style, [style]').length).to.equal(0);
    expect(root.hasAttribute('style')).to.equal(false);
  });

  it('on screen shows nothing new; on paper shows only the handout', async () => {
    printHandout(host, handout, handoutStyles);
    const root = printRoots()[0]!;
    expect(display(root)).to.equal('none');
    expect(display(document.body)).to.equal('block');
    const leave = await paper();
    try {
      expect(display(root)).to.equal('block');
      expect(display(document.body)).to.equal('none');
      expect(root.shadowRoot!.querySelector('article')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(host.getBoundingClientRect().height).to.equal(0);
    } finally {
      await leave();
    }
    expect(display(document.body)).to.equal('block');
  });

  it("a page's aggressive stylesheet can neither hide the handout on paper nor keep its own content there", async () => {
    const hostile = new CSSStyleSheet();
    hostile.replaceSync(`
      * { all: unset !important; display: block !important; visibility: hidden !important; }
      html body#page { display: block !important; }
      @media print { [data-backcare-print-root] { display: none !important; } }
    `);
    document.body.id = 'page';
    document.adoptedStyleSheets = [hostile, ...document.adoptedStyleSheets];
    try {
      printHandout(host, handout, handoutStyles);
      const root = printRoots()[0]!;
      expect(display(root)).to.equal('none');
      const leave = await paper();
      try {
        expect(display(root)).to.equal('block');
        expect(getComputedStyle(root).visibility).to.equal('visible');
        expect(display(document.body)).to.equal('none');
      } finally {
        await leave();
      }
    } finally {
      document.body.removeAttribute('id');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hostile);
    }
  });

  it('keeps off paper a custom element placed directly in <body> whose :host forces display: block !important', async () => {
    if (!customElements.get('print-test-widget')) {
      customElements.define(
        'print-test-widget',
        class extends HTMLElement {
          constructor() {
            super();
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(':host { display: block !important; visibility: visible !important; height: 5em; }');
            this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
          }
        },
      );
    }
    const widget = document.createElement('print-test-widget');
    document.body.append(widget);
    try {
      printHandout(host, handout, handoutStyles);
      const leave = await paper();
      try {
        expect(widget.getBoundingClientRect().height).to.equal(0);
        expect(printRoots()[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        await leave();
      }
    } finally {
      widget.remove();
    }
  });

  it('after printing removes the handout and its page stylesheet, leaving the page as it was', () => {
    const sheets = [...document.adoptedStyleSheets];
    const children = [...document.documentElement.children];
    printHandout(host, handout, handoutStyles);
    window.dispatchEvent(new Event('afterprint'));
    expect(printRoots()).to.have.length(0);
    expect(document.adoptedStyleSheets).to.deep.equal(sheets);
    expect([...document.documentElement.children]).to.deep.equal(children);
  });

  for (const type of ['pointerdown', 'keydown']) {
    it(`cleans up on the next ${type} when the browser never says printing ended`, () => {
      const sheets = document.adoptedStyleSheets.length;
      printHandout(host, handout, handoutStyles);
      expect(printRoots()).to.have.length(1);
      window.dispatchEvent(new Event(type));
      expect(printRoots()).to.have.length(0);
      expect(document.adoptedStyleSheets.length).to.equal(sheets);
    });
  }

  it('cleans up when the browser ends printing before print() returns', () => {
    print.callsFake(() => window.dispatchEvent(new Event('afterprint')));
    const sheets = document.adoptedStyleSheets.length;
    printHandout(host, handout, handoutStyles);
    expect(print.calledOnce).to.equal(true);
    expect(printRoots()).to.have.length(0);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('printing again replaces the previous handout rather than adding a second one', () => {
    const sheets = document.adoptedStyleSheets.length;
    printHandout(host, handout, handoutStyles);
    printHandout(host, html`<p>Second</p>`, handoutStyles);
    expect(printRoots()).to.have.length(1);
    expect(printRoots()[0]!.shadowRoot!.textContent).to.equal('Second');
    expect(document.adoptedStyleSheets.length).to.equal(sheets + 1);
    expect(print.calledTwice).to.equal(true);
  });

  it('binds the handout’s event listeners to the host', () => {
    const click = sinon.spy();
    printHandout(host, html`<button @click=${click}>Go</button>`, handoutStyles);
    printRoots()[0]!.shadowRoot!.querySelector('button')!.click();
    expect(click.calledOnce).to.equal(true);
    expect(click.firstCall.thisValue).to.equal(host);
  });

  it('without constructable stylesheets on the document, prints the page as it is', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!;
    delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
    try {
      printHandout(host, handout, handoutStyles);
    } finally {
      Object.defineProperty(Document.prototype, 'adoptedStyleSheets', descriptor);
    }
    expect(print.calledOnce).to.equal(true);
    expect(printRoots()).to.have.length(0);
  });

  describe('a host page that fights the handout', () => {
    /** A site stylesheet, before every other sheet of the document (as a site's own CSS is). */
    const siteSheet = (text: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
      return () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet));
    };
    /** The browser begins printing, as window.print() does. */
    const beginPrinting = () => print.callsFake(() => window.dispatchEvent(new Event('beforeprint')));

    it("keeps <body> off paper against an !important rule in the site's own @layer", async () => {
      const removeSite = siteSheet(`
        @layer site { html > *, body { display: block !important; } }
      `);
      beginPrinting();
      try {
        printHandout(host, handout, handoutStyles);
        const leave = await paper();
        try {
          expect(display(document.body)).to.equal('none');
          expect(display(printRoots()[0]!)).to.equal('block');
        } finally {
          await leave();
        }
      } finally {
        removeSite();
      }
    });

    it('keeps html::before/::after, html { zoom } and margin boxes off the handout', async () => {
      const removeSite = siteSheet(`
        html { zoom: 2; }
        html::before { content: "Site banner"; display: block; height: 3in; }
        html::after { content: "Site footer"; display: block; height: 3in; }
        @page { margin: 3in; @top-center { content: "Riverside: confidential"; } }
      `);
      beginPrinting();
      try {
        printHandout(host, handout, handoutStyles);
        const leave = await paper();
        try {
          const html = document.documentElement;
          expect(getComputedStyle(html, '::before').content).to.equal('none');
          expect(getComputedStyle(html, '::after').content).to.equal('none');
          expect(getComputedStyle(html).zoom).to.equal('1');
        } finally {
          await leave();
        }
        // The page's sheet: margins and margin boxes, !important in our layer.
        const page = [...document.adoptedStyleSheets.at(-1)!.cssRules]
          .flatMap((rule) => (rule instanceof CSSLayerBlockRule ? [...rule.cssRules] : []))
          .find((rule): rule is CSSPageRule => rule instanceof CSSPageRule)!;
        expect(page.style.getPropertyPriority('margin-top')).to.equal('important');
        // Engines that parse @page margin boxes (Chromium, WebKit) blank them; Firefox drops them from
        // the page's own sheet too, so there is nothing of the site's to blank.
        const probe = new CSSStyleSheet();
        probe.replaceSync('@page { @top-center { content: "x"; } }');
        if (probe.cssRules[0]!.cssText.includes('@top-center')) {
          expect(page.cssText).to.include('@top-center').and.include('content: none !important');
        }
      } finally {
        removeSite();
      }
    });

    it('puts the page\'s own inline styles back exactly as they were after printing', () => {
      beginPrinting();
      document.body.style.setProperty('display', 'flow-root');
      const htmlHadStyle = document.documentElement.hasAttribute('style');
      try {
        printHandout(host, handout, handoutStyles);
        expect(document.body.style.getPropertyValue('display')).to.equal('none');
        expect(document.body.style.getPropertyPriority('display')).to.equal('important');
        expect(document.documentElement.style.getPropertyValue('zoom')).to.equal('1');
        window.dispatchEvent(new Event('afterprint'));
        expect(document.body.style.getPropertyValue('display')).to.equal('flow-root');
        expect(document.body.style.getPropertyPriority('display')).to.equal('');
        expect(document.documentElement.hasAttribute('style')).to.equal(htmlHadStyle);
        // A later print of the page itself (Ctrl+P) is left alone.
        window.dispatchEvent(new Event('beforeprint'));
        expect(document.body.style.getPropertyValue('display')).to.equal('flow-root');
      } finally {
        document.body.style.removeProperty('display');
        window.dispatchEvent(new Event('afterprint'));
      }
    });
  });

  describe('a browser that does not print (a sandboxed frame)', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })));
    afterEach(() => clock.restore());

    it(`is told when no beforeprint came within ${PRINT_WAIT_MS} ms, and not otherwise`, () => {
      const ignored = { onPrinting: sinon.spy(), onBlocked: sinon.spy() };
      printHandout(host, handout, handoutStyles, ignored);
      clock.tick(PRINT_WAIT_MS - 1);
      expect(ignored.onBlocked.called).to.equal(false);
      clock.tick(1);
      expect(ignored.onBlocked.calledOnce).to.equal(true);
      expect(ignored.onPrinting.called).to.equal(false);

      print.callsFake(() => window.dispatchEvent(new Event('beforeprint')));
      const printed = { onPrinting: sinon.spy(), onBlocked: sinon.spy() };
      printHandout(host, handout, handoutStyles, printed);
      clock.tick(PRINT_WAIT_MS * 2);
      expect(printed.onPrinting.calledOnce).to.equal(true);
      expect(printed.onBlocked.called).to.equal(false);
    });

    it('is told at once when print() throws, and nothing is thrown', () => {
      print.throws(new Error('not allowed here'));
      const events = { onBlocked: sinon.spy() };
      expect(() => printHandout(host, handout, handoutStyles, events)).not.to.throw();
      expect(events.onBlocked.calledOnce).to.equal(true);
    });
  });
});
