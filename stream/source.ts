// The base of every source node: something outside the graph (a queue, a timer, an iterable, DOM events) that
// feeds it. A source owns what `start()` acquires and releases it in `stop()`, and keeps going after a bad event.
import { BranchError } from "./errors.js";
import { Stream, type AnyStream, type Emitted, type StreamOptions } from "./stream.js";

/**
 * An error that a source caught while emitting a value.
 *
 * @example
 * fromQueue(queue, { onError: ({ error, value, node }: SourceError) => console.warn(node.name, value, error) });
 */
export interface SourceError {
  /** What was thrown or rejected. */
  readonly error: unknown;
  /** The value whose processing failed (`undefined` when producing the value failed). */
  readonly value: unknown;
  /** The source that emitted it. */
  readonly source: AnySource;
  /**
   * The node whose branch failed: the first node below the nearest fan-out above the failure (or below the node
   * that emitted, in a linear chain), which is the node that threw when the branch is that one node; the source
   * itself when producing the value failed.
   */
  readonly node: AnyStream;
}

/**
 * Any source, whatever it emits (operators make `Source<T>` invariant in `T`).
 *
 * @example
 * const sources: AnySource[] = [fromQueue(queue), fromPeriodic(() => Date.now(), 1000)];
 * for (const source of sources) source.stop();
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- only its name and start/stop are used
export type AnySource = Source<any>;

/**
 * Options shared by every source.
 *
 * @example
 * const numbers = fromIterable([1, 2, 3], { start: false, name: "numbers" });
 * numbers.sink(console.log);
 * numbers.start();
 */
export interface SourceOptions extends Omit<StreamOptions, "upstream" | "upstreams"> {
  /** Start in a microtask after construction, once the synchronous graph-building code has run; default true. */
  start?: boolean | undefined;
  /** Called with every error a downstream throws; default: `console.error` naming the source. */
  onError?: ((error: SourceError) => void) | undefined;
}

/**
 * Reports an error the way a source does by default: to the console, naming the source.
 *
 * @example
 * fromIterable([1, 2], { onError: (failure) => { logSourceError(failure); alert("a node failed"); } });
 */
export function logSourceError({ error, value, source, node }: SourceError): void {
  const where = node === source ? "while producing it:" : `in node "${node.name}":`;
  console.error(`rivulet: source "${source.name}" caught an error while emitting`, value, where, error);
}

/**
 * A node fed from outside the graph. Subclasses implement `onStart` and `onStop`; `start()` and `stop()` are
 * idempotent and a stopped source can start again. Errors thrown downstream are caught, sent to `onError` and
 * to the `errors` stream, and the source goes on, so one bad event does not stop a UI pipeline.
 *
 * @example
 * const clicks = fromEvent(button, "click");  // starts by itself
 * clicks.sink(console.log);
 * clicks.stop();                               // removes the listener
 */
export abstract class Source<T> extends Stream<T> {
  /** Where caught errors also go, for a graph that wants to handle them as data; on the source's scheduler. */
  readonly errors: Stream<SourceError>;
  /** Called with each caught error. */
  onError: (error: SourceError) => void;
  #active = false;
  // Counts starts and stops, so that a batch in progress notices that the source stopped (or restarted) under it.
  #runs = 0;
  // An explicit start() or stop() before the automatic start decides instead of it.
  #autoStartPending: boolean;

  constructor(options: SourceOptions = {}) {
    super(options);
    this.errors = new Stream<SourceError>({ name: `${this.name}.errors`, scheduler: options.scheduler });
    this.onError = options.onError ?? logSourceError;
    this.#autoStartPending = options.start ?? true;
    if (this.#autoStartPending) queueMicrotask(() => this.#autoStart());
  }

  /** Whether the source is running. */
  get started(): boolean {
    return this.#active;
  }

  /** Starts feeding the graph; does nothing if already started. */
  start(): void {
    this.#autoStartPending = false;
    if (this.#active) return;
    this.#active = true;
    this.#runs += 1;
    this.onStart();
  }

  /** Stops feeding the graph and releases what `start()` acquired; does nothing if already stopped. */
  stop(): void {
    this.#autoStartPending = false;
    if (!this.#active) return;
    this.#active = false;
    this.#runs += 1;
    this.onStop();
  }

  #autoStart(): void {
    if (this.#autoStartPending) this.start();
  }

  /** Stops the source and removes it, and the graphs only it and its `errors` stream fed, from the graph. */
  override destroy(): void {
    this.stop();
    super.destroy();
    this.errors.destroy();
  }

  /** Acquires what the source needs (listeners, timers, a pending `get`) and begins emitting. */
  protected abstract onStart(): void;
  /** Releases everything `onStart` acquired. */
  protected abstract onStop(): void;

  /**
   * Emits `x`, catching a synchronous throw or a rejection and reporting it. Returns a promise only when the
   * graph is busy, so a source awaits only then; the promise never rejects.
   */
  protected emitSafely(x: T): Emitted {
    let result: Emitted;
    try {
      result = this.emit(x);
    } catch (error) {
      this.reportCaught(error, x, this);
      return undefined;
    }
    if (result === undefined) return undefined;
    return result.then(undefined, (error: unknown) => this.reportCaught(error, x, this));
  }

  /**
   * Emits `values[start]` up to `values[end - 1]` (clamped to the length as it goes) with exactly the effect of
   * one `emitSafely` per value, awaited whenever the graph is busy, in one call: each value goes through the whole
   * graph before the next, a busy graph pauses the batch at that value, an error is reported for its value and
   * the batch goes on with the next, and a `stop()` (or a restart) ends the batch before its next value. Returns a
   * promise only when the graph was busy; it never rejects. The entry for sources that hold many values at once.
   *
   * @example
   * protected onMessage(samples: Sample[]): void {
   *   const done = this.emitBatchSafely(samples, 0, samples.length); // the port waits while `done` is pending
   * }
   */
  protected emitBatchSafely(values: ArrayLike<T>, start: number, end: number): Emitted {
    return this.#emitRun(values, start, end, this.#runs);
  }

  #emitRun(values: ArrayLike<T>, start: number, end: number, run: number): Emitted {
    let i = start;
    let x: T | undefined;
    // The try/catch wraps the loop rather than each value: after a throw, the loop resumes at the next value.
    for (;;) {
      try {
        for (; i < end && i < values.length && this.#runs === run; i += 1) {
          const value = values[i] as T;
          x = value;
          const result = this.downstreamPush()(value);
          if (result !== undefined) return this.#resumeRun(result, value, values, i + 1, end, run);
        }
        return undefined;
      } catch (error) {
        this.reportCaught(error, x, this);
        i += 1;
      }
    }
  }

  /** Waits for the graph to finish with `x`, reporting a rejection, then emits the batch from `next` on. */
  async #resumeRun(
    busy: Promise<void>,
    x: T,
    values: ArrayLike<T>,
    next: number,
    end: number,
    run: number,
  ): Promise<void> {
    try {
      await busy;
    } catch (error) {
      this.reportCaught(error, x, this);
    }
    const rest = this.#emitRun(values, next, end, run);
    if (rest !== undefined) await rest;
  }

  /**
   * Reports what the graph below `emitter` threw or rejected with while handling `value`: each failure of a
   * `BranchError` once, naming its branch, and any other error as a failure of `emitter`'s first downstream.
   * Nodes that emit from their own timers below this source report here (see `emitFromTimer`).
   *
   * @example
   * try { node.emit(batch); } catch (error) { source.reportCaught(error, batch, node); }
   */
  reportCaught(error: unknown, value: unknown, emitter: AnyStream): void {
    if (!(error instanceof BranchError)) {
      this.report(error, value, emitter.downstreams[0] ?? emitter);
      return;
    }
    for (const failure of error.failures) this.report(failure.error, value, failure.node);
  }

  /**
   * Sends an error to `onError` and the `errors` stream; neither a throwing hook nor a failing graph escapes.
   * `node` is where it happened; by default the source itself, for a value it failed to produce.
   */
  protected report(error: unknown, value: unknown, node: AnyStream = this): void {
    const caught: SourceError = { error, value, source: this, node };
    try {
      this.onError(caught);
    } catch (hookError) {
      console.error(`rivulet: the onError hook of source "${this.name}" threw`, hookError);
    }
    let reported: Emitted;
    try {
      reported = this.errors.emit(caught);
    } catch (graphError) {
      this.#reportingFailed(graphError);
      return;
    }
    if (reported !== undefined) reported.catch((graphError: unknown) => this.#reportingFailed(graphError));
  }

  #reportingFailed(graphError: unknown): void {
    console.error(`rivulet: the errors stream of source "${this.name}" threw`, graphError);
  }
}
