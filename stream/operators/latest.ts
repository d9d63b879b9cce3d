// The `latest` operator: while downstream is busy, keeps only the newest value and drops the rest (streamz `latest`).
import { Stream, type Emitted } from "../stream.js";

/**
 * Passes values on at once while downstream keeps up. While downstream is busy (its `emit` returned a
 * promise), only the newest value is kept, and it is sent when downstream has finished; older ones are
 * dropped. `update` never makes the source wait. Unlike streamz, which always hands values over on its event
 * loop, a value reaches an idle downstream synchronously.
 * Errors: a throw while passing a value on at once reaches the caller of `emit`; an error from a value sent
 * later, when no caller waits for it, is thrown by the next `update` instead. `destroy()` drops the kept value.
 *
 * @example
 * const positions = new Stream<{ x: number; y: number }>();
 * positions.latest().sink(async (p) => { await drawSlowly(p); }); // draws the newest position, skips the rest
 */
export class Latest<T> extends Stream<T> {
  #busy = false;
  #hasNext = false;
  #next: T | undefined;
  #failed = false;
  #failure: unknown;

  constructor(upstream: Stream<T>) {
    super({ upstream });
  }

  override update(x: T): Emitted {
    if (this.#busy) {
      this.#next = x;
      this.#hasNext = true;
    } else {
      const busy = this.emit(x);
      if (busy !== undefined) this.awaitDownstream(busy);
    }
    if (this.#failed) {
      const error = this.#failure;
      this.#failed = false;
      this.#failure = undefined;
      throw error;
    }
    return undefined;
  }

  override destroy(): void {
    super.destroy();
    this.#hasNext = false;
    this.#next = undefined;
  }

  private awaitDownstream(busy: Promise<void>): void {
    this.#busy = true;
    busy.then(this.sendNext, this.sendNextAfterFailure);
  }

  /** Sends the value kept while downstream was busy, if any. */
  private readonly sendNext = (): void => {
    this.#busy = false;
    if (!this.#hasNext) return;
    const x = this.#next as T;
    this.#hasNext = false;
    this.#next = undefined;
    let busy: Emitted;
    try {
      busy = this.emit(x);
    } catch (error) {
      this.fail(error);
      return;
    }
    if (busy !== undefined) this.awaitDownstream(busy);
  };

  private readonly sendNextAfterFailure = (error: unknown): void => {
    this.fail(error);
    this.sendNext();
  };

  private fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#failure = error;
  }
}

Stream.registerApi("latest", Latest);

declare module "../stream.js" {
  interface Stream<T> {
    /** Keeps only the newest value while downstream is busy; see {@link Latest}. */
    latest(): Latest<T>;
  }
}
