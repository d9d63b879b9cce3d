// A source that emits the items of a synchronous or asynchronous iterable, pausing whenever the graph is busy.
import { Source, type SourceOptions } from "../source.js";
import { Stream } from "../stream.js";

/**
 * Emits each item of `iterable` in order, then stops by itself. A synchronous iterable is emitted in one go as
 * long as the graph stays synchronous; a busy graph (a promise from `emit`) is awaited before the next item.
 *
 * Restarting: every `start()` iterates afresh, and `stop()` ends the current iteration with the iterator's
 * `return()` (so a generator's `finally` runs). An array therefore replays from its first item, whereas a
 * generator object, being its own iterator, is used up: pass an iterable that makes a new generator instead,
 * e.g. `{ *[Symbol.iterator]() { yield* items; } }`.
 *
 * @example
 * new FromIterable([1, 2, 3]).map((x) => x * 2).sink(console.log); // 2, 4, 6
 */
export class FromIterable<T> extends Source<T> {
  /** What this source iterates. */
  readonly iterable: Iterable<T> | AsyncIterable<T>;
  // The iteration in progress; a run whose iterator is no longer this one was stopped.
  #iterator: Iterator<T> | AsyncIterator<T> | undefined;

  constructor(iterable: Iterable<T> | AsyncIterable<T>, options: SourceOptions = {}) {
    super(options);
    this.iterable = iterable;
  }

  protected onStart(): void {
    const iterable = this.iterable;
    if (isPlainArray(iterable)) {
      // The iterator is only this run's token: the batch path reads the array as its iterator would.
      const iterator = iterable[Symbol.iterator]();
      this.#iterator = iterator;
      void this.#runBatch(iterable, iterator);
      return;
    }
    const isAsync = Symbol.asyncIterator in iterable;
    const iterator = isAsync ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    this.#iterator = iterator;
    void this.#run(iterator, isAsync);
  }

  protected onStop(): void {
    const iterator = this.#iterator;
    this.#iterator = undefined;
    if (iterator?.return === undefined) return;
    try {
      const returned = iterator.return();
      if (returned instanceof Promise) returned.catch((error: unknown) => this.report(error, undefined));
    } catch (error) {
      this.report(error, undefined);
    }
  }

  async #run(iterator: Iterator<T> | AsyncIterator<T>, isAsync: boolean): Promise<void> {
    for (;;) {
      let next: IteratorResult<T>;
      try {
        // A synchronous iterator is not awaited, so an array is emitted without a microtask per item.
        next = isAsync ? await iterator.next() : (iterator.next() as IteratorResult<T>);
      } catch (error) {
        this.#failed(iterator, error);
        return;
      }
      if (this.#iterator !== iterator) return;
      if (next.done === true) break;
      const result = this.emitSafely(next.value);
      if (result !== undefined) await result;
      if (this.#iterator !== iterator) return;
    }
    this.#finished(iterator);
  }

  /**
   * Emits an array in one batch: the same values, order, pauses and error reports as `run` over its iterator,
   * which reads the length afresh at every step (so does the batch, given no end), without the iterator
   * protocol and a try/catch per item.
   */
  async #runBatch(values: readonly T[], iterator: Iterator<T>): Promise<void> {
    const busy = this.emitBatchSafely(values, 0, Infinity);
    if (busy !== undefined) await busy;
    this.#finished(iterator);
  }

  #finished(iterator: Iterator<T> | AsyncIterator<T>): void {
    if (this.#iterator !== iterator) return;
    // The iterator is done: nothing to return, only the source to mark as stopped.
    this.#iterator = undefined;
    this.stop();
  }

  #failed(iterator: Iterator<T> | AsyncIterator<T>, error: unknown): void {
    if (this.#iterator !== iterator) return;
    this.#iterator = undefined;
    this.report(error, undefined);
    this.stop();
  }
}

/** Whether iterating `iterable` is reading an array by index: an array whose iterator nobody replaced. */
function isPlainArray<T>(iterable: Iterable<T> | AsyncIterable<T>): iterable is readonly T[] {
  return Array.isArray(iterable) && iterable[Symbol.iterator] === arrayIterator;
}

const arrayIterator = Array.prototype[Symbol.iterator];

/**
 * Creates a `FromIterable` source over an array, a generator, or any (async) iterable.
 *
 * @example
 * fromIterable(["a", "b"]).sink(console.log); // a, b
 */
export function fromIterable<T>(iterable: Iterable<T> | AsyncIterable<T>, options?: SourceOptions): FromIterable<T> {
  return new FromIterable(iterable, options);
}

declare module "../stream.js" {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- static methods are added by namespace merging
  namespace Stream {
    /** `Stream.fromIterable(it)`: the same as `fromIterable(it)`. */
    function fromIterable<T>(iterable: Iterable<T> | AsyncIterable<T>, options?: SourceOptions): FromIterable<T>;
  }
}
Stream.fromIterable = fromIterable;
