import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A countdown that keeps true time. It never counts ticks: the end is an
 * instant on a `SessionClock`, so a tab in the background or a phone that
 * slept shows the right time on return, a countdown that ended meanwhile ends
 * then, and setting the device's clock back does not stretch a session.
 *
 * The arithmetic is in plain functions below, tested without a DOM.
 */

export type CountdownState = 'idle' | 'running' | 'paused' | 'done';

/** Milliseconds left at `now` of a countdown ending at `endsAt`; never negative. */
export function remainingAt(endsAt: number, now: number): number {
  return Math.max(0, endsAt - now);
}

/** Whole seconds shown for `ms` left: rounded up, so 0:00 appears only at the end. */
export function secondsShown(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 1000);
}

/** `mm:ss` for a time left, e.g. 899 500 ms → "15:00", 59 001 ms → "01:00". */
export function formatClock(ms: number): string {
  const seconds = secondsShown(ms);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The time a clock shows, in words for a screen reader, from the browser's own
 * unit names: "15 minutes", "14 minutes, 5 seconds", "14 minutos y 5 segundos".
 */
export function spokenDuration(ms: number, locale: string): string {
  const seconds = secondsShown(ms);
  const minutes = Math.floor(seconds / 60);
  const parts = [
    ...(minutes > 0 ? [unitFormat(locale, 'minute').format(minutes)] : []),
    ...(seconds % 60 > 0 || minutes === 0 ? [unitFormat(locale, 'second').format(seconds % 60)] : []),
  ];
  return listFormat(locale).format(parts);
}

// Each formatter is made once per language: making one is slow (the first loads the locale's
// data), and a running clock speaks every second.
const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function unitFormat(locale: string, unit: 'minute' | 'second'): Intl.NumberFormat {
  const key = `${locale} ${unit}`;
  let format = unitFormats.get(key);
  if (!format) unitFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })));
  return format;
}

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'unit', style: 'long' })));
  return format;
}

/** Delay until the shown second next changes, so the display updates exactly once a second. */
export function delayToNextSecond(ms: number): number {
  return ms <= 0 ? 0 : ((ms - 1) % 1000) + 1;
}

/** How far the wall clock may fall behind `performance.now()` before it counts as set back. */
const SET_BACK_MS = 10_000;

/**
 * Time for timers, in milliseconds since the clock was made. Between two
 * readings it advances by the wall clock's step, unless the wall clock fell
 * behind `performance.now()` (which setting the device's clock cannot move) by
 * more than 10 s: then the device's clock was set back, and the monotonic step
 * counts. So a 10-minute session still ends after 10 minutes when the clock is
 * set back an hour, and a phone that slept (where `performance.now()` may stop:
 * Android and macOS do not count sleep) still catches up. A session can end
 * early (the clock set forward), never run long: it matters for ice or heat on
 * the skin.
 */
export class SessionClock {
  private monotonic = performance.now();
  private wall = Date.now();
  private elapsed = 0;

  now(): number {
    const monotonic = performance.now();
    const wall = Date.now();
    const monotonicStep = monotonic - this.monotonic;
    const wallStep = wall - this.wall;
    this.elapsed += Math.max(0, wallStep < monotonicStep - SET_BACK_MS ? monotonicStep : wallStep);
    this.monotonic = monotonic;
    this.wall = wall;
    return this.elapsed;
  }
}

export interface CountdownOptions {
  /** Called on every shown-second change while running (and on return to the tab). */
  onTick?: (remainingMs: number) => void;
  /** Called once when the time is up. */
  onComplete?: () => void;
}

export class CountdownController implements ReactiveController {
  state: CountdownState = 'idle';
  /** Length of the current countdown. */
  durationMs = 0;

  private endsAt = 0;
  private remainingWhenPaused = 0;
  private readonly clock = new SessionClock();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: CountdownOptions;

  constructor(host: ReactiveControllerHost, options: CountdownOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get remainingMs(): number {
    switch (this.state) {
      case 'running':
        return remainingAt(this.endsAt, this.clock.now());
      case 'paused':
        return this.remainingWhenPaused;
      case 'idle':
        return this.durationMs;
      case 'done':
        return 0;
    }
  }

  start(durationMs: number): void {
    this.durationMs = Math.max(0, durationMs);
    this.endsAt = this.clock.now() + this.durationMs;
    this.state = 'running';
    this.sync();
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.remainingWhenPaused = this.remainingMs;
    this.state = 'paused';
    this.clearTimer();
    this.host.requestUpdate();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.endsAt = this.clock.now() + this.remainingWhenPaused;
    this.state = 'running';
    this.sync();
  }

  /** Back to idle, keeping the duration. */
  reset(): void {
    this.clearTimer();
    this.state = 'idle';
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.sync);
    if (this.state === 'running') this.sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.sync);
    this.clearTimer();
  }

  /** Reads the clock, completes if time is up, and schedules the next second. */
  private readonly sync = (): void => {
    if (this.state !== 'running') return;
    this.clearTimer();
    const left = this.remainingMs;
    if (left <= 0) {
      this.state = 'done';
      this.host.requestUpdate();
      this.options.onComplete?.();
      return;
    }
    this.options.onTick?.(left);
    this.host.requestUpdate();
    this.timer = setTimeout(this.sync, delayToNextSecond(left));
  };

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
