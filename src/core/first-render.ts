/**
 * Widgets take turns to render for the first time, each in a task of its own,
 * so a page with several widgets never holds a slow phone's main thread for
 * long: those in or near the viewport first, in page order, then the others
 * when the browser is idle (soon after load, so find in page, a screen
 * reader's list of headings and printing see every widget).
 *
 * A widget may render in two turns: first all but the parts whose arrival
 * moves nothing (`later` in base-element.ts), then those in its next turn,
 * so no one render holds a slow phone for long.
 *
 * Waiting for a widget's `updateComplete` ends its wait at once. Until its
 * last turn a widget keeps the room of a screen (up to 60em, about what the
 * shortest widget takes), so what follows it is out of view and does not
 * jump when it renders.
 */
import { css, unsafeCSS } from 'lit';
import { roomBeforeRender } from './room.js';

const room = css`
  :host {
    display: block;
    min-block-size: ${unsafeCSS(roomBeforeRender)};
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * How long a widget's first render waits for its language's words (CDN build) before it
 * renders in English and switches when they come: long enough for a words chunk fetched
 * beside the element's own, short enough that a stalled one never leaves an empty box.
 */
export const firstRenderWaitForWords = 1500;

/** A widget's place in the queue for its first render. */
export interface FirstRenderTurn {
  /** Settles when it is the widget's turn to render. */
  readonly ready: Promise<void>;
  /** Someone waits for the widget: its turn is now. */
  now(): void;
  /** Queues the widget for one more turn: `ready` and `now` then stand for that one. */
  next(): void;
  /** The widget has rendered: the room kept for it goes. */
  done(): void;
}

interface Waiting {
  release(): void;
  /** In or near the viewport (half a screen around it); `undefined` until measured. */
  near?: boolean;
}

const waiting = new Map<Element, Waiting>();
let observer: IntersectionObserver | undefined;
let taskQueued = false;
let idleQueued = false;

// A message is a task of its own (and not one a test's fake timers hold back). The channel is
// opened on first use: an open port at module load keeps Node (server rendering, test runners)
// from ever exiting after a mere import.
let channel: MessageChannel | undefined;

function queueTask(): void {
  if (taskQueued) return;
  taskQueued = true;
  if (!channel && typeof MessageChannel === 'function') {
    channel = new MessageChannel();
    channel.port1.onmessage = () => takeTurn(false);
  }
  if (channel) channel.port2.postMessage(undefined);
  else setTimeout(() => takeTurn(false));
}

function queueIdle(): void {
  if (idleQueued) return;
  idleQueued = true;
  const turn = () => takeTurn(true);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(turn, { timeout: 1000 });
  else setTimeout(turn, 50);
}

/** Renders the first waiting widget near the viewport; when only far ones wait, the first of them once idle. */
function takeTurn(idle: boolean): void {
  if (idle) idleQueued = false;
  else taskQueued = false;
  // Newcomers are measured at once (the observer reports only after the next frame); the
  // observer keeps the others up to date as the page scrolls and widgets above them grow.
  for (const [element, entry] of waiting) {
    if (entry.near !== undefined) continue;
    const { top, bottom } = element.getBoundingClientRect();
    entry.near = bottom >= -innerHeight / 2 && top <= innerHeight * 1.5;
  }
  const queue = [...waiting.values()];
  const next = queue.find((entry) => entry.near) ?? (idle ? queue[0] : undefined);
  next?.release();
  if (waiting.size === 0) return;
  if (next) queueTask();
  else queueIdle();
}

function observe(element: Element): void {
  if (typeof IntersectionObserver !== 'function') return;
  observer ??= new IntersectionObserver(
    (records) => {
      for (const record of records) {
        const found = waiting.get(record.target);
        if (found) found.near = record.isIntersecting;
      }
      queueTask();
    },
    { rootMargin: '50% 0px' },
  );
  observer.observe(element);
}

// Printing shows every widget: all render before the page is laid out for paper.
if (typeof window !== 'undefined') window.addEventListener('beforeprint', () => waiting.forEach((entry) => entry.release()));

/** Puts `element` in the queue; the entry settles its promise when released. */
function enqueue(element: Element): { ready: Promise<void>; release(): void } {
  let resolve!: () => void;
  const ready = new Promise<void>((settle) => (resolve = settle));
  const entry: Waiting = {
    release() {
      if (waiting.get(element) !== entry) return;
      waiting.delete(element);
      observer?.unobserve(element);
      resolve();
    },
  };
  waiting.set(element, entry);
  observe(element);
  queueTask();
  return { ready, release: entry.release };
}

/** Queues `element`'s first render and keeps room for it in `root` (its shadow root) meanwhile. */
export function firstRenderTurn(element: Element, root: Node): FirstRenderTurn {
  const sheet = room.styleSheet;
  if (sheet && root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  let place = enqueue(element);
  return {
    get ready() {
      return place.ready;
    },
    now: () => place.release(),
    next() {
      place = enqueue(element);
    },
    done() {
      if (sheet && root instanceof ShadowRoot) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
