import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { customElement } from 'lit/decorators.js';
import { choiceStyles } from '../../src/core/choice.styles.js';
import {
  AUDIO_GRACE_MS,
  TimerAlertsController,
  chimeNotes,
  parseSound,
  timerAlertStyles,
  vibrationPatterns,
} from '../../src/core/timer-alerts.js';
import { baseStyles } from '../../src/core/tokens.js';
import { locales } from '../../src/data/index.js';
import { captureWarnings } from '../helpers/console.js';
import { FakeAudioContext, defineForTest as define, installTimerStubs, settle } from '../helpers/timer-alerts.js';

const { en } = locales;

/** A widget with a timer, as the phase guide and the stretch card use the controller. */
@customElement('timer-alerts-test-element')
class TimerAlertsTestElement extends LitElement {
  static override styles = [baseStyles, choiceStyles, timerAlertStyles];
  static override properties = { sound: {} };
  declare sound?: string;
  readonly alerts = new TimerAlertsController(this);

  protected override willUpdate(): void {
    this.alerts.soundDefault = parseSound(this, this.sound);
  }

  override render() {
    return html`${this.alerts.renderSoundToggle('Sound')} ${this.alerts.renderKeepOpen('Keep this page open')}
    ${this.alerts.renderNotice(en.common)}`;
  }
}

describe('timer alerts', () => {
  let stubs: ReturnType<typeof installTimerStubs>;
  let wakeLock: typeof stubs.wakeLock;
  let vibrate: typeof stubs.vibrate;
  const setVisibility = (state: DocumentVisibilityState) => stubs.setVisibility(state);

  beforeEach(() => {
    stubs = installTimerStubs();
    ({ wakeLock, vibrate } = stubs);
  });

  afterEach(() => stubs.restore());

  describe('the chimes', () => {
    it('are clearly different: the end is longer, has more tones, and ends on a different pitch', () => {
      const length = (kind: 'change' | 'end') => Math.max(...chimeNotes[kind].map((n) => n.at + n.duration));
      expect(chimeNotes.end.length).to.be.greaterThan(chimeNotes.change.length);
      expect(length('end')).to.be.greaterThan(length('change') * 4);
      expect(chimeNotes.end.at(-1)!.frequency).not.to.equal(chimeNotes.change[0]!.frequency);
      expect(vibrationPatterns.end.reduce((a, b) => a + b)).to.be.greaterThan(vibrationPatterns.change[0]! * 4);
    });

    it('are audible tones that start and stop within their notes', () => {
      for (const notes of Object.values(chimeNotes)) {
        for (const note of notes) {
          expect(note.frequency).to.be.within(200, 2000);
          expect(note.at).to.be.at.least(0);
          expect(note.duration).to.be.within(0.1, 1);
        }
      }
    });
  });

  describe('parseSound', () => {
    it('is on when absent, empty or "on", off for "off", and on with one warning otherwise', () => {
      const warnings = captureWarnings();
      const host = document.createElement('backcare-test');
      try {
        const cases: [unknown, boolean][] = [
          [undefined, true],
          [null, true],
          ['', true],
          ['on', true],
          [' ON ', true],
          ['off', false],
          ['Off', false],
          [true, true],
          [false, false],
          // Set as a property by a framework (React 19, Vue): 1 and 0 as well.
          [1, true],
          [0, false],
        ];
        for (const [value, on] of cases) expect(parseSound(host, value), String(value)).to.equal(on);
        expect(warnings.messages()).to.deep.equal([]);
        expect(parseSound(host, 'loud')).to.equal(true);
        expect(parseSound(host, 'loud')).to.equal(true);
        for (const odd of [NaN, 2, {}, ['off'], Symbol('s')]) expect(parseSound(host, odd)).to.equal(true);
        expect(warnings.messages()).to.deep.equal([
          '<backcare-test>: sound="loud" is not accepted; use sound="on" or sound="off". Using on.',
          '<backcare-test>: sound=NaN is not accepted; use true or false, or "on" or "off". Using on.',
          '<backcare-test>: sound=2 is not accepted; use true or false, or "on" or "off". Using on.',
          '<backcare-test>: sound=an object is not accepted; use true or false, or "on" or "off". Using on.',
          '<backcare-test>: sound=["off"] is not accepted; use true or false, or "on" or "off". Using on.',
          '<backcare-test>: sound=Symbol(s) is not accepted; use true or false, or "on" or "off". Using on.',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('TimerAlertsController', () => {
    it('plays the end chime from the tap-unlocked audio, and vibrates', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.start();
      const [audio] = FakeAudioContext.instances;
      expect(audio, 'audio context created on the tap').to.be.instanceOf(FakeAudioContext);
      expect(audio!.resumed).to.equal(1);
      el.alerts.end();
      expect(audio!.tones.map((t) => t.frequency.events[0]![1])).to.deep.equal(chimeNotes.end.map((n) => n.frequency));
      expect(audio!.tones.map((t) => t.start)).to.deep.equal(chimeNotes.end.map((n) => 10 + n.at));
      for (const tone of audio!.tones) {
        expect(tone.gain.events.at(-1)).to.deep.equal(['ramp', 0.0001, tone.stop]);
        expect(Math.max(...tone.gain.events.map((e) => e[1]))).to.be.within(0.1, 0.5);
      }
      expect(vibrate.lastCall.args[0]).to.deep.equal(vibrationPatterns.end);
    });

    it('wakes audio that the phone suspended before it chimes', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.start();
      const [audio] = FakeAudioContext.instances;
      audio!.state = 'suspended';
      el.alerts.end();
      expect(audio!.resumed).to.equal(2);
      expect(audio!.tones).to.have.length(chimeNotes.end.length);
    });

    it('plays the change chime, different from the end', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.start();
      el.alerts.chime('change');
      const [audio] = FakeAudioContext.instances;
      expect(audio!.tones.map((t) => t.frequency.events[0]![1])).to.deep.equal(chimeNotes.change.map((n) => n.frequency));
      expect(vibrate.lastCall.args[0]).to.deep.equal(vibrationPatterns.change);
    });

    it('makes no sound before a tap has unlocked the audio', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.chime('end');
      expect(FakeAudioContext.instances).to.deep.equal([]);
    });

    it('is silent when the patient unticks Sound, still vibrates, and sounds again when ticked', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('#backcare-sound')!;
      expect(box.checked, 'sound on by default').to.equal(true);
      el.alerts.start();
      box.click();
      await el.updateComplete;
      expect(el.alerts.soundOn).to.equal(false);
      expect(box.checked).to.equal(false);
      el.alerts.end();
      const [audio] = FakeAudioContext.instances;
      expect(audio!.tones).to.deep.equal([]);
      expect(vibrate.callCount).to.equal(1);
      box.click();
      el.alerts.chime('change');
      expect(audio!.tones.length).to.equal(chimeNotes.change.length);
    });

    it('takes the clinic\'s sound="off" as the default, and the patient can turn it on', async () => {
      const el = await fixture<TimerAlertsTestElement>(
        html`<timer-alerts-test-element sound="off"></timer-alerts-test-element>`,
      );
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('#backcare-sound')!;
      expect(box.checked).to.equal(false);
      el.alerts.start();
      el.alerts.chime('change');
      expect(FakeAudioContext.instances[0]!.tones).to.deep.equal([]);
      box.click();
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      el.alerts.chime('change');
      expect(FakeAudioContext.instances[0]!.tones.length).to.equal(1);
      // The patient's choice stays when the page re-renders with the clinic's default.
      el.sound = 'off';
      el.requestUpdate();
      await el.updateComplete;
      expect(box.checked).to.equal(true);
    });

    it('gives the sound toggle a 44 px target and a name', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('#backcare-sound')!;
      expect(box.getBoundingClientRect().height).to.be.at.least(44);
      expect(box.labels![0]!.textContent).to.equal('Sound');
      await expect(el).to.be.accessible();
    });

    it('keeps the screen on while running, and shows "Keep this page open" only then', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      const keepOpen = () => el.shadowRoot!.querySelector('[part="keep-open"]')?.textContent;
      expect(keepOpen()).to.equal(undefined);
      el.alerts.start();
      await settle();
      await el.updateComplete;
      expect(wakeLock.requests).to.equal(1);
      expect(wakeLock.held()).to.equal(1);
      expect(keepOpen()).to.equal('Keep this page open');

      el.alerts.stop(); // pause
      await el.updateComplete;
      expect(wakeLock.held()).to.equal(0);
      expect(keepOpen()).to.equal(undefined);

      el.alerts.start(); // resume
      await settle();
      expect(wakeLock.held()).to.equal(1);
      el.alerts.end();
      expect(wakeLock.held()).to.equal(0);
      expect(wakeLock.requests).to.equal(2);
    });

    it('releases the lock when the page is hidden and asks again when it is visible while running', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.start();
      await settle();
      setVisibility('hidden');
      expect(wakeLock.held()).to.equal(0);
      setVisibility('visible');
      await settle();
      expect(wakeLock.requests).to.equal(2);
      expect(wakeLock.held()).to.equal(1);

      // The browser may release it by itself (hidden); visible again asks once more.
      wakeLock.sentinels.at(-1)!.released = true;
      setVisibility('visible');
      await settle();
      expect(wakeLock.held()).to.equal(1);

      el.alerts.stop();
      setVisibility('hidden');
      setVisibility('visible');
      await settle();
      expect(wakeLock.requests).to.equal(3);
      expect(wakeLock.held()).to.equal(0);
    });

    it('does not ask for the lock while hidden, and gives back a lock granted after a stop', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      stubs.visibility = 'hidden';
      el.alerts.start();
      await settle();
      expect(wakeLock.requests).to.equal(0);
      stubs.visibility = 'visible';
      el.alerts.stop();
      el.alerts.start();
      el.alerts.stop(); // before the request was granted
      await settle();
      expect(wakeLock.requests).to.equal(1);
      expect(wakeLock.held()).to.equal(0);
    });

    it('releases the lock and closes the audio when the widget leaves the page', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.start();
      await settle();
      el.remove();
      expect(wakeLock.held()).to.equal(0);
      expect(FakeAudioContext.instances[0]!.closed).to.equal(true);
      // Hidden and visible again after leaving: no new request.
      setVisibility('visible');
      await settle();
      expect(wakeLock.requests).to.equal(1);
    });

    it('moved in the page while running (a tab, a modal): makes its audio again, takes the lock again, keeps "Keep this page open"', async () => {
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      const keepOpen = () => el.shadowRoot!.querySelector('[part="keep-open"]')?.textContent;
      el.alerts.start();
      await settle();
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      try {
        elsewhere.append(el); // disconnected, then connected again
        await settle();
        await el.updateComplete;
        expect(FakeAudioContext.instances).to.have.length(2);
        expect(FakeAudioContext.instances[0]!.closed).to.equal(true);
        expect(wakeLock.requests).to.equal(2);
        expect(wakeLock.held()).to.equal(1);
        expect(el.alerts.running).to.equal(true);
        expect(keepOpen()).to.equal('Keep this page open');
        el.alerts.end();
        expect(stubs.tones(), 'the end chime plays from the new audio').to.deep.equal(chimeNotes.end.map((n) => n.frequency));
        expect(FakeAudioContext.instances[1]!.tones).to.have.length(chimeNotes.end.length);
        expect(wakeLock.held()).to.equal(0);
      } finally {
        elsewhere.remove();
      }
    });

    describe('tells the patient, beside the clock, what the device will not do', () => {
      const notices = (el: TimerAlertsTestElement) =>
        [...el.shadowRoot!.querySelectorAll('[part="timer-notice"]')].map((p) => p.textContent);
      let clock: sinon.SinonFakeTimers;
      beforeEach(() => {
        clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      });
      afterEach(() => clock.restore());

      it('nothing while sound plays and the screen stays on', async () => {
        const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
        el.alerts.start();
        await settle();
        clock.tick(AUDIO_GRACE_MS);
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([]);
      });

      for (const policy of ['blocked', 'rejected'] as const) {
        it(`sound is off when the browser keeps audio suspended (resume() ${policy === 'blocked' ? 'never settles' : 'fails'}), and still vibrates`, async () => {
          FakeAudioContext.policy = policy;
          const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
          el.alerts.start();
          await settle();
          clock.tick(AUDIO_GRACE_MS);
          await el.updateComplete;
          expect(notices(el)).to.deep.equal([en.common.soundUnavailable]);
          el.alerts.chime('change');
          expect(vibrate.lastCall.args[0]).to.deep.equal(vibrationPatterns.change);
          // axe waits on real timers.
          clock.restore();
          await expect(el).to.be.accessible();
          clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
          // The browser lets it play after all: the notice goes.
          const [audio] = FakeAudioContext.instances;
          audio!.state = 'running';
          audio!.dispatchEvent(new Event('statechange'));
          await el.updateComplete;
          expect(notices(el)).to.deep.equal([]);
        });
      }

      it('wakes audio the phone suspended while the screen was off, and says so if it stays off', async () => {
        const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
        el.alerts.start();
        await settle();
        const [audio] = FakeAudioContext.instances;
        stubs.setVisibility('hidden');
        audio!.state = 'suspended';
        FakeAudioContext.policy = 'blocked';
        stubs.setVisibility('visible');
        expect(audio!.resumed).to.equal(2);
        clock.tick(AUDIO_GRACE_MS);
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([en.common.soundUnavailable]);
        FakeAudioContext.policy = 'allowed';
        stubs.setVisibility('visible');
        await settle();
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([]);
      });

      it('sound is off where there is no Web Audio, but not when the patient muted it; nothing once stopped', async () => {
        define(window, 'AudioContext', undefined);
        const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
        el.alerts.start();
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([en.common.soundUnavailable]);
        el.alerts.setSound(false);
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([]);
        el.alerts.setSound(true);
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([en.common.soundUnavailable]);
        el.alerts.stop();
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([]);
      });

      it('the screen may turn off when the wake lock is refused or missing', async () => {
        define(navigator, 'wakeLock', { request: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
        const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
        el.alerts.start();
        await settle();
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([en.common.screenMaySleep]);
        el.alerts.stop();
        define(navigator, 'wakeLock', undefined);
        el.alerts.start();
        await settle();
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([en.common.screenMaySleep]);
        // Both at once, in the patient's language.
        FakeAudioContext.policy = 'blocked';
        const es = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
        es.alerts.start();
        await settle();
        clock.tick(AUDIO_GRACE_MS);
        await es.updateComplete;
        expect(notices(es)).to.deep.equal([en.common.soundUnavailable, en.common.screenMaySleep]);
        expect(locales.es.common.soundUnavailable).to.not.equal(en.common.soundUnavailable);
      });
    });

    it('throws nothing where there is no wake lock, no vibration and no Web Audio', async () => {
      define(navigator, 'wakeLock', undefined);
      define(navigator, 'vibrate', undefined);
      define(window, 'AudioContext', undefined);
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.start();
      await settle();
      el.alerts.chime('change');
      el.alerts.end();
      el.alerts.start();
      el.remove();
      expect(FakeAudioContext.instances).to.deep.equal([]);
    });

    it('throws nothing when the browser refuses the lock, the vibration or the audio', async () => {
      define(navigator, 'wakeLock', { request: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
      define(navigator, 'vibrate', () => {
        throw new Error('refused');
      });
      define(window, 'AudioContext', function () {
        throw new Error('no audio device');
      });
      const el = await fixture<TimerAlertsTestElement>(html`<timer-alerts-test-element></timer-alerts-test-element>`);
      el.alerts.start();
      await settle();
      el.alerts.end();
      expect(el.alerts.running).to.equal(false);
    });
  });
});
