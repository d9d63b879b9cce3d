// Bridges between streams and @lit-labs/signals: a stream can drive a signal, and so any template that shows
// it, and a signal's changes can feed a stream graph.
import { Signal } from "@lit-labs/signals";
import { Source, type SourceOptions } from "../stream/source.js";
import { Sink } from "../stream/operators/sink.js";
import type { Stream } from "../stream/stream.js";

/**
 * The end of a graph that writes every value into a signal. `destroy()` detaches it from the stream.
 *
 * @example
 * const position = new Signal.State(0);
 * const node = new SignalSink(stream, position);
 * node.destroy(); // position keeps its last value and stops following the stream
 */
export class SignalSink<T> extends Sink<T> {
  /** The signal that holds the latest value. */
  readonly signal: Signal.State<T>;

  constructor(upstream: Stream<T>, signal: Signal.State<T>) {
    super(upstream, (x) => signal.set(x));
    this.signal = signal;
  }
}

/**
 * A signal that holds `initial` and then the latest value of `stream`, so a stream can drive a template: give the
 * signal to a component property and the element re-renders on each value (at most once per update cycle).
 *
 * @example
 * view.label = toSignal(fromQueue(view.queue).map((s) => `${s.x}, ${s.y}`), "move over the image");
 */
export function toSignal<T>(stream: Stream<T>, initial: T): Signal.State<T> {
  return new SignalSink(stream, new Signal.State(initial)).signal;
}

/**
 * A signal that can be read: a `Signal.State` or a `Signal.Computed`.
 *
 * @example
 * const count: ReadableSignal<number> = toSignal(samples.map(() => 1).scan((a, b) => a + b), 0);
 * console.log(count.get());
 */
export type ReadableSignal<T> = Signal.State<T> | Signal.Computed<T>;

/**
 * A source that emits a signal's value when it starts and then each new value. Changes made within one task are
 * coalesced into the latest value, emitted in a microtask (a signal is state, not a series of events).
 *
 * @example
 * const threshold = signal(10);
 * fromSignal(threshold).sink((t) => console.log("threshold is now", t));
 * threshold.set(20); // logs 20 a microtask later
 */
export class FromSignal<T> extends Source<T> {
  /** The signal this source follows. */
  readonly signal: ReadableSignal<T>;
  private readonly reader: Signal.Computed<T>;
  private watcher: Signal.subtle.Watcher | undefined;

  constructor(signal: ReadableSignal<T>, options: SourceOptions = {}) {
    super(options);
    this.signal = signal;
    this.reader = new Signal.Computed(() => signal.get());
  }

  protected onStart(): void {
    const watcher = new Signal.subtle.Watcher(() => queueMicrotask(() => this.changed(watcher)));
    this.watcher = watcher;
    watcher.watch(this.reader);
    void this.emitSafely(this.reader.get());
  }

  protected onStop(): void {
    this.watcher?.unwatch(this.reader);
    this.watcher = undefined;
  }

  private changed(watcher: Signal.subtle.Watcher): void {
    if (this.watcher !== watcher) return; // stopped (and maybe restarted) since the change was noticed
    const value = this.reader.get();
    watcher.watch(); // re-arm: a watcher notifies once until it is watched again
    void this.emitSafely(value);
  }
}

/**
 * Creates a `FromSignal` source: the graph receives the signal's value now and after each change.
 *
 * @example
 * fromSignal(count).map((n) => n * 2).sink(console.log);
 */
export function fromSignal<T>(signal: ReadableSignal<T>, options?: SourceOptions): FromSignal<T> {
  return new FromSignal(signal, options);
}
