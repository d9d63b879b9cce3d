// Keeps only the newest value a binned layer's sink received (the running counts of a histogram) and draws it
// once per animation frame: counts replace the picture, so older values within a frame need not be drawn.
import { FrameRequest } from "./frame-request.js";

/**
 * Holds the newest value and calls `onFlush` with it once in the next animation frame. Bounded by design: it
 * holds one value. While started it owns at most one frame request; `stop()` releases it.
 *
 * @example
 * const latest = new FrameLatest((counts) => layer.set(heatmapColumns(counts)));
 * latest.start();
 * latest.add(a); latest.add(b); // next frame: onFlush(b)
 */
export class FrameLatest<T> {
  private value: T | undefined;
  private holding = false;
  private readonly frames = new FrameRequest(() => this.flush());

  constructor(private readonly onFlush: (value: T) => void) {}

  /** Whether a value waits for the next frame. */
  get pending(): boolean {
    return this.holding;
  }

  /** Keeps `value` for the next frame, in place of any value kept before. */
  add(value: T): void {
    this.value = value;
    this.holding = true;
    this.frames.request();
  }

  /** Draws once per animation frame from now on, beginning with the value already kept. */
  start(): void {
    this.frames.start();
    if (this.holding) this.frames.request();
  }

  /** Stops asking for frames and releases the pending request; the kept value waits for `flush` or `start`. */
  stop(): void {
    this.frames.stop();
  }

  /** Drops the kept value. */
  discard(): void {
    this.frames.cancel();
    this.value = undefined;
    this.holding = false;
  }

  /** Hands the kept value over now; does nothing when none is kept. */
  flush(): void {
    this.frames.cancel();
    if (!this.holding) return;
    const value = this.value as T;
    this.value = undefined;
    this.holding = false;
    this.onFlush(value);
  }
}
