// `timedWindow(ms)`: batches a stream in time, emitting every ms the array of values that arrived in that interval
// (streamz `timed_window`), driven by a periodic timer on the graph's scheduler.
import { requirePositiveMs } from "../arguments.js";
import { emitFromTimer } from "../emit-from-timer.js";
import type { Scheduler, TimerHandle } from "../scheduler.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Emits, every `ms` milliseconds, an array of the values that arrived since the previous emission: an empty array
 * when none did, so a rate computed from it drops to zero when the input stops.
 *
 * The node owns a periodic timer on its graph's scheduler, started at construction. When it is left without an
 * upstream (its upstream disconnected or destroyed, or the node destroyed) the timer stops and the values of the
 * open window are dropped; connecting an upstream again starts a fresh window. While the downstream is
 * still busy with a window (its `emit` returned a promise), `update` returns that promise so a source can wait,
 * and the next window closes when the downstream has finished rather than piling up. Errors thrown downstream
 * of a window have no caller to reach, so they go to the source upstream (see `emitFromTimer`).
 *
 * @example
 * const rate = fromQueue(q).timedWindow(1000).map((batch) => batch.length); // events per second
 */
export class TimedWindow<T> extends Stream<T[]> {
  /** The interval between windows, in milliseconds. */
  readonly ms: number;
  readonly #clock: Scheduler;
  #window: T[] = [];
  #due: number;
  #timer: TimerHandle | undefined;
  #busy: Promise<void> | undefined;
  private stopped = false;

  constructor(upstream: Stream<T>, ms: number) {
    requirePositiveMs("timedWindow", "ms", ms, "timedWindow(1000)");
    super({ upstream });
    this.ms = ms;
    // Kept apart from `this.scheduler`, which changes when the upstream is disconnected, so the timer is
    // always cancelled on the scheduler that started it.
    this.#clock = this.scheduler;
    this.#due = this.#clock.now() + ms;
    this.#timer = this.#clock.setTimeout(this.#closeWindow, ms);
  }

  override update(x: T): Emitted {
    this.#window.push(x);
    return this.#busy;
  }

  // Runs only while something can feed the node. During construction `stopped` is not set yet: nothing restarts.
  protected override upstreamsChanged(): void {
    if (this.upstreams.length === 0) this.#stop();
    else if (this.stopped) this.#restart();
  }

  /** Stops the timer and drops the values of the open window. */
  #stop(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#window = [];
    this.#busy = undefined;
    this.stopped = true;
  }

  #restart(): void {
    this.stopped = false;
    this.#due = this.#clock.now() + this.ms;
    this.#timer = this.#clock.setTimeout(this.#closeWindow, this.ms);
  }

  readonly #closeWindow = (): void => {
    this.#timer = undefined;
    const window = this.#window;
    this.#window = [];
    const busy = emitFromTimer(this, window, "a window from its timer");
    if (busy === undefined) {
      this.#scheduleNext();
      return;
    }
    this.#busy = busy;
    // No timer runs while the downstream is busy, so only stop() can have replaced `busy` meanwhile.
    void busy.then(() => {
      if (this.#busy !== busy) return;
      this.#busy = undefined;
      this.#scheduleNext();
    });
  };

  /** Arms the timer for the next window, `ms` after the previous one closed, or at once if that has passed. */
  #scheduleNext(): void {
    const now = this.#clock.now();
    this.#due = Math.max(this.#due + this.ms, now);
    this.#timer = this.#clock.setTimeout(this.#closeWindow, this.#due - now);
  }
}

Stream.registerApi("timedWindow", TimedWindow);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits, every `ms` milliseconds, the array of values that arrived in that interval (streamz `timed_window`).
     *
     * @example
     * source.timedWindow(1000).map((batch) => batch.length);
     */
    timedWindow(ms: number): TimedWindow<T>;
  }
}
