// `rateLimit(ms)`: lets values through at most one per ms milliseconds, delaying (never dropping) the ones that
// come too soon (streamz `rate_limit`), with a promise per delayed value as backpressure.
import { requirePositiveMs } from "../arguments.js";
import type { Scheduler, TimerHandle } from "../scheduler.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Re-emits every value, in order, at least `ms` milliseconds after the previous one. A value that may go at once
 * is emitted synchronously; one that comes too soon waits for its turn, and `update` returns a promise that settles
 * when it has been emitted (and the downstream has finished with it), or rejects with the downstream's error.
 * A source that awaits `emit` is thereby slowed to the rate. When the node is left without an upstream
 * (disconnected, destroyed, or its source destroyed) it cancels the waiting values and settles their promises.
 *
 * @example
 * const throttled = new Stream<string>().rateLimit(100); // at most 10 values per second, none lost
 */
export class RateLimit<T> extends Stream<T> {
  /** The least time between two emitted values, in milliseconds. */
  readonly ms: number;
  private readonly clock: Scheduler;
  private nextTurn = -Infinity;
  private readonly waiting = new Map<TimerHandle, (reached: boolean) => void>();

  constructor(upstream: Stream<T>, ms: number) {
    requirePositiveMs("rateLimit", "ms", ms, "rateLimit(100)");
    super({ upstream });
    this.ms = ms;
    // Kept apart from `this.scheduler`, which changes when the upstream is disconnected.
    this.clock = this.scheduler;
  }

  override update(x: T): Emitted {
    const now = this.clock.now();
    const turn = this.nextTurn;
    this.nextTurn = (now > turn ? now : turn) + this.ms;
    if (now >= turn) return this.emit(x);
    const turnReached = new Promise<boolean>((resolve) => {
      const handle = this.clock.setTimeout(() => {
        this.waiting.delete(handle);
        resolve(true);
      }, turn - now);
      this.waiting.set(handle, resolve);
    });
    return turnReached.then((reached) => (reached ? this.emit(x) : undefined));
  }

  /** With no upstream left, cancels the waiting values: their promises settle without emitting. */
  protected override upstreamsChanged(): void {
    if (this.upstreams.length > 0) return;
    for (const [handle, release] of this.waiting) {
      this.clock.clearTimeout(handle);
      release(false);
    }
    this.waiting.clear();
    this.nextTurn = -Infinity;
  }
}

Stream.registerApi("rateLimit", RateLimit);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Re-emits every value at least `ms` milliseconds after the previous one, delaying but never dropping.
     *
     * @example
     * source.rateLimit(100);
     */
    rateLimit(ms: number): RateLimit<T>;
  }
}
