import { expect } from '@open-wc/testing';
import sinon from 'sinon';

/**
 * Stand-ins for what timers use from the browser: Web Audio (records every
 * tone), navigator.wakeLock (counts requests and locks held), navigator.vibrate
 * and the page's visibility. `installTimerStubs()` in a beforeEach, `restore()`
 * in the afterEach.
 */

class FakeParam {
  events: [string, number, number][] = [];
  value = 0;
  setValueAtTime(value: number, at: number) {
    this.events.push(['set', value, at]);
  }
  exponentialRampToValueAtTime(value: number, at: number) {
    this.events.push(['ramp', value, at]);
  }
}

export interface FakeTone {
  frequency: FakeParam;
  gain: FakeParam;
  start?: number;
  stop?: number;
}

/**
 * What the browser does when a page asks its audio to run: `allowed` (after a
 * tap), `blocked` (the autoplay policy: `resume()` never settles, the context
 * stays suspended) or `rejected` (`resume()` fails).
 */
export type AudioPolicy = 'allowed' | 'blocked' | 'rejected';

export class FakeAudioContext extends EventTarget {
  static instances: FakeAudioContext[] = [];
  static policy: AudioPolicy = 'allowed';
  tones: FakeTone[] = [];
  state: AudioContextState = 'suspended';
  currentTime = 10;
  destination = {};
  resumed = 0;
  closed = false;
  constructor() {
    super();
    FakeAudioContext.instances.push(this);
  }
  resume() {
    this.resumed += 1;
    if (FakeAudioContext.policy === 'blocked') return new Promise<void>(() => undefined);
    if (FakeAudioContext.policy === 'rejected') return Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
    this.state = 'running';
    this.dispatchEvent(new Event('statechange'));
    return Promise.resolve();
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
  createGain() {
    return { gain: new FakeParam(), connect: (node: unknown) => node };
  }
  createOscillator() {
    const tone: FakeTone = { frequency: new FakeParam(), gain: new FakeParam() };
    this.tones.push(tone);
    return {
      type: 'sine',
      frequency: tone.frequency,
      connect: (node: { gain: FakeParam }) => {
        tone.gain = node.gain;
        return node;
      },
      start: (at: number) => (tone.start = at),
      stop: (at: number) => (tone.stop = at),
    };
  }
}

export interface FakeSentinel {
  released: boolean;
  release: () => Promise<void>;
}

function fakeWakeLock() {
  const sentinels: FakeSentinel[] = [];
  const api = {
    requests: 0,
    sentinels,
    /** Screen locks requested and not released. */
    held: () => sentinels.filter((s) => !s.released).length,
    request: (type: string) => {
      expect(type).to.equal('screen');
      api.requests += 1;
      const sentinel: FakeSentinel = {
        released: false,
        release: () => {
          sentinel.released = true;
          return Promise.resolve();
        },
      };
      sentinels.push(sentinel);
      return Promise.resolve(sentinel);
    },
  };
  return api;
}

/** Sets a property on a browser object for a test (own property, shadowing the prototype's). */
export function defineForTest(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
}

/** Lets pending promises (a wake-lock request) settle; works under sinon's fake timers too. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

export function installTimerStubs() {
  FakeAudioContext.instances = [];
  FakeAudioContext.policy = 'allowed';
  const wakeLock = fakeWakeLock();
  const vibrate = sinon.spy((_pattern: number[]) => true);
  const audioContext = window.AudioContext;
  let visibility: DocumentVisibilityState = 'visible';
  defineForTest(navigator, 'wakeLock', wakeLock);
  defineForTest(navigator, 'vibrate', vibrate);
  defineForTest(window, 'AudioContext', FakeAudioContext);
  Object.defineProperty(document, 'visibilityState', { get: () => visibility, configurable: true });
  return {
    wakeLock,
    vibrate,
    /** The audio context the widget made on the patient's tap, if any. */
    audio: (): FakeAudioContext | undefined => FakeAudioContext.instances.at(-1),
    /** Tones played so far, by pitch. */
    tones: (): number[] => FakeAudioContext.instances.flatMap((a) => a.tones.map((t) => t.frequency.events[0]![1])),
    /** Changes the page's visibility and tells the page, as a phone locking or a tab switch does. */
    setVisibility(state: DocumentVisibilityState) {
      visibility = state;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    /** Changes the visibility without telling the page. */
    set visibility(state: DocumentVisibilityState) {
      visibility = state;
    },
    restore() {
      for (const key of ['wakeLock', 'vibrate']) delete (navigator as unknown as Record<string, unknown>)[key];
      delete (document as unknown as Record<string, unknown>).visibilityState;
      defineForTest(window, 'AudioContext', audioContext);
    },
  };
}
