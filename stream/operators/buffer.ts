// The `buffer` operator: lets up to n values wait while downstream is busy, smoothing bursts (streamz `buffer`).
import { requirePositiveInteger } from "../arguments.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Passes values on at once while downstream keeps up. While downstream is busy (its `emit` returned a
 * promise), up to `n` values wait here in order and `update` returns `undefined`, so the source goes on; one
 * more makes `update` return a promise that settles when there is room again, as streamz's `Queue.put` does.
 * Waiting values are sent one at a time, each after the previous one finished; draining starts when
 * downstream gets busy and stops when the buffer is empty (no timers). A value pushed while full (by a source
 * that does not wait) is still kept.
 * Errors: a throw while passing a value on at once reaches the caller of `emit`; an error from a value sent
 * later, when no caller waits for it, is thrown by the next `update` instead, and draining goes on.
 * `destroy()` drops the waiting values and releases a waiting source.
 *
 * @example
 * const source = new Stream<number>();
 * source.buffer(100).sink(async (x) => { await save(x); });
 * source.emit(1); // undefined: saving 1 starts; up to 100 more values are accepted before emit returns a promise
 */
export class BufferNode<T> extends Stream<T> {
  /** How many values may wait. */
  readonly n: number;
  #waiting: T[] = [];
  #head = 0;
  #draining = false;
  #room: Promise<void> | undefined;
  #releaseRoom: (() => void) | undefined;
  #failed = false;
  #failure: unknown;

  constructor(upstream: Stream<T>, n: number) {
    requirePositiveInteger("buffer", "n", n, "buffer(100)");
    super({ upstream });
    this.n = n;
  }

  /** How many values are waiting. */
  get size(): number {
    return this.#waiting.length - this.#head;
  }

  override update(x: T): Emitted {
    let result: Emitted = undefined;
    if (this.#draining) {
      this.#waiting.push(x);
      result =
        this.size > this.n ? (this.#room ??= new Promise((resolve) => (this.#releaseRoom = resolve))) : undefined;
    } else {
      const busy = this.emit(x);
      if (busy !== undefined) this.awaitDownstream(busy);
    }
    if (this.#failed) this.throwFailure();
    return result;
  }

  override destroy(): void {
    super.destroy();
    this.#waiting = [];
    this.#head = 0;
    this.wakeSource();
  }

  private awaitDownstream(busy: Promise<void>): void {
    this.#draining = true;
    busy.then(this.drain, this.drainAfterFailure);
  }

  /** Sends waiting values one at a time until one makes downstream busy or none is left. */
  private readonly drain = (): void => {
    while (this.size > 0) {
      const x = this.#waiting[this.#head] as T;
      this.dequeue();
      let busy: Emitted;
      try {
        busy = this.emit(x);
      } catch (error) {
        this.fail(error);
        continue;
      }
      if (busy !== undefined) {
        busy.then(this.drain, this.drainAfterFailure);
        return;
      }
    }
    this.#draining = false;
  };

  private readonly drainAfterFailure = (error: unknown): void => {
    this.fail(error);
    this.drain();
  };

  private dequeue(): void {
    this.#waiting[this.#head] = undefined as T;
    this.#head += 1;
    if (this.#head === this.#waiting.length) {
      this.#waiting.length = 0;
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#waiting.length) {
      this.#waiting.splice(0, this.#head);
      this.#head = 0;
    }
    if (this.size <= this.n) this.wakeSource();
  }

  private wakeSource(): void {
    const release = this.#releaseRoom;
    if (release === undefined) return;
    this.#room = undefined;
    this.#releaseRoom = undefined;
    release();
  }

  private fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#failure = error;
  }

  private throwFailure(): never {
    const error = this.#failure;
    this.#failed = false;
    this.#failure = undefined;
    throw error;
  }
}

Stream.registerApi("buffer", BufferNode);

declare module "../stream.js" {
  interface Stream<T> {
    /** Lets up to `n` values wait while downstream is busy; see {@link BufferNode}. */
    buffer(n: number): BufferNode<T>;
  }
}
