// `debounce(ms)`: emits a value only once ms milliseconds have passed without a newer one, dropping and counting
// the values replaced before that (RxJS `debounceTime`; streamz has none).
import { requirePositiveMs } from "../arguments.js";
import { emitFromTimer } from "../emit-from-timer.js";
import type { Scheduler, TimerHandle } from "../scheduler.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Holds each value and emits it `ms` milliseconds after it arrived, unless a newer value arrives first: then the
 * held one is dropped (counted in `dropped`) and the wait starts again for the newer one. A steady stream with
 * gaps shorter than `ms` therefore emits nothing until it pauses, and then its last value: the semantics of
 * RxJS's `debounceTime(ms)`. A value is never emitted synchronously; when one falls due at the instant a newer
 * one arrives, the timer has fired first and the due one is emitted.
 *
 * Nothing is emitted on the way in, so the node keeps Stream's plain fused path (a call of `update`). The node keeps at most one timer, none while idle, and moves its due time rather than re-arming a timer per
 * value. Errors thrown below an emitted value go to the source upstream (see `emitFromTimer`); while the
 * downstream is busy with one, `update` returns the downstream's promise. Left without an upstream
 * (disconnected, destroyed, or its source destroyed), the node stops its timer and drops (and counts) the held
 * value.
 *
 * @example
 * const input = new Stream<string>();
 * const settled = input.debounce(250).sink((text) => search(text)); // one search per pause in typing
 * input.emit("r"); input.emit("ri"); input.emit("riv"); // 250 ms later: search("riv"); 2 dropped
 */
export class Debounce<T> extends Stream<T> {
  /** The quiet time a value waits for, in milliseconds. */
  readonly ms: number;
  private readonly clock: Scheduler;
  private timer: TimerHandle | undefined;
  private due = 0;
  private held: T | undefined;
  private holding = false;
  private busy: Promise<void> | undefined;
  #dropped = 0;

  constructor(upstream: Stream<T>, ms: number) {
    requirePositiveMs("debounce", "ms", ms, "debounce(250)");
    super({ upstream });
    this.ms = ms;
    // Kept apart from `this.scheduler`, which changes when the upstream is disconnected.
    this.clock = this.scheduler;
  }

  /** How many values were not emitted: replaced by a newer one before their quiet time, or held at teardown. */
  get dropped(): number {
    return this.#dropped;
  }

  override update(x: T): Emitted {
    if (this.holding) this.#dropped += 1;
    this.held = x;
    this.holding = true;
    this.due = this.clock.now() + this.ms;
    if (this.timer === undefined) this.timer = this.clock.setTimeout(this.fire, this.ms);
    return this.busy;
  }

  /** Stops the timer and drops the held value when nothing can feed the node any more. */
  protected override upstreamsChanged(): void {
    if (this.upstreams.length > 0) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.holding) this.#dropped += 1;
    this.held = undefined;
    this.holding = false;
    this.busy = undefined;
  }

  private readonly fire = (): void => {
    const wait = this.due - this.clock.now();
    if (wait > 0) {
      this.timer = this.clock.setTimeout(this.fire, wait);
      return;
    }
    this.timer = undefined;
    const x = this.held as T;
    this.held = undefined;
    this.holding = false;
    const busy = emitFromTimer(this, x, "a value from its timer");
    if (busy === undefined) return;
    this.busy = busy;
    void busy.then(() => {
      if (this.busy === busy) this.busy = undefined;
    });
  };
}

Stream.registerApi("debounce", Debounce);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits a value once `ms` milliseconds passed without a newer one, dropping and counting the replaced ones;
     * see {@link Debounce}.
     *
     * @example
     * input.debounce(250).sink(search);
     */
    debounce(ms: number): Debounce<T>;
  }
}
