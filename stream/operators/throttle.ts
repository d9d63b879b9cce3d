// `throttle(ms, { leading, trailing })`: lets at most one value through per window of ms milliseconds, dropping
// and counting the rest (RxJS `throttleTime`; streamz has none). `rateLimit` is the lossless alternative.
import { requirePositiveMs } from "../arguments.js";
import { emitFromTimer } from "../emit-from-timer.js";
import { StreamError } from "../errors.js";
import type { Scheduler, TimerHandle } from "../scheduler.js";
import { Stream, type AnyStream, type Emitted, type Push } from "../stream.js";

/**
 * Which edges of a throttle window emit: both default as in RxJS, `leading: true`, `trailing: false`.
 *
 * @example
 * moves.throttle(100, { leading: true, trailing: false }); // at most one per 100 ms, the first
 */
export interface ThrottleOptions {
  /** Emit the value that opens a window, at once. Default true. */
  readonly leading?: boolean | undefined;
  /** Emit the latest value that arrived during a window when it closes, which opens the next window. Default false. */
  readonly trailing?: boolean | undefined;
}

function edgesOf(options: unknown): { leading: boolean; trailing: boolean } {
  if (typeof options !== "object" || options === null) {
    throw new StreamError(
      `throttle: options ${String(options)} is not an object; use e.g. throttle(100, { trailing: true })`,
    );
  }
  const { leading, trailing } = options as ThrottleOptions;
  const edges = { leading: leading ?? true, trailing: trailing ?? false };
  if (!edges.leading && !edges.trailing) {
    throw new StreamError(
      "throttle: leading and trailing are both false, so nothing would be emitted; use e.g. throttle(100, { trailing: true })",
    );
  }
  return edges;
}

/**
 * Emits at most one value per window of `ms` milliseconds and drops the others, counting them in `dropped`.
 *
 * A value arriving while no window is open opens one, `ms` long, and is emitted at once when `leading` (the
 * default), else held. While the window is open, values are dropped, or with `trailing` each replaces the held
 * one (the replaced one is dropped). When the window closes, a held value is emitted and opens the next window;
 * with nothing held the node goes idle and keeps no timer. These are the semantics of RxJS's
 * `throttleTime(ms, scheduler, { leading, trailing })`; `leading: false, trailing: true` is RxJS's `auditTime`.
 *
 * A leading value is emitted synchronously, so what the downstream throws or returns reaches the caller of
 * `emit`. A trailing value is emitted from the timer: errors below go to the source upstream (see
 * `emitFromTimer`), and while its downstream is busy `update` returns the downstream's promise. Left without an
 * upstream (disconnected, destroyed, or its source destroyed), the node stops its timer and drops (and counts)
 * the held value; connected again, it starts idle.
 *
 * @example
 * const moves = new Stream<{ x: number }>();
 * const throttled = moves.throttle(100, { trailing: true }); // the first move at once, then the latest every 100 ms
 * moves.emit({ x: 1 }); moves.emit({ x: 2 }); moves.emit({ x: 3 }); // emits x 1 now and x 3 at 100 ms
 * throttled.dropped; // 1 (x 2)
 */
export class Throttle<T> extends Stream<T> {
  /** The window length, in milliseconds. */
  readonly ms: number;
  /** Whether the value that opens a window is emitted at once. */
  readonly leading: boolean;
  /** Whether the latest value of a window is emitted when it closes. */
  readonly trailing: boolean;
  private readonly clock: Scheduler;
  private timer: TimerHandle | undefined;
  private held: T | undefined;
  private holding = false;
  private busy: Promise<void> | undefined;
  #dropped = 0;

  constructor(upstream: Stream<T>, ms: number, options: ThrottleOptions = {}) {
    requirePositiveMs("throttle", "ms", ms, "throttle(100)");
    const { leading, trailing } = edgesOf(options);
    super({ upstream });
    this.ms = ms;
    this.leading = leading;
    this.trailing = trailing;
    // Kept apart from `this.scheduler`, which changes when the upstream is disconnected.
    this.clock = this.scheduler;
  }

  /** How many values were not emitted: dropped inside a window, replaced as the held value, or held at teardown. */
  get dropped(): number {
    return this.#dropped;
  }

  override update(x: T): Emitted {
    if (this.timer === undefined) {
      this.timer = this.clock.setTimeout(this.closeWindow, this.ms);
      if (this.leading) return this.emit(x);
      this.held = x;
      this.holding = true;
      return this.busy;
    }
    this.hold(x);
    return this.busy;
  }

  // The same as `update`, composed with the downstream push (see Stream.fuse); the window stays on the node.
  protected override fuse(emit: Push<T>, _from: AnyStream): Push<T> {
    if (!this.leading) return (x) => this.update(x);
    return (x) => {
      if (this.timer !== undefined) {
        this.hold(x);
        return this.busy;
      }
      this.timer = this.clock.setTimeout(this.closeWindow, this.ms);
      return emit(x);
    };
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

  /** A value inside an open window: held with `trailing` (replacing and dropping the held one), else dropped. */
  private hold(x: T): void {
    if (!this.trailing) {
      this.#dropped += 1;
      return;
    }
    if (this.holding) this.#dropped += 1;
    this.held = x;
    this.holding = true;
  }

  private readonly closeWindow = (): void => {
    this.timer = undefined;
    if (!this.holding) return;
    const x = this.held as T;
    this.held = undefined;
    this.holding = false;
    this.timer = this.clock.setTimeout(this.closeWindow, this.ms);
    const busy = emitFromTimer(this, x, "a trailing value from its timer");
    if (busy === undefined) return;
    this.busy = busy;
    void busy.then(() => {
      if (this.busy === busy) this.busy = undefined;
    });
  };
}

Stream.registerApi("throttle", Throttle);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits at most one value per `ms` milliseconds (leading edge by default, trailing on request), dropping and
     * counting the rest; see {@link Throttle}.
     *
     * @example
     * source.throttle(100, { leading: true, trailing: true });
     */
    throttle(ms: number, options?: ThrottleOptions): Throttle<T>;
  }
}
