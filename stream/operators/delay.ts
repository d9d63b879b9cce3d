// `delay(ms)`: re-emits every value ms milliseconds after it arrived, in order, on the graph's scheduler.
import { emitFromTimer } from "../emit-from-timer.js";
import { StreamError } from "../errors.js";
import type { Scheduler, TimerHandle } from "../scheduler.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Re-emits each value `ms` milliseconds after it arrived, keeping their order. One timer runs at a time, for the
 * oldest waiting value. When the downstream is busy (its `emit` returned a promise), later values wait for it and
 * `update` returns that promise so a source can wait too. Errors thrown downstream have no caller to reach, so
 * they go to the source upstream (see `emitFromTimer`), and the following values are still emitted.
 * When the node is left without an upstream (disconnected, destroyed, or its source destroyed) it cancels the
 * timer and drops the waiting values.
 *
 * @example
 * const echo = new Stream<number>().delay(250); // every value, a quarter second later
 */
export class Delay<T> extends Stream<T> {
  /** How long each value waits, in milliseconds. */
  readonly ms: number;
  private readonly clock: Scheduler;
  // Two parallel queues read from `head`, so that waiting values cost no wrapper object each.
  private readonly values: (T | undefined)[] = [];
  private readonly dues: number[] = [];
  private head = 0;
  private timer: TimerHandle | undefined;
  private busy: Promise<void> | undefined;

  constructor(upstream: Stream<T>, ms: number) {
    if (!(Number.isFinite(ms) && ms >= 0)) {
      throw new StreamError(
        `delay: ms ${String(ms)} is not a non-negative number of milliseconds; use e.g. delay(100)`,
      );
    }
    super({ upstream });
    this.ms = ms;
    // Kept apart from `this.scheduler`, which changes when the upstream is disconnected.
    this.clock = this.scheduler;
  }

  override update(x: T): Emitted {
    this.values.push(x);
    this.dues.push(this.clock.now() + this.ms);
    if (this.timer === undefined && this.busy === undefined) this.arm();
    return this.busy;
  }

  /** With no upstream left, cancels the timer and drops the waiting values. */
  protected override upstreamsChanged(): void {
    if (this.upstreams.length > 0) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.busy = undefined;
    this.values.length = 0;
    this.dues.length = 0;
    this.head = 0;
  }

  /** Starts the timer for the oldest waiting value, if there is one. */
  private arm(): void {
    if (this.head === this.values.length) return;
    const wait = (this.dues[this.head] as number) - this.clock.now();
    this.timer = this.clock.setTimeout(this.emitDue, wait > 0 ? wait : 0);
  }

  private readonly emitDue = (): void => {
    this.timer = undefined;
    const now = this.clock.now();
    while (this.head < this.values.length && (this.dues[this.head] as number) <= now) {
      const x = this.values[this.head] as T;
      this.values[this.head] = undefined;
      this.head += 1;
      const busy = emitFromTimer(this, x, "a delayed value");
      if (busy !== undefined) {
        this.compact();
        this.waitFor(busy);
        return;
      }
    }
    this.compact();
    this.arm();
  };

  /** Holds the next values back until the downstream has finished with this one. */
  private waitFor(busy: Promise<void>): void {
    this.busy = busy;
    void busy.then(() => {
      if (this.busy !== busy) return;
      this.busy = undefined;
      this.emitDue();
    });
  }

  /** Drops the emitted slots at the front once they are the larger part of the queues. */
  private compact(): void {
    if (this.head === this.values.length) {
      this.values.length = 0;
      this.dues.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.values.length) {
      this.values.splice(0, this.head);
      this.dues.splice(0, this.head);
      this.head = 0;
    }
  }
}

Stream.registerApi("delay", Delay);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Re-emits every value `ms` milliseconds after it arrived, in order.
     *
     * @example
     * source.delay(250);
     */
    delay(ms: number): Delay<T>;
  }
}
