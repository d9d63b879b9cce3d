// `slidingWindow(n)`: on every value, emits the last n values as an array (streamz `sliding_window`), keeping them
// in a fixed-size ring so that the only allocation per value is the emitted array.
import { requirePositiveInteger } from "../arguments.js";
import { Stream, type AnyStream, type Emitted, type Push } from "../stream.js";

/**
 * Options of `slidingWindow`.
 *
 * @example
 * numbers.slidingWindow(3, { returnPartial: false }); // [1,2,3], [2,3,4], …
 */
export interface SlidingWindowOptions {
  /** Also emit the shorter windows at the start, before n values have arrived; default true. */
  returnPartial?: boolean | undefined;
}

/**
 * Emits, for every value, an array of the last `n` values, oldest first. With `returnPartial: false` nothing is
 * emitted until `n` values have arrived. Each emitted array is new, so a downstream may keep it.
 *
 * @example
 * const source = new Stream<number>();
 * const windows = source.slidingWindow(2).sinkToList();
 * source.emit(1); source.emit(2); source.emit(3); // windows.list: [[1], [1, 2], [2, 3]]
 */
export class SlidingWindow<T> extends Stream<T[]> {
  /** The window size. */
  readonly n: number;
  /** Whether windows shorter than `n` are emitted at the start. */
  readonly returnPartial: boolean;
  private readonly ring: (T | undefined)[];
  private nextSlot = 0;
  private count = 0;

  constructor(upstream: Stream<T>, n: number, options: SlidingWindowOptions = {}) {
    requirePositiveInteger("slidingWindow", "n", n, "slidingWindow(10)");
    super({ upstream });
    this.n = n;
    this.returnPartial = options.returnPartial ?? true;
    this.ring = new Array<T | undefined>(n);
  }

  override update(x: T): Emitted {
    const window = this.push(x);
    return window === undefined ? undefined : this.emit(window);
  }

  // The same as `update`, composed with the downstream push (see Stream.fuse).
  protected override fuse(emit: Push<T[]>, _from: AnyStream): Push<T> {
    return (x) => {
      const window = this.push(x);
      return window === undefined ? undefined : emit(window);
    };
  }

  /** Adds `x` to the ring and returns the window to emit, or `undefined` while a full one is awaited. */
  private push(x: T): T[] | undefined {
    const n = this.n;
    const ring = this.ring;
    ring[this.nextSlot] = x;
    this.nextSlot = this.nextSlot + 1 === n ? 0 : this.nextSlot + 1;
    if (this.count < n) {
      this.count += 1;
      if (this.count < n && !this.returnPartial) return undefined;
    }
    const size = this.count;
    // Until the ring is full the oldest value sits in slot 0; afterwards it is the one about to be overwritten.
    let slot = size < n ? 0 : this.nextSlot;
    const window = new Array<T>(size);
    for (let i = 0; i < size; i += 1) {
      window[i] = ring[slot] as T;
      slot = slot + 1 === n ? 0 : slot + 1;
    }
    return window;
  }

  /** Forgets the window (releasing the values it held) and removes the node from the graph. */
  override destroy(): void {
    this.ring.fill(undefined);
    this.count = 0;
    this.nextSlot = 0;
    super.destroy();
  }
}

Stream.registerApi("slidingWindow", SlidingWindow);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits the last `n` values as an array on every value (streamz `sliding_window`).
     *
     * @example
     * source.slidingWindow(10).map((w) => w.reduce((a, b) => a + b, 0) / w.length); // moving average
     */
    slidingWindow(n: number, options?: SlidingWindowOptions): SlidingWindow<T>;
  }
}
