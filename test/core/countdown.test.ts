import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import {
  CountdownController,
  SessionClock,
  delayToNextSecond,
  formatClock,
  remainingAt,
  secondsShown,
  spokenDuration,
} from '../../src/core/countdown.js';

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates += 1;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

describe('countdown arithmetic', () => {
  it('formats every second of a 20-minute session as mm:ss, rounding up', () => {
    for (let s = 0; s <= 20 * 60; s += 1) {
      const expected = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
      expect(formatClock(s * 1000)).to.equal(expected);
      if (s > 0) expect(formatClock(s * 1000 - 1)).to.equal(expected);
    }
    expect(formatClock(-5)).to.equal('00:00');
  });

  it('never reports negative time, and shows 0 only at the end', () => {
    for (const [endsAt, now] of [[1000, 0], [1000, 1000], [1000, 5000], [0, 0]]) {
      expect(remainingAt(endsAt, now)).to.equal(Math.max(0, endsAt - now));
    }
    expect(secondsShown(1)).to.equal(1);
    expect(secondsShown(0)).to.equal(0);
  });

  it('SessionClock: the wall clock\'s steps, the monotonic one\'s when the wall clock was set back; never backwards', () => {
    const clock = sinon.useFakeTimers({ now: 1_000_000, toFake: ['Date', 'performance'] });
    try {
      const session = new SessionClock();
      clock.tick(1000);
      expect(session.now()).to.equal(1000);
      clock.setSystemTime(Date.now() - 3_600_000); // the clock set back an hour
      expect(session.now()).to.equal(1000);
      clock.tick(500);
      expect(session.now()).to.equal(1500);
      clock.setSystemTime(Date.now() + 20_000); // asleep: only the wall clock moved
      expect(session.now()).to.equal(21_500);
      // Set back an hour while the page was hidden for two: the two hours count.
      clock.tick(2 * 3_600_000);
      clock.setSystemTime(Date.now() - 3_600_000);
      expect(session.now()).to.equal(21_500 + 2 * 3_600_000);
    } finally {
      clock.restore();
    }
  });

  it('waits exactly until the shown second changes', () => {
    for (let ms = 1; ms <= 5000; ms += 1) {
      const delay = delayToNextSecond(ms);
      expect(delay).to.be.within(1, 1000);
      expect(secondsShown(ms - delay)).to.equal(secondsShown(ms) - 1);
      expect(secondsShown(ms - delay + 1)).to.equal(secondsShown(ms));
    }
  });
});

describe('spokenDuration', () => {
  /** What a screen reader should hear for `s` seconds, built by hand for each language. */
  const expected = {
    en: (m: number, s: number) =>
      [m && `${m} minute${m === 1 ? '' : 's'}`, (s || !m) && `${s} second${s === 1 ? '' : 's'}`].filter(Boolean).join(', '),
    es: (m: number, s: number) =>
      [m && `${m} minuto${m === 1 ? '' : 's'}`, (s || !m) && `${s} segundo${s === 1 ? '' : 's'}`].filter(Boolean).join(' y '),
  };

  for (const [locale, words] of Object.entries(expected)) {
    it(`names every second of a 20-minute session in words (${locale}), as the clock shows it`, () => {
      for (let s = 0; s <= 20 * 60; s += 1) {
        expect(spokenDuration(s * 1000, locale), `${s} s`).to.equal(words(Math.floor(s / 60), s % 60));
        if (s > 0) expect(spokenDuration(s * 1000 - 999, locale)).to.equal(spokenDuration(s * 1000, locale));
      }
    });
  }

  it('says "15 minutes" and "15 minutos" for 15:00, in UK English too', () => {
    expect(spokenDuration(15 * 60_000, 'en')).to.equal('15 minutes');
    expect(spokenDuration(15 * 60_000, 'en-GB')).to.equal('15 minutes');
    expect(spokenDuration(15 * 60_000, 'es')).to.equal('15 minutos');
  });
});

describe('CountdownController', () => {
  let clock: sinon.SinonFakeTimers;
  let host: FakeHost;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date(2026, 10, 21, 9, 0, 0), toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    host = new FakeHost();
  });
  afterEach(() => {
    host.disconnect();
    clock.restore();
  });

  it('counts down in real time and completes once', () => {
    const onComplete = sinon.spy();
    const countdown = new CountdownController(host, { onComplete });
    host.connect();
    countdown.start(3000);
    expect(countdown.state).to.equal('running');
    clock.tick(1000);
    expect(countdown.remainingMs).to.equal(2000);
    clock.tick(2000);
    expect(countdown.state).to.equal('done');
    expect(countdown.remainingMs).to.equal(0);
    clock.tick(5000);
    expect(onComplete.callCount).to.equal(1);
  });

  it('ticks once per shown second', () => {
    const onTick = sinon.spy();
    const countdown = new CountdownController(host, { onTick });
    host.connect();
    countdown.start(5000);
    clock.tick(4999);
    expect(onTick.callCount).to.equal(5);
  });

  it('pauses and resumes without losing or gaining time', () => {
    const countdown = new CountdownController(host);
    host.connect();
    countdown.start(10_000);
    clock.tick(4000);
    countdown.pause();
    clock.tick(60_000);
    expect(countdown.state).to.equal('paused');
    expect(countdown.remainingMs).to.equal(6000);
    countdown.resume();
    clock.tick(5000);
    expect(countdown.remainingMs).to.equal(1000);
    clock.tick(1000);
    expect(countdown.state).to.equal('done');
  });

  it('shows the true time after the page was in the background, and ends if time ran out', () => {
    const onComplete = sinon.spy();
    const countdown = new CountdownController(host, { onComplete });
    host.connect();
    countdown.start(60_000);
    // A sleeping phone: the wall clock jumps, no timers ran.
    clock.setSystemTime(Date.now() + 45_000);
    expect(countdown.remainingMs).to.equal(15_000);
    clock.setSystemTime(Date.now() + 30_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(countdown.state).to.equal('done');
    expect(onComplete.callCount).to.equal(1);
  });

  it('is not stretched by setting the device clock back an hour', () => {
    const onComplete = sinon.spy();
    const countdown = new CountdownController(host, { onComplete });
    host.connect();
    countdown.start(10 * 60_000);
    clock.tick(60_000);
    clock.setSystemTime(Date.now() - 60 * 60_000);
    expect(countdown.remainingMs).to.equal(9 * 60_000);
    clock.tick(9 * 60_000);
    expect(countdown.state).to.equal('done');
    expect(onComplete.callCount).to.equal(1);
  });

  it('still catches up where performance.now() stopped while the phone slept', () => {
    const countdown = new CountdownController(host);
    host.connect();
    countdown.start(60_000);
    // Only the wall clock moved: 45 s of sleep.
    clock.setSystemTime(Date.now() + 45_000);
    expect(performance.now()).to.equal(0);
    expect(countdown.remainingMs).to.equal(15_000);
  });

  it('reset returns to idle and stops ticking', () => {
    const onComplete = sinon.spy();
    const countdown = new CountdownController(host, { onComplete });
    host.connect();
    countdown.start(2000);
    countdown.reset();
    clock.tick(10_000);
    expect(countdown.state).to.equal('idle');
    expect(onComplete.called).to.equal(false);
  });
});
