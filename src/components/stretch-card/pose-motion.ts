import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Pose } from '../../data/types.js';
import { blendPoses } from './figure.js';

/** How long the figure takes to move into a pose, at most, in milliseconds: slowly, as the steps say. */
export const MOVE_MS = 1600;

/**
 * Moves the drawn figure from the pose it shows to the next, a frame at a
 * time: the host re-renders the figure with `pose` on each animation frame
 * (attributes changed by Lit, nothing in a style attribute, so a strict CSP
 * is fine). Where the visitor prefers reduced motion the figure goes straight
 * to the new pose.
 */
export class PoseMotion implements ReactiveController {
  /** The pose to draw now; undefined until the first `moveTo`. */
  pose?: Pose;

  private from?: Pose;
  private to?: Pose;
  private started = 0;
  private duration = 0;
  private frame = 0;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Whether the figure is between two poses. */
  get moving(): boolean {
    return this.frame !== 0;
  }

  /** Moves to `pose` over `duration` ms (at once without a pose to start from, or with reduced motion). */
  moveTo(pose: Pose, duration = MOVE_MS): void {
    if (pose === this.to) return;
    // From wherever the figure is, even halfway through a move.
    this.cancel();
    this.from = this.pose;
    this.to = pose;
    if (!this.from || duration <= 0 || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.pose = pose;
      this.host.requestUpdate();
      return;
    }
    this.started = performance.now();
    this.duration = duration;
    this.frame = requestAnimationFrame(this.step);
  }

  /** Forgets the pose, so that the next `moveTo` shows its pose at once. */
  clear(): void {
    this.cancel();
    this.pose = this.from = this.to = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
    this.pose = this.to;
  }

  private readonly step = (now: number): void => {
    const t = Math.min(1, Math.max(0, (now - this.started) / this.duration));
    // Ease in and out, as a body moves.
    this.pose = blendPoses(this.from!, this.to!, t * t * (3 - 2 * t));
    this.frame = t < 1 ? requestAnimationFrame(this.step) : 0;
    this.host.requestUpdate();
  };

  private cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
