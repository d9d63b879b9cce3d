// The `filter` operator: passes on only the values a predicate accepts (streamz `filter`).
import { requireFunction } from "../arguments.js";
import { Stream, type AnyStream, type Emitted, type Push } from "../stream.js";

/**
 * Emits `x` when `predicate(x)` is truthy. A type guard narrows the element type.
 * Unlike streamz, the predicate is required (streamz takes `None` for truthiness: write `filter(Boolean)`)
 * and extra arguments for it are not accepted.
 *
 * @example
 * const source = new Stream<number | string>();
 * const numbers = source.filter((x): x is number => typeof x === "number").sinkToList();
 * source.emit(1); source.emit("a"); // numbers.list: [1]
 */
export class Filter<T> extends Stream<T> {
  // Typed as a method so that the node stays covariant in T, like Stream: a Filter<number> is a Stream<unknown>.
  readonly #predicate: { call(x: T): unknown }["call"];

  constructor(upstream: Stream<T>, predicate: (x: T) => unknown) {
    requireFunction("filter", "predicate", predicate, "filter((x) => x > 0)");
    super({ upstream });
    this.#predicate = predicate;
  }

  override update(x: T): Emitted {
    return this.#predicate(x) ? this.emit(x) : undefined;
  }

  // The same as `update`, composed with the downstream push (see Stream.fuse).
  protected override fuse(emit: Push<T>, _from: AnyStream): Push<T> {
    const predicate = this.#predicate;
    return (x) => (predicate(x) ? emit(x) : undefined);
  }
}

Stream.registerApi("filter", Filter);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits only the values of the narrowed type; see {@link Filter}. */
    filter<S extends T>(predicate: (x: T) => x is S): Filter<S>;
    /** Emits the values for which `predicate` is truthy; see {@link Filter}. */
    filter(predicate: (x: T) => unknown): Filter<T>;
  }
}
