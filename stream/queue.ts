// The bounded hand-off between the page and the stream graph: `put` is synchronous and never blocks the UI,
// `get` waits without polling, and a full queue follows an explicit overflow policy.
import { isPositiveInteger } from "./arguments.js";
import { QueueClosedError, QueueConsumedError, QueueEmptyError, QueueFullError } from "./errors.js";

/**
 * What `put` does when the queue is full.
 *
 * @example
 * const policy: OverflowPolicy = "drop-newest"; // keep what is queued, refuse the new item
 * new AsyncQueue({ capacity: 10, overflow: policy });
 */
export type OverflowPolicy = "drop-oldest" | "drop-newest" | "error";

/**
 * Options of `new AsyncQueue()`.
 *
 * @example
 * const queue = new AsyncQueue<number>({ capacity: 1000, overflow: "drop-oldest" });
 */
export interface AsyncQueueOptions {
  /** Most items held at once; default 10 000. */
  capacity?: number;
  /** What a `put` into a full queue does; default `'drop-oldest'` (keep the freshest input). */
  overflow?: OverflowPolicy;
}

/**
 * The one reader of a queue, from `AsyncQueue.consume`: takes items as `get` and `getNowait` do.
 *
 * @example
 * const consumer: QueueConsumer<number> = queue.consume("my reader");
 * const first = await consumer.get();
 */
export interface QueueConsumer<T> {
  /** As `AsyncQueue.get`. */
  get(signal?: AbortSignal): Promise<T>;
  /** As `AsyncQueue.getNowait`. */
  getNowait(): T;
  /** Gives the queue up, so that another consumer may take it; the reader must not be used afterwards. */
  release(): void;
}

interface Waiter<T> {
  resolve(item: T): void;
  reject(error: Error): void;
}

/** The abort reason as an Error (an AbortSignal's default reason already is one). */
function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException(String(reason), "AbortError");
}

const overflowPolicies: readonly OverflowPolicy[] = ["drop-oldest", "drop-newest", "error"];
const initialSlots = 16;

/**
 * A bounded first-in first-out queue between synchronous producers (DOM event listeners) and an async consumer.
 * Many producers may share a queue, but it has one consumer at a time (a `fromQueue` source or a `for await`
 * loop), because each item goes to one taker: a second one would silently get every other item. To feed several
 * branches, consume the queue once and fan out: `const s = fromQueue(q); s.sink(a); s.sink(b)`.
 *
 * @example
 * const q = new AsyncQueue<PointerSample>({ capacity: 1000, overflow: "drop-oldest" });
 * element.onEvent("img", "pointermove", q.put); // put is bound: pass it bare
 * for await (const sample of q) console.log(sample.x, sample.y);
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  /** Most items held at once. */
  readonly capacity: number;
  /** What a `put` into a full queue does. */
  readonly overflow: OverflowPolicy;
  /** How many items were discarded so far: by the overflow policy, or by a `sendQueue` closed too late for them. */
  dropped = 0;

  #slots: (T | undefined)[] = [];
  #head = 0;
  #count = 0;
  #waiters: Waiter<T>[] = [];
  #closed = false;
  #consumer: string | undefined;

  constructor(options: AsyncQueueOptions = {}) {
    const capacity = options.capacity ?? 10_000;
    if (!isPositiveInteger(capacity)) {
      throw new RangeError(
        `AsyncQueue: capacity ${String(capacity)} is not a positive integer; use e.g. { capacity: 10000 }`,
      );
    }
    const overflow = options.overflow ?? "drop-oldest";
    if (!overflowPolicies.includes(overflow)) {
      throw new RangeError(`AsyncQueue: overflow "${String(overflow)}" is not one of ${overflowPolicies.join(", ")}`);
    }
    this.capacity = capacity;
    this.overflow = overflow;
    this.#slots = new Array<T | undefined>(Math.min(initialSlots, capacity));
  }

  /** How many items are waiting. */
  get size(): number {
    return this.#count;
  }

  /** Whether `close()` was called. */
  get isClosed(): boolean {
    return this.#closed;
  }

  /** Who consumes the queue (e.g. `the source "moves"`), or `undefined` when nobody does. */
  get consumedBy(): string | undefined {
    return this.#consumer;
  }

  /**
   * Makes `name` the queue's only consumer until it calls `release()` on the returned reader; meanwhile `get` and
   * `getNowait` by hand throw `QueueConsumedError`. Throws `QueueConsumedError` when another consumer holds it.
   *
   * @example
   * const reader = q.consume('the source "moves"');
   * const item = await reader.get();
   * reader.release();
   */
  consume(name: string): QueueConsumer<T> {
    if (this.#consumer !== undefined) {
      throw new QueueConsumedError(
        `AsyncQueue: ${name} cannot consume this queue because ${this.#consumer} already does, and two consumers ` +
          "would split its items between them; consume it once and fan out: " +
          "const s = fromQueue(q); s.sink(a); s.sink(b) (or stop the other consumer first)",
      );
    }
    this.#consumer = name;
    let held = true;
    return {
      get: (signal) => this.#take(signal),
      getNowait: () => this.#takeNowait(),
      release: () => {
        if (held) this.#consumer = undefined;
        held = false;
      },
    };
  }

  /**
   * Adds an item, or hands it straight to a waiting `get()`. Synchronous, and bound to the queue so it can be
   * passed as a bare callback. A full queue follows `overflow`; a closed one throws `QueueClosedError`.
   */
  readonly put = (item: T): void => {
    if (this.#closed) throw new QueueClosedError("AsyncQueue.put: the queue is closed; create a new queue to go on");
    const waiter = this.#waiters.shift();
    if (waiter !== undefined) {
      waiter.resolve(item);
      return;
    }
    if (this.#count === this.capacity) {
      if (this.overflow === "drop-newest") {
        this.dropped += 1;
        return;
      }
      if (this.overflow === "error") {
        throw new QueueFullError(
          `AsyncQueue.put: the queue is full (capacity ${this.capacity}); raise capacity or use overflow "drop-oldest"`,
        );
      }
      this.#discardOldest();
    }
    if (this.#count === this.#slots.length) this.#grow();
    this.#slots[(this.#head + this.#count) % this.#slots.length] = item;
    this.#count += 1;
  };

  /**
   * The oldest item, waiting for one if the queue is empty. Rejects with `QueueClosedError` once the queue is
   * closed and empty, and with the signal's reason when `signal` is or becomes aborted first (items then stay
   * queued).
   */
  get(signal?: AbortSignal): Promise<T> {
    if (this.#consumer !== undefined) return Promise.reject(this.#consumedError("get"));
    return this.#take(signal);
  }

  /**
   * The oldest item, now; throws `QueueEmptyError` when there is none (check `size` first), and
   * `QueueConsumedError` while a consumer holds the queue.
   */
  getNowait(): T {
    if (this.#consumer !== undefined) throw this.#consumedError("getNowait");
    return this.#takeNowait();
  }

  #consumedError(method: string): QueueConsumedError {
    return new QueueConsumedError(
      `AsyncQueue.${method}: ${String(this.#consumer)} consumes this queue, so taking items by hand would steal ` +
        "them from it; read them from that consumer (e.g. source.sink(fn)) or stop it first",
    );
  }

  #take(signal: AbortSignal | undefined): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.#count > 0) return Promise.resolve(this.#takeOldest());
    if (this.#closed) return Promise.reject(new QueueClosedError("AsyncQueue.get: the queue is closed and empty"));
    return new Promise<T>((resolve, reject) => {
      if (signal === undefined) {
        this.#waiters.push({ resolve, reject });
        return;
      }
      // The abort listener must go once the get settles, or a long-lived signal collects one per item.
      const onAbort = (): void => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(abortError(signal));
      };
      const waiter: Waiter<T> = {
        resolve: (item) => {
          signal.removeEventListener("abort", onAbort);
          resolve(item);
        },
        reject: (error) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      };
      this.#waiters.push(waiter);
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }

  #takeNowait(): T {
    if (this.#count === 0)
      throw new QueueEmptyError("AsyncQueue.getNowait: the queue is empty; check size or await get()");
    return this.#takeOldest();
  }

  /** Refuses further `put`s; items already queued can still be taken, then `get` rejects and iteration ends. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters)
      waiter.reject(new QueueClosedError("AsyncQueue.get: the queue was closed while waiting"));
  }

  /** Yields items as they arrive until the queue is closed and drained; the loop is the queue's consumer. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const reader = this.consume("a for await loop");
    try {
      for (;;) {
        if (this.#count > 0) {
          yield this.#takeOldest();
          continue;
        }
        if (this.#closed) return;
        try {
          yield await reader.get();
        } catch (error) {
          if (error instanceof QueueClosedError) return;
          throw error;
        }
      }
    } finally {
      reader.release();
    }
  }

  #takeOldest(): T {
    const item = this.#slots[this.#head] as T;
    this.#slots[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.#slots.length;
    this.#count -= 1;
    return item;
  }

  #discardOldest(): void {
    this.#takeOldest();
    this.dropped += 1;
  }

  #grow(): void {
    const size = Math.min(this.#slots.length * 2, this.capacity);
    const slots = new Array<T | undefined>(size);
    for (let i = 0; i < this.#count; i += 1) slots[i] = this.#slots[(this.#head + i) % this.#slots.length];
    this.#slots = slots;
    this.#head = 0;
  }
}
