// The `scan` operator: folds every value into a state and emits the running result (streamz `accumulate`).
import { requireFunction } from "../arguments.js";
import { StreamError } from "../errors.js";
import { Stream, type AnyStream, type Emitted, type Push } from "../stream.js";

/**
 * Options of `scan` without `returnsState`: `fn` returns the new state, which is also emitted.
 *
 * @example
 * numbers.scan((sum, x) => sum + x, { start: 0 }); // running sum
 */
export interface ScanOptions<S> {
  /** The first state. Without it the first value becomes the state and is emitted as it is. */
  start?: S;
  /** Leave out, or `false`: `fn` returns the new state. */
  returnsState?: false;
}

/**
 * Options of `scan` with `returnsState: true`: `fn` returns `[newState, result]` and `result` is emitted.
 *
 * @example
 * numbers.scan((count, x) => [count + 1, { x, index: count }], { start: 0, returnsState: true });
 */
export interface ScanStateOptions<S> {
  /** The first state. Without it the first value becomes the state and is emitted as it is. */
  start?: S;
  /** `true`: `fn` returns `[newState, result]`. */
  returnsState: true;
}

/**
 * Emits `fn(state, x)` for every `x` and keeps it as the next state; with `returnsState`, `fn` returns
 * `[state, result]` and emits `result`. Without `start`, the first value becomes the state and is emitted
 * unchanged, as streamz does. `start: undefined` is a start like any other (streamz: `start=None`).
 * When `fn` throws, the state is left as it was and the error reaches the caller of `emit`.
 * Unlike streamz, extra keyword arguments for `fn` and `with_state` are not accepted.
 *
 * @example
 * const source = new Stream<number>();
 * const sums = source.scan((total, x) => total + x, { start: 0 }).sinkToList();
 * source.emit(1); source.emit(2); // sums.list: [1, 3]
 */
export class Scan<In, Out> extends Stream<Out> {
  // Typed as a method so that the node stays covariant in its input, like Stream: a Scan<number> is a Stream<unknown>.
  readonly #fn: { call(state: unknown, x: In): unknown }["call"];
  readonly #returnsState: boolean;
  #state: unknown;
  #hasState: boolean;

  constructor(
    upstream: Stream<In>,
    fn: (state: never, x: In) => unknown,
    options: ScanOptions<unknown> | ScanStateOptions<unknown> = {},
  ) {
    requireFunction("scan", "fn", fn, "scan((total, x) => total + x, { start: 0 })");
    if (typeof options !== "object" || options === null) {
      throw new StreamError(
        `scan: options ${String(options)} is not an object; use e.g. scan(fn, { start: 0 }) or scan(fn, { returnsState: true })`,
      );
    }
    super({ upstream });
    this.#fn = fn;
    this.#returnsState = options.returnsState === true;
    this.#hasState = "start" in options;
    this.#state = options.start;
  }

  /** The current state: the last one `fn` returned, or `start`, or the first value. */
  get state(): unknown {
    return this.#state;
  }

  override update(x: In): Emitted {
    if (!this.#hasState) {
      this.#state = x;
      this.#hasState = true;
      return this.emit(x as unknown as Out);
    }
    const result = this.#fn(this.#state, x);
    if (!this.#returnsState) {
      this.#state = result;
      return this.emit(result as Out);
    }
    const pair = result as readonly [unknown, Out];
    this.#state = pair[0];
    return this.emit(pair[1]);
  }

  // The same as `update`, composed with the downstream push (see Stream.fuse); the state stays on the node.
  protected override fuse(emit: Push<Out>, from: AnyStream): Push<In> {
    if (this.#returnsState) return super.fuse(emit, from);
    const fn = this.#fn;
    return (x) => {
      if (!this.#hasState) {
        this.#state = x;
        this.#hasState = true;
        return emit(x as unknown as Out);
      }
      const state = fn(this.#state, x);
      this.#state = state;
      return emit(state as Out);
    };
  }
}

Stream.registerApi("scan", Scan);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits the running state `fn(state, x)`, starting from `start`; see {@link Scan}. */
    scan<S>(fn: (state: S, x: T) => S, options: ScanOptions<S> & { start: S }): Scan<T, S>;
    /** Emits `result` of `[state, result] = fn(state, x)`, starting from `start`; see {@link Scan}. */
    scan<S, R>(fn: (state: S, x: T) => readonly [S, R], options: ScanStateOptions<S> & { start: S }): Scan<T, R>;
    /** Emits the running state `fn(state, x)`; the first value is the first state; see {@link Scan}. */
    scan(fn: (state: T, x: T) => T, options?: ScanOptions<T>): Scan<T, T>;
    /** Emits the first value, then `result` of `[state, result] = fn(state, x)`; see {@link Scan}. */
    scan<R>(fn: (state: T, x: T) => readonly [T, R], options: ScanStateOptions<T>): Scan<T, T | R>;
  }
}
