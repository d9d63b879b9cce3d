// The `map` operator: applies a function to every value and emits the result (streamz `map`).
import { requireFunction } from "../arguments.js";
import { Stream, type AnyStream, type Emitted, type Push } from "../stream.js";

/**
 * Emits `fn(x)` for every `x`. An error thrown by `fn` reaches the caller of `emit`.
 * Unlike streamz, extra arguments for `fn` are not accepted: close over them instead.
 *
 * @example
 * const source = new Stream<number>();
 * const doubled = source.map((x) => x * 2).sinkToList();
 * source.emit(2); // doubled.list: [4]
 */
export class MapNode<In, Out> extends Stream<Out> {
  // Typed as a method so that the node stays covariant in its input, like Stream: a MapNode<number> is a Stream<unknown>.
  readonly #fn: { call(x: In): Out }["call"];

  constructor(upstream: Stream<In>, fn: (x: In) => Out) {
    requireFunction("map", "fn", fn, "map((x) => x * 2)");
    super({ upstream });
    this.#fn = fn;
  }

  override update(x: In): Emitted {
    return this.emit(this.#fn(x));
  }

  // The same as `update`, composed with the downstream push (see Stream.fuse).
  protected override fuse(emit: Push<Out>, _from: AnyStream): Push<In> {
    const fn = this.#fn;
    return (x) => emit(fn(x));
  }
}

Stream.registerApi("map", MapNode);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits `fn(x)` for every value `x`; see {@link MapNode}. */
    map<R>(fn: (x: T) => R): MapNode<T, R>;
  }
}
