import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { BackcareElement } from '../../src/core/base-element.js';
import '../../src/data/words/treatment-checklist.js';
import { captureWarnings } from '../helpers/console.js';

@customElement('backcare-test-element')
class BackcareTestElement extends BackcareElement<'treatment-checklist'> {
  protected readonly widget = 'treatment-checklist';
  get language() {
    return this.locale;
  }
  override render() {
    return html`${this.heading(this.words.heading)}`;
  }
  fire() {
    return this.emit('backcare-test-happen', { value: 1 });
  }
}

const headingOf = (el: Element) => el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!;

describe('BackcareElement', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.documentElement.removeAttribute('lang');
  });

  it('shows the fallback content inside its tag until its first render, and hides it from then on', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('backcare-test-element') as BackcareTestElement;
    const fallback = Object.assign(document.createElement('p'), { textContent: 'Call 911 if you get any of these:' });
    el.append(fallback);
    wrapper.append(el);
    // The update starts in a microtask; the first render waits at least a task for its turn.
    for (let i = 0; i < 3; i++) await Promise.resolve();
    expect(el.hasUpdated).to.equal(false);
    expect(fallback.getClientRects().length, 'shown while the widget waits for its first render').to.be.above(0);
    await el.updateComplete;
    expect(headingOf(el).textContent).to.equal('Your back care plan');
    expect(fallback.getClientRects().length, 'hidden once the widget has rendered').to.equal(0);
  });

  it('speaks English when no language is set anywhere', async () => {
    const el = await fixture<BackcareTestElement>(html`<backcare-test-element></backcare-test-element>`);
    expect(el.language).to.equal('en');
    expect(headingOf(el).textContent).to.equal('Your back care plan');
  });

  it('takes its own lang first, then the nearest ancestor, then <html lang>', async () => {
    document.documentElement.lang = 'es';
    const wrapper = await fixture(html`<div lang="en-GB"><backcare-test-element lang="es-MX"></backcare-test-element></div>`);
    const el = wrapper.querySelector<BackcareTestElement>('backcare-test-element')!;
    await el.updateComplete;
    expect(el.language).to.equal('es');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(el.language).to.equal('en-GB');
    wrapper.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.language).to.equal('es');
    expect(headingOf(el).textContent).to.not.equal('Your back care plan');
  });

  it('finds lang across a shadow root', async () => {
    const outer = await fixture(html`<div lang="es"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('backcare-test-element') as BackcareTestElement;
    root.append(el);
    await el.updateComplete;
    expect(el.language).to.equal('es');
  });

  it('warns once for an unsupported language and uses English', async () => {
    const el = await fixture<BackcareTestElement>(html`<backcare-test-element lang="fr"></backcare-test-element>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.language).to.equal('en');
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.include('lang="fr"');
  });

  it('renders its heading at the level the page asks for, 2 to 6', async () => {
    const el = await fixture<BackcareTestElement>(html`<backcare-test-element heading-level="4"></backcare-test-element>`);
    expect(headingOf(el).localName).to.equal('h4');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(headingOf(el).localName).to.equal('h2');
    expect(warnings.messages()[0]).to.include('heading-level="9"');
  });

  it('emits events that bubble out of shadow roots', async () => {
    const el = await fixture<BackcareTestElement>(html`<backcare-test-element></backcare-test-element>`);
    setTimeout(() => el.fire());
    const event = (await oneEvent(document.body, 'backcare-test-happen')) as CustomEvent<{ value: number }>;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ value: 1 });
  });
});
