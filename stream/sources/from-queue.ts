// A source that feeds the graph from an AsyncQueue: it sleeps in `get()` while the queue is empty (no timer, no
// polling), wakes on `put`, and drains everything queued synchronously, awaiting only a busy graph.
import { QueueClosedError } from "../errors.js";
import type { AsyncQueue, QueueConsumer } from "../queue.js";
import { Source, type SourceOptions } from "../source.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Emits every item put into `queue`, in order. Between wake-ups it holds one pending `get()` and nothing else.
 * `stop()` aborts that `get()`, so items put afterwards stay in the queue for the next `start()`. When the queue
 * is closed and drained the source stops by itself.
 *
 * The source is the queue's one consumer from construction until it is stopped or destroyed: a second
 * `fromQueue(q)` meanwhile throws `QueueConsumedError` (fan out from one source instead:
 * `const s = fromQueue(q); s.sink(a); s.sink(b)`), and so does `q.get()` by hand. `start()` takes the queue again.
 *
 * @example
 * const q = new AsyncQueue<PointerSample>();
 * new FromQueue(q).map((s) => s.x).sink(console.log);
 * q.put({ x: 1, y: 2 });
 */
export class FromQueue<T> extends Source<T> {
  /** The queue this source drains. */
  readonly queue: AsyncQueue<T>;
  #controller: AbortController | undefined;
  #reader: QueueConsumer<T> | undefined;

  constructor(queue: AsyncQueue<T>, options: SourceOptions = {}) {
    // Taken before the base class schedules the automatic start, so that a refused source never starts.
    const reader = queue.consume(`the source "${options.name ?? new.target.name}"`);
    super(options);
    this.queue = queue;
    this.#reader = reader;
  }

  /** Takes the queue again if a `stop()` gave it up, then starts; throws `QueueConsumedError` if another has it. */
  override start(): void {
    if (!this.started) this.#reader ??= this.queue.consume(`the source "${this.name}"`);
    super.start();
  }

  /** Stops and gives the queue up, so that another consumer may take it. */
  override stop(): void {
    super.stop();
    this.#reader?.release();
    this.#reader = undefined;
  }

  protected onStart(): void {
    const controller = new AbortController();
    this.#controller = controller;
    void this.#run(this.#reader as QueueConsumer<T>, controller.signal);
  }

  protected onStop(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  async #run(reader: QueueConsumer<T>, signal: AbortSignal): Promise<void> {
    for (;;) {
      let item: T;
      try {
        item = await reader.get(signal);
      } catch (error) {
        this.#ended(error, signal);
        return;
      }
      // An item that `get` handed over before a stop() is emitted all the same: it has left the queue.
      const first = this.emitSafely(item);
      if (first !== undefined) await first;
      const rest = this.#drain(reader, signal);
      if (rest !== undefined) await rest;
      if (signal.aborted) return;
    }
  }

  /**
   * Emits what is queued, each item taken out just before it is emitted (so `size`, overflow and items put
   * meanwhile behave as with one `get` per item), until the queue is empty or the source stops: one call for the
   * whole backlog, with one try/catch around the loop rather than one per item. Returns a promise only when the
   * graph was busy; it never rejects.
   */
  #drain(reader: QueueConsumer<T>, signal: AbortSignal): Emitted {
    const queue = this.queue;
    let x: T | undefined;
    for (;;) {
      try {
        while (queue.size > 0 && !signal.aborted) {
          x = reader.getNowait();
          const result = this.downstreamPush()(x);
          if (result !== undefined) return this.#resumeDrain(result, x, reader, signal);
        }
        return undefined;
      } catch (error) {
        this.reportCaught(error, x, this);
      }
    }
  }

  async #resumeDrain(busy: Promise<void>, x: T, reader: QueueConsumer<T>, signal: AbortSignal): Promise<void> {
    try {
      await busy;
    } catch (error) {
      this.reportCaught(error, x, this);
    }
    const rest = this.#drain(reader, signal);
    if (rest !== undefined) await rest;
  }

  #ended(error: unknown, signal: AbortSignal): void {
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
