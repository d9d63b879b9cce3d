// The `starmap` operator: spreads every tuple value into the arguments of a function (streamz `starmap`).
import { requireFunction } from "../arguments.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Emits `fn(...x)` for every tuple `x`. An error thrown by `fn` reaches the caller of `emit`.
 * Unlike streamz, extra arguments appended to the tuple are not accepted: close over them instead.
 *
 * @example
 * const pairs = new Stream<[number, number]>();
 * const sums = pairs.starmap((a, b) => a + b).sinkToList();
 * pairs.emit([1, 2]); // sums.list: [3]
 */
export class Starmap<In extends readonly unknown[], Out> extends Stream<Out> {
  // Typed as a method so that the node stays covariant in its input, like Stream: a Starmap<number> is a Stream<unknown>.
  readonly #fn: { call(...args: In): Out }["call"];

  constructor(upstream: Stream<In>, fn: (...args: In) => Out) {
    requireFunction("starmap", "fn", fn, "starmap((a, b) => a + b)");
    super({ upstream });
    this.#fn = fn;
  }

  override update(x: In): Emitted {
    return this.emit(this.#fn(...x));
  }
}

Stream.registerApi("starmap", Starmap);

declare module "../stream.js" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- must repeat Stream's type parameter to merge
  interface Stream<T> {
    /** Emits `fn(...x)` for every tuple `x`; see {@link Starmap}. */
    starmap<A extends readonly unknown[], R>(this: Stream<A>, fn: (...args: A) => R): Starmap<A, R>;
  }
}
