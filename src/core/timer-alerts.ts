import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { warnAttribute } from './attributes.js';

/**
 * What a timer does for a patient who is not looking at it: a chime and a
 * vibration when something changes or ends, and a screen that stays on while
 * it runs. One controller, used by every widget with a timer.
 *
 * ```ts
 * readonly #alerts = new TimerAlertsController(this);
 *
 * willUpdate()  this.alerts.soundDefault = parseSound(this, this.sound);   // the clinic's `sound` attribute
 * on the tap that starts or resumes:  this.alerts.start();   // unlocks audio (browsers allow it only
 *                                                              // from a tap) and keeps the screen on
 * on pause or stop:                   this.alerts.stop();    // lets the screen sleep again
 * when a hold or side changes:        this.alerts.chime('change');
 * when the time is up:                this.alerts.end();     // chime('end'), then stop()
 * render()  ${this.alerts.renderSoundToggle(words.sound)}     // the patient's mute, a shared checkbox
 *           ${this.alerts.renderKeepOpen(words.keepOpen)}     // "Keep this page open" while running
 *           ${this.alerts.renderNotice(this.common)}          // what the device will not do, in words
 * static styles = [..., choiceStyles, timerAlertStyles]
 * ```
 *
 * - `chime(kind)`: `'change'` is one short high tone, `'end'` a longer rising
 *   three-note chime played twice (see `chimeNotes`). Generated with an
 *   oscillator: no audio file, no request. Silent while muted, before the
 *   first `start()` or where Web Audio is missing. Vibrates (`vibrationPatterns`)
 *   where the device can, muted or not: a vibration is how a patient who cannot
 *   hear the chime, or has turned it off, still knows.
 * - Sound is on by default; `sound="off"` makes off the clinic's default, and the
 *   patient's own choice (the toggle) wins over it from then on.
 * - The Screen Wake Lock is requested on `start()`, released on `stop()`, when
 *   the page is hidden and when the element leaves the page; it is requested
 *   again when the page is visible again while running. Where the API is
 *   missing or refuses, nothing is thrown and the patient is told: "The screen
 *   may turn off: tap it now and then."
 * - Where sound cannot play (no Web Audio, or audio the browser keeps
 *   suspended), the patient is told: "Sound is off on this device: keep the
 *   screen in view." The vibration goes on where the device has one.
 * - A running timer moved in the page (tabs, a modal, a portal: the element
 *   leaves and comes back) makes its audio again and takes the wake lock again.
 * - `running` is true between `start()` and `stop()`; the host re-renders when it,
 *   the sound or a notice changes.
 */

export type ChimeKind = 'change' | 'end';

/** One tone of a chime: its pitch, when it starts and how long it rings, in seconds. */
export interface ChimeNote {
  frequency: number;
  at: number;
  duration: number;
}

const C6 = 1046.5;
const E5 = 659.25;
const G5 = 783.99;
const C5 = 523.25;

const ending: readonly ChimeNote[] = [C5, E5, G5].map((frequency, i) => ({ frequency, at: i * 0.3, duration: 0.6 }));

/** The tones of each chime: a short blip for a change, a rising arpeggio, twice, for the end. */
export const chimeNotes: Readonly<Record<ChimeKind, readonly ChimeNote[]>> = {
  change: [{ frequency: C6, at: 0, duration: 0.25 }],
  end: [...ending, ...ending.map((note) => ({ ...note, at: note.at + 1.2 }))],
};

/** Vibration patterns (ms on, off, on...): one buzz for a change, three long ones for the end. */
export const vibrationPatterns: Readonly<Record<ChimeKind, readonly number[]>> = {
  change: [200],
  end: [400, 200, 400, 200, 400],
};

/** Peak loudness of a tone, 0–1: clearly heard across a room without clipping. */
const VOLUME = 0.3;

/** How long audio may take to start after a tap before the patient is told it is off. */
export const AUDIO_GRACE_MS = 1000;

/** The words of the notices beside a timer (each widget's common words). */
export interface TimerNoticeWords {
  soundUnavailable: string;
  screenMaySleep: string;
}

/**
 * The `sound` attribute: absent, `sound` or `sound="on"` mean on; `sound="off"`
 * means off. Set as a property from script, `true`/`false` and `1`/`0` mean
 * on/off. Anything else warns once and means on.
 */
export function parseSound(host: Element, value: unknown): boolean {
  if (value === null || value === undefined || value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (text === '' || text === 'on') return true;
  if (text === 'off') return false;
  const accepted = typeof value === 'string' ? 'use sound="on" or sound="off"' : 'use true or false, or "on" or "off"';
  warnAttribute(host, 'sound', value, accepted, 'Using on');
  return true;
}

export class TimerAlertsController implements ReactiveController {
  /** The clinic's default (from `parseSound`), used until the patient chooses. */
  soundDefault = true;

  private patientChoice?: boolean;
  private isRunning = false;
  private audio?: AudioContext;
  /** Whether sound can play: unknown until audio is made, false where it is missing or stays suspended. */
  private audioWorks?: boolean;
  private audioCheck?: ReturnType<typeof setTimeout>;
  private lock?: WakeLockSentinel;
  private locking = false;
  /** The wake lock was refused or is missing: the screen may sleep. */
  private lockRefused = false;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  get soundOn(): boolean {
    return this.patientChoice ?? this.soundDefault;
  }

  get running(): boolean {
    return this.isRunning;
  }

  /** The patient's choice; call it from their tap, which also lets audio start. */
  setSound(on: boolean): void {
    this.patientChoice = on;
    if (on) this.unlockAudio();
    this.host.requestUpdate();
  }

  /** A timer starts or resumes. Call it from the patient's tap. */
  start(): void {
    this.unlockAudio();
    this.isRunning = true;
    this.host.requestUpdate();
    void this.requestLock();
  }

  /** A timer pauses or stops. */
  stop(): void {
    this.isRunning = false;
    this.host.requestUpdate();
    this.releaseLock();
  }

  /** The time is up: the end chime, then the screen may sleep. */
  end(): void {
    this.chime('end');
    this.stop();
  }

  chime(kind: ChimeKind): void {
    vibrate(vibrationPatterns[kind]);
    const audio = this.audio;
    if (!this.soundOn || !audio) return;
    try {
      // A phone may have suspended the audio while the screen was off: the tones play once it resumes.
      if (audio.state !== 'running') void audio.resume().catch(() => undefined);
      const now = audio.currentTime;
      for (const note of chimeNotes[kind]) playTone(audio, note, now);
    } catch {
      // A chime is a help, not a requirement: a blocked audio device must not stop the timer.
    }
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    // Moved in the page while running: the audio closed and the lock went with the old place.
    if (this.isRunning) {
      this.unlockAudio();
      void this.requestLock();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.releaseLock();
    clearTimeout(this.audioCheck);
    void this.audio?.close().catch(() => undefined);
    this.audio = undefined;
    this.audioWorks = undefined;
  }

  /** The patient's mute: a checkbox drawn by `choiceStyles`, ticked while sound is on. */
  renderSoundToggle(label: string): TemplateResult {
    return html`<div class="choice sound" part="sound">
      <input
        class="choice__input"
        type="checkbox"
        id="backcare-sound"
        .checked=${this.soundOn}
        @change=${(event: Event) => this.setSound((event.target as HTMLInputElement).checked)}
      />
      <label class="choice__label" for="backcare-sound">${label}</label>
    </div>`;
  }

  /** "Keep this page open", shown only while the timer runs. */
  renderKeepOpen(text: string): TemplateResult | typeof nothing {
    return this.isRunning ? html`<p class="keep-open" part="keep-open">${text}</p>` : nothing;
  }

  /**
   * While the timer runs, what the device will not do, in words: no sound, or
   * a screen that may sleep. The live region is always there, so a notice that
   * appears is read out (polite, beside the widget's own status region).
   */
  renderNotice(words: TimerNoticeWords): TemplateResult {
    const notices = this.isRunning
      ? [...(this.soundOn && this.audioWorks === false ? [words.soundUnavailable] : []), ...(this.lockRefused ? [words.screenMaySleep] : [])]
      : [];
    return html`<div aria-live="polite">
      ${notices.map((text) => html`<p class="timer-notice" part="timer-notice">${text}</p>`)}
    </div>`;
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.releaseLock();
    else if (this.isRunning) {
      void this.requestLock();
      // A phone may have suspended the audio while the screen was off: wake it, or say it is off.
      this.unlockAudio();
    }
  };

  /**
   * Creates or wakes the audio context: browsers allow that only during a tap
   * (or, once the patient has tapped the page, when a moved widget comes back).
   * Audio that is still not running a moment later is reported as off.
   */
  private unlockAudio(): void {
    try {
      if (!this.audio) {
        const audio = new AudioContext();
        audio.addEventListener?.('statechange', () => this.checkAudio(audio));
        this.audio = audio;
      }
      const audio = this.audio;
      if (audio.state !== 'running') {
        audio.resume().then(
          () => this.checkAudio(audio),
          () => this.setAudioWorks(false),
        );
      }
      clearTimeout(this.audioCheck);
      this.audioCheck = setTimeout(() => this.checkAudio(audio), AUDIO_GRACE_MS);
    } catch {
      // No Web Audio here (or no audio device): vibration and the words on screen remain.
      this.setAudioWorks(false);
    }
  }

  private checkAudio(audio: AudioContext): void {
    if (audio === this.audio) this.setAudioWorks(audio.state === 'running');
  }

  private setAudioWorks(works: boolean): void {
    if (works === this.audioWorks) return;
    this.audioWorks = works;
    this.host.requestUpdate();
  }

  private setLockRefused(refused: boolean): void {
    if (refused === this.lockRefused) return;
    this.lockRefused = refused;
    this.host.requestUpdate();
  }

  private async requestLock(): Promise<void> {
    if (this.locking || (this.lock && !this.lock.released) || document.visibilityState !== 'visible') return;
    this.locking = true;
    try {
      if (!navigator.wakeLock) throw new Error('no Screen Wake Lock');
      const lock = await navigator.wakeLock.request('screen');
      this.setLockRefused(false);
      // Stopped, or hidden, while the request was pending: give it back at once.
      if (!this.isRunning || document.visibilityState !== 'visible') void lock.release().catch(() => undefined);
      else this.lock = lock;
    } catch {
      // Refused (battery saver, a frame without permission) or missing: the screen may sleep, and the patient is told.
      this.setLockRefused(true);
    } finally {
      this.locking = false;
    }
  }

  private releaseLock(): void {
    const lock = this.lock;
    this.lock = undefined;
    if (lock && !lock.released) void lock.release().catch(() => undefined);
  }
}

/** A bell-like tone: a quick rise, then a smooth fade, so it never clicks. */
function playTone(audio: AudioContext, note: ChimeNote, now: number): void {
  const start = now + note.at;
  const end = start + note.duration;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(note.frequency, start);
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(VOLUME, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, end);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(start);
  oscillator.stop(end);
}

function vibrate(pattern: readonly number[]): void {
  try {
    navigator.vibrate?.([...pattern]);
  } catch {
    // Not allowed here (no user activation, or a browser that refuses): the chime and the words remain.
  }
}

/** The toggle's place and the "Keep this page open" line; widgets add `choiceStyles` for the checkbox. */
export const timerAlertStyles = css`
  .sound {
    margin-block: 0.5em 0;
  }

  .keep-open,
  .timer-notice {
    margin-block: 0.5em;
    font-weight: 700;
  }
`;
