// The `collect` operator: holds values until `flush()` emits them as one array (streamz `collect`).
import { Stream, type Emitted } from "../stream.js";

/**
 * Keeps every value it receives; `flush()` emits them as one array (an empty one when nothing came, as in
 * streamz) and starts over. `flush` is bound, so it can be passed as a callback, e.g. to another stream's
 * `sink` to flush on its events. Values pile up until flushed: flush regularly. `destroy()` drops them.
 *
 * @example
 * const source = new Stream<number>();
 * const trigger = new Stream<unknown>();
 * const collector = source.collect();
 * const batches = collector.sinkToList();
 * trigger.sink(collector.flush);
 * source.emit(1); source.emit(2); trigger.emit("now"); // batches.list: [[1, 2]]
 */
export class Collect<T> extends Stream<T[]> {
  #held: T[] = [];

  constructor(upstream: Stream<T>) {
    super({ upstream });
  }

  /** How many values are held. */
  get size(): number {
    return this.#held.length;
  }

  override update(x: T): Emitted {
    this.#held.push(x);
    return undefined;
  }

  /** Emits the held values as one array and starts a new one; returns what `emit` returns. */
  readonly flush = (): Emitted => {
    const batch = this.#held;
    this.#held = [];
    return this.emit(batch);
  };

  override destroy(): void {
    super.destroy();
    this.#held = [];
  }
}

Stream.registerApi("collect", Collect);

declare module "../stream.js" {
  interface Stream<T> {
    /** Holds values until `flush()` emits them as one array; see {@link Collect}. */
    collect(): Collect<T>;
  }
}
