// `zip(...others)`: pairs up the n-th values of several streams into tuples (streamz `zip`), buffering the inputs
// that are ahead and holding them back (backpressure) once such a buffer is full.
import { requirePositiveInteger } from "../arguments.js";
import { JoinNode, joinArguments, type Streams } from "../join-node.js";
import { Stream, type AnyStream, type Emitted } from "../stream.js";

/**
 * Options of `zip`, given as its last argument.
 *
 * @example
 * xs.zip(ys, { maxsize: 100 }); // each input buffers up to 100 values
 */
export interface ZipOptions {
  /** How many values one input may buffer before its `update` asks its upstream to wait; default 10. */
  maxsize?: number | undefined;
}

/**
 * Emits a tuple `[a, b, ...]` once every input has a value, taking the oldest buffered value of each: the n-th
 * tuple holds the n-th value of every input. An input that runs ahead is buffered; when its buffer holds more than
 * `maxsize` values, its `update` returns a promise that settles when the next tuple is emitted, so a source that
 * awaits `emit` waits for the slower inputs. The inputs are fixed at construction; options (`{ maxsize }`) may
 * follow them as the last argument.
 *
 * @example
 * const xs = new Stream<number>();
 * const names = new Stream<string>();
 * const pairs = xs.zip(names).sinkToList();
 * xs.emit(1); xs.emit(2); names.emit("a"); // pairs.list: [[1, "a"]]
 */
export class Zip<Values extends unknown[]> extends JoinNode<Values> {
  /** How many values one input may buffer before its `update` asks its upstream to wait. */
  readonly maxsize: number;
  private readonly buffers: unknown[][];
  private filled = 0;
  private drained: Promise<void> | undefined;
  private releaseDrained: () => void = () => undefined;

  constructor(upstream: Stream<Values[0]>, ...args: (AnyStream | ZipOptions)[]) {
    const { inputs, options } = joinArguments<ZipOptions>("zip", upstream, args);
    const maxsize = options.maxsize ?? 10;
    requirePositiveInteger("zip", "maxsize", maxsize, "{ maxsize: 10 }");
    super(inputs);
    this.maxsize = maxsize;
    this.buffers = inputs.map(() => []);
  }

  protected override updateInput(index: number, x: unknown): Emitted {
    const buffers = this.buffers;
    const buffer = buffers[index] as unknown[];
    buffer.push(x);
    if (buffer.length === 1) this.filled += 1;
    if (this.filled === buffers.length) return this.emit(this.takeTuple());
    if (buffer.length > this.maxsize)
      return (this.drained ??= new Promise((resolve) => (this.releaseDrained = resolve)));
    return undefined;
  }

  /** Forgets the buffered values, lets every waiting upstream go on, and removes the node from the graph. */
  override destroy(): void {
    for (const buffer of this.buffers) buffer.length = 0;
    this.filled = 0;
    this.wakeWaiting();
    super.destroy();
  }

  private takeTuple(): Values {
    const buffers = this.buffers;
    const tuple = new Array<unknown>(buffers.length);
    for (let i = 0; i < buffers.length; i += 1) {
      const buffer = buffers[i] as unknown[];
      tuple[i] = buffer.shift();
      if (buffer.length === 0) this.filled -= 1;
    }
    this.wakeWaiting();
    return tuple as Values;
  }

  private wakeWaiting(): void {
    if (this.drained === undefined) return;
    this.drained = undefined;
    this.releaseDrained();
  }
}

Stream.registerApi("zip", Zip);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits `[a, b, ...]` tuples of the n-th values of this stream and `others` (streamz `zip`).
     *
     * @example
     * xs.zip(ys).map(([x, y]) => x + y);
     */
    zip<Others extends unknown[]>(...others: Streams<Others>): Zip<[T, ...Others]>;
    zip<Others extends unknown[]>(...args: [...Streams<Others>, ZipOptions]): Zip<[T, ...Others]>;
  }
}
