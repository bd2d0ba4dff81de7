import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, html as template } from 'lit';
import { customElement } from 'lit/decorators.js';
import { BackcareElement } from '../../src/core/base-element.js';
import '../../src/data/words/treatment-checklist.js';

/** Notes the tick of a message loop that runs between tasks when each widget first renders. */
const ticks = new Map<Element, number>();
let tick = 0;

@customElement('backcare-turn-test')
class BackcareTurnTest extends BackcareElement<'treatment-checklist'> {
  protected readonly widget = 'treatment-checklist';
  override render() {
    return template`<p>${this.locale}</p>`;
  }
  override firstUpdated() {
    ticks.set(this, tick);
  }
}

const sourcesOf = (el: Element) => el.shadowRoot!.querySelector('.sources');

/** Shows its heading at once and its sources (`later`) in its next turn. */
@customElement('backcare-turns-test')
class BackcareTurnsTest extends BackcareElement<'treatment-checklist'> {
  static override styles = css`
    :host {
      color: rgb(1, 2, 3);
    }
  `;
  protected readonly widget = 'treatment-checklist';
  /** At its first render, and once the microtasks of that task have run. */
  seen?: { sources: boolean; height: number; sourcesLaterInTask?: boolean };
  override render() {
    return template`<h2>Heading</h2>
      ${this.later(() => template`<p class="sources">Sources</p>`)}`;
  }
  override firstUpdated() {
    const seen: NonNullable<typeof this.seen> = { sources: sourcesOf(this) !== null, height: this.getBoundingClientRect().height };
    this.seen = seen;
    queueMicrotask(() => (seen.sourcesLaterInTask = sourcesOf(this) !== null));
  }
}

/** A message loop: each message is a task, so two tasks that both see one tick value are one task. */
function countTasks(): () => void {
  const channel = new MessageChannel();
  let running = true;
  channel.port1.onmessage = () => {
    tick += 1;
    if (running) channel.port2.postMessage(undefined);
  };
  channel.port2.postMessage(undefined);
  return () => (running = false);
}

const widgets = (count: number) => Array.from({ length: count }, () => document.createElement('backcare-turn-test') as BackcareTurnTest);
const flushMicrotasks = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};
/** Far below the viewport and its margin. */
const farAway = (element: HTMLElement) => element.setAttribute('style', 'position: absolute; inset-block-start: 6000px');

describe('first renders (first-render.ts)', () => {
  it('renders widgets for the first time one task at a time, in page order, none in the task that added them', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="font-size: 2px"></div>`);
    const added = widgets(4);
    const stop = countTasks();
    page.append(...added);
    await flushMicrotasks();
    expect(added.map((el) => el.hasUpdated)).to.deep.equal([false, false, false, false]);
    await waitUntil(() => added.every((el) => el.hasUpdated), 'every widget renders', { timeout: 5000 });
    stop();
    const seen = added.map((el) => ticks.get(el)!);
    expect(seen.slice(1).every((value, i) => value > seen[i]!), `ticks ${seen.join(', ')}`).to.equal(true);
  });

  it('renders the widget in view before one further down the page, and that one too without scrolling', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative"></div>`);
    const [below, inView] = widgets(2) as [BackcareTurnTest, BackcareTurnTest];
    farAway(below);
    const stop = countTasks();
    page.append(below, inView);
    await waitUntil(() => below.hasUpdated && inView.hasUpdated, 'both render', { timeout: 5000 });
    stop();
    expect(ticks.get(inView)!).to.be.below(ticks.get(below)!);
  });

  it('keeps a screen of room (60em at most) for a widget until it renders, then it takes its own height', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative; font-size: 16px"></div>`);
    const [el] = widgets(1) as [BackcareTurnTest];
    farAway(el);
    page.append(el);
    await flushMicrotasks();
    expect(el.hasUpdated).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(Math.min(innerHeight, 60 * 16));
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.above(0).and.below(5 * 16);
  });

  it('renders a waiting widget at once when its updateComplete is awaited', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative"></div>`);
    const [el] = widgets(1) as [BackcareTurnTest];
    farAway(el);
    page.append(el);
    expect(await el.updateComplete).to.equal(true);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('en');
  });

  it('renders the parts a widget holds back in a later task than the rest, and keeps the room until then', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative; font-size: 16px"></div>`);
    const el = document.createElement('backcare-turns-test') as BackcareTurnsTest;
    page.append(el);
    await waitUntil(() => sourcesOf(el) !== null, 'the sources render', { timeout: 5000 });
    expect(el.seen, 'the heading rendered on its own, the room kept').to.deep.equal({
      sources: false,
      height: Math.min(innerHeight, 60 * 16),
      sourcesLaterInTask: false,
    });
    await waitUntil(() => el.getBoundingClientRect().height < 10 * 16, 'the room goes', { timeout: 5000 });
  });

  it('renders the held-back parts before printing', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative"></div>`);
    const el = document.createElement('backcare-turns-test') as BackcareTurnsTest;
    farAway(el);
    page.append(el);
    await flushMicrotasks();
    window.dispatchEvent(new Event('beforeprint'));
    await flushMicrotasks();
    expect(el.hasUpdated).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    await flushMicrotasks();
    expect(sourcesOf(el)).to.not.equal(null);
  });

  it('adopts its styles in its first turn, not when defined: the fallback content keeps the page\'s colours, and hidden hides it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative; color: rgb(200, 0, 0)"></div>`);
    const el = document.createElement('backcare-turns-test') as BackcareTurnsTest;
    el.append(Object.assign(document.createElement('p'), { textContent: 'Call 911' }));
    farAway(el);
    page.append(el);
    await flushMicrotasks();
    expect(el.hasUpdated).to.equal(false);
    expect(getComputedStyle(el.querySelector('p')!).color).to.equal('rgb(200, 0, 0)');
    el.hidden = true;
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.hidden = false;
    await el.updateComplete;
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });

  it('renders every waiting widget before printing', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="position: relative"></div>`);
    const added = widgets(3);
    added.forEach(farAway);
    page.append(...added);
    await flushMicrotasks();
    window.dispatchEvent(new Event('beforeprint'));
    await flushMicrotasks();
    expect(added.map((el) => el.hasUpdated)).to.deep.equal([true, true, true]);
  });
});
