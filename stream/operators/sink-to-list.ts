// The `sinkToList` operator: appends every value to a list, for tests and quick looks (streamz `sink_to_list`).
import { Stream, type Emitted } from "../stream.js";

/**
 * Appends every value to `list`. The list grows without bound, as in streamz: use it in tests and small
 * scripts, or clear it (`node.list.length = 0`) when you have read it. Unlike streamz, which returns the list
 * itself, this returns the node; the list is its `list` property.
 *
 * @example
 * const source = new Stream<number>();
 * const seen = source.sinkToList();
 * source.emit(1); source.emit(2); // seen.list: [1, 2]
 */
export class SinkToList<T> extends Stream<unknown> {
  /** Every value received, oldest first. */
  readonly list: T[] = [];

  constructor(upstream: Stream<T>) {
    super({ upstream });
  }

  override update(x: T): Emitted {
    this.list.push(x);
    return undefined;
  }
}

Stream.registerApi("sinkToList", SinkToList);

declare module "../stream.js" {
  interface Stream<T> {
    /** Collects every value into the `list` of the returned node; see {@link SinkToList}. */
    sinkToList(): SinkToList<T>;
  }
}
