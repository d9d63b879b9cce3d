// A source that calls a function every `ms` milliseconds on the graph's scheduler and emits what it returns.
import { requireFunction, requirePositiveMs } from "../arguments.js";
import type { TimerHandle } from "../scheduler.js";
import { Source, type SourceOptions } from "../source.js";
import { Stream } from "../stream.js";

/**
 * Calls `fn` every `ms` milliseconds, the first time `ms` after `start()`, and emits its result. Ticks are spaced
 * from their due times, so a late timer does not shift the ones after it. A busy graph is awaited before the next
 * tick is scheduled, and an error thrown by `fn` is reported like any downstream error. `stop()` clears the timer.
 *
 * @example
 * new FromPeriodic(() => performance.memory, 1000).sink(console.log);
 */
export class FromPeriodic<T> extends Source<T> {
  /** What is called on every tick. */
  readonly fn: () => T;
  /** Milliseconds between ticks. */
  readonly ms: number;
  #timer: TimerHandle | undefined;
  #due = 0;
  readonly #tick = (): void => this.#onTick();

  constructor(fn: () => T, ms: number, options: SourceOptions = {}) {
    requireFunction("fromPeriodic", "fn", fn, "fromPeriodic(Date.now, 100)");
    requirePositiveMs("fromPeriodic", "ms", ms, "fromPeriodic(fn, 100)");
    super(options);
    this.fn = fn;
    this.ms = ms;
  }

  protected onStart(): void {
    this.#due = this.scheduler.now();
    this.#schedule();
  }

  protected onStop(): void {
    if (this.#timer !== undefined) this.scheduler.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    const scheduler = this.scheduler;
    this.#due += this.ms;
    // After a long stall, skip the missed ticks rather than firing them in a burst.
    const now = scheduler.now();
    if (this.#due < now) this.#due = now;
    this.#timer = scheduler.setTimeout(this.#tick, this.#due - now);
  }

  #onTick(): void {
    this.#timer = undefined;
    let value: T;
    try {
      value = this.fn();
    } catch (error) {
      this.report(error, undefined);
      this.#resume();
      return;
    }
    const result = this.emitSafely(value);
    if (result === undefined) this.#resume();
    else void result.then(() => this.#resume());
  }

  // A downstream may have stopped, or stopped and restarted, the source while it was emitting.
  #resume(): void {
    if (this.started && this.#timer === undefined) this.#schedule();
  }
}

/**
 * Creates a `FromPeriodic` source: emits `fn()` every `ms` milliseconds on the graph's scheduler.
 *
 * @example
 * fromPeriodic(() => Math.random(), 500).sink(console.log);
 */
export function fromPeriodic<T>(fn: () => T, ms: number, options?: SourceOptions): FromPeriodic<T> {
  return new FromPeriodic(fn, ms, options);
}

declare module "../stream.js" {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- static methods are added by namespace merging
  namespace Stream {
    /** `Stream.fromPeriodic(fn, ms)`: the same as `fromPeriodic(fn, ms)`. */
    function fromPeriodic<T>(fn: () => T, ms: number, options?: SourceOptions): FromPeriodic<T>;
  }
}
Stream.fromPeriodic = fromPeriodic;
