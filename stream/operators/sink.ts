// The `sink` operator: calls a function with every value, at the end of a graph (streamz `sink`).
import { requireFunction } from "../arguments.js";
import { Stream, type AnyStream, type Emitted, type Push } from "../stream.js";

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

const toVoid = (): void => undefined;

/** What a call of the sink's function leaves busy: the promise it returned (a thenable as a promise), or nothing. */
function busyWith(result: unknown): Emitted {
  if (!isThenable(result)) return undefined;
  return result instanceof Promise ? (result as Promise<void>) : Promise.resolve(result).then(toVoid);
}

/**
 * Calls `fn(x)` for every `x` and emits nothing. When `fn` returns a promise (or any thenable), the sink is
 * busy until it settles: `emit` returns it, so an awaiting source waits, and a rejection reaches that source.
 * An error thrown by `fn` reaches the caller of `emit`. Unlike streamz, extra arguments for `fn` are not
 * accepted, and no global list keeps the sink alive: the graph holds it.
 *
 * @example
 * const source = new Stream<number>();
 * source.sink((x) => console.log(x));
 * source.sink(async (x) => { await save(x); }); // a source awaits each save
 */
export class Sink<T> extends Stream<unknown> {
  // Typed as a method so that the node stays covariant in its input, like Stream: a Sink<number> is a Stream<unknown>.
  readonly #fn: { call(x: T): unknown }["call"];

  constructor(upstream: Stream<T>, fn: (x: T) => unknown) {
    requireFunction("sink", "fn", fn, "sink((x) => console.log(x))");
    super({ upstream });
    this.#fn = fn;
  }

  override update(x: T): Emitted {
    return busyWith(this.#fn(x));
  }

  // The same as `update` (see Stream.fuse); a sink has no downstream push to compose with.
  protected override fuse(_emit: Push<unknown>, _from: AnyStream): Push<T> {
    const fn = this.#fn;
    return (x) => busyWith(fn(x));
  }
}

Stream.registerApi("sink", Sink);

declare module "../stream.js" {
  interface Stream<T> {
    /** Calls `fn` with every value, waiting on the promises it returns; see {@link Sink}. */
    sink(fn: (x: T) => unknown): Sink<T>;
  }
}
