// The `flatten` operator: emits the items of every array or other iterable one by one (streamz `flatten`).
import { StreamError } from "../errors.js";
import { Stream, settleAll, type Emitted } from "../stream.js";

/**
 * Emits each item of every iterable value, in order. As in streamz, all items are emitted at once and the
 * result is busy until every busy downstream call has finished; an error thrown downstream stops the
 * remaining items of that value and reaches the caller of `emit`. A value that is not iterable is an error.
 *
 * @example
 * const batches = new Stream<number[]>();
 * const items = batches.flatten().sinkToList();
 * batches.emit([1, 2]); batches.emit([3]); // items.list: [1, 2, 3]
 */
export class Flatten<T> extends Stream<T> {
  constructor(upstream: Stream<Iterable<T>>) {
    super({ upstream });
  }

  override update(x: Iterable<T>): Emitted {
    let pending: Promise<void>[] | undefined;
    if (Array.isArray(x)) {
      const items = x as readonly T[];
      for (let i = 0; i < items.length; i += 1) {
        const result = this.emit(items[i] as T);
        if (result !== undefined) (pending ??= []).push(result);
      }
    } else {
      const value: unknown = x;
      if (typeof (value as Partial<Iterable<T>> | null | undefined)?.[Symbol.iterator] !== "function") {
        const shown = typeof value === "object" && value !== null ? "an object without Symbol.iterator" : String(value);
        throw new StreamError(`flatten: ${shown} is not iterable; flatten takes arrays or other iterables`);
      }
      for (const item of x) {
        const result = this.emit(item);
        if (result !== undefined) (pending ??= []).push(result);
      }
    }
    return pending === undefined ? undefined : settleAll(pending);
  }
}

Stream.registerApi("flatten", Flatten);

declare module "../stream.js" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- must repeat Stream's type parameter to merge
  interface Stream<T> {
    /** Emits the items of every iterable value one by one; see {@link Flatten}. */
    flatten<U>(this: Stream<Iterable<U>>): Flatten<U>;
  }
}
