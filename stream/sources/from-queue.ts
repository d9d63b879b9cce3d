// A source that feeds the graph from an AsyncQueue: it sleeps in `get()` while the queue is empty (no timer, no
// polling), wakes on `put`, and drains everything queued synchronously, awaiting only a busy graph.
import { QueueClosedError } from "../errors.js";
import type { AsyncQueue } from "../queue.js";
import { Source, type SourceOptions } from "../source.js";
import { Stream } from "../stream.js";

/**
 * Emits every item put into `queue`, in order. Between wake-ups it holds one pending `get()` and nothing else.
 * `stop()` aborts that `get()`, so items put afterwards stay in the queue for the next `start()`. When the queue
 * is closed and drained the source stops by itself.
 *
 * @example
 * const q = new AsyncQueue<PointerSample>();
 * new FromQueue(q).map((s) => s.x).sink(console.log);
 * q.put({ x: 1, y: 2 });
 */
export class FromQueue<T> extends Source<T> {
  /** The queue this source drains. */
  readonly queue: AsyncQueue<T>;
  private controller: AbortController | undefined;

  constructor(queue: AsyncQueue<T>, options: SourceOptions = {}) {
    super(options);
    this.queue = queue;
  }

  protected onStart(): void {
    const controller = new AbortController();
    this.controller = controller;
    void this.run(controller.signal);
  }

  protected onStop(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  private async run(signal: AbortSignal): Promise<void> {
    const queue = this.queue;
    for (;;) {
      let item: T;
      try {
        item = await queue.get(signal);
      } catch (error) {
        this.ended(error, signal);
        return;
      }
      // An item that `get` handed over before a stop() is emitted all the same: it has left the queue.
      const first = this.emitSafely(item);
      if (first !== undefined) await first;
      while (queue.size > 0 && !signal.aborted) {
        const result = this.emitSafely(queue.getNowait());
        if (result !== undefined) await result;
      }
      if (signal.aborted) return;
    }
  }

  private ended(error: unknown, signal: AbortSignal): void {
    if (signal.aborted) return;
    // A closed queue is the normal end; anything else is worth reporting.
    if (!(error instanceof QueueClosedError)) this.report(error, undefined);
    this.stop();
  }
}

/**
 * Creates a `FromQueue` source: the graph receives every item put into `queue`, with no polling.
 *
 * @example
 * const q = new AsyncQueue<number>();
 * fromQueue(q).sink(console.log);
 * q.put(1); // logs 1 a microtask later
 */
export function fromQueue<T>(queue: AsyncQueue<T>, options?: SourceOptions): FromQueue<T> {
  return new FromQueue(queue, options);
}

declare module "../stream.js" {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- static methods are added by namespace merging
  namespace Stream {
    /** `Stream.fromQueue(q)`: the same as `fromQueue(q)`. */
    function fromQueue<T>(queue: AsyncQueue<T>, options?: SourceOptions): FromQueue<T>;
  }
}
Stream.fromQueue = fromQueue;
