// `zipLatest(...others)`: emits every value of the stream it is called on, paired with the latest values of the
// others (streamz `zip_latest`); values that come before every other input has one wait and are not lost.
import { StreamError } from "../errors.js";
import { JoinNode, joinArguments, type Streams } from "../join-node.js";
import { Stream, type AnyStream, type Emitted, settleAll } from "../stream.js";

/**
 * Emits `[x, b, ...]` for every value `x` of the stream it is called on (the lossless input), with the latest value
 * of each other input. Values of the lossless input that arrive before every other input has a value are kept and
 * emitted, in order, as soon as the last one does. New values of the other inputs emit nothing by themselves.
 * The inputs are fixed at construction.
 *
 * @example
 * const clicks = new Stream<string>();
 * const tool = new Stream<string>();
 * const used = clicks.zipLatest(tool).sinkToList();
 * clicks.emit("a"); tool.emit("pen"); clicks.emit("b"); tool.emit("eraser");
 * // used.list: [["a", "pen"], ["b", "pen"]]
 */
export class ZipLatest<Values extends unknown[]> extends JoinNode<Values> {
  private readonly latestValues: unknown[];
  private readonly seen: boolean[];
  private missing: number;
  private readonly waiting: unknown[] = [];

  constructor(upstream: Stream<Values[0]>, ...others: AnyStream[]) {
    const { inputs } = joinArguments<object>("zipLatest", upstream, others);
    if (inputs.length !== others.length + 1) {
      throw new StreamError(`zipLatest: the last argument is not a Stream; zipLatest takes only streams`);
    }
    super(inputs);
    this.latestValues = inputs.map(() => undefined);
    this.seen = inputs.map(() => false);
    this.missing = inputs.length - 1;
  }

  protected override updateInput(index: number, x: unknown): Emitted {
    if (index === 0) {
      if (this.missing > 0) {
        this.waiting.push(x);
        return undefined;
      }
      if (this.waiting.length === 0) return this.emitWith(x);
      this.waiting.push(x);
      return this.emitWaiting();
    }
    this.latestValues[index] = x;
    if (!this.seen[index]) {
      this.seen[index] = true;
      this.missing -= 1;
    }
    return this.missing === 0 && this.waiting.length > 0 ? this.emitWaiting() : undefined;
  }

  /** Forgets the waiting and latest values (releasing them) and removes the node from the graph. */
  override destroy(): void {
    this.waiting.length = 0;
    this.latestValues.fill(undefined);
    this.seen.fill(false);
    this.missing = this.inputs.length - 1;
    super.destroy();
  }

  private emitWith(x: unknown): Emitted {
    this.latestValues[0] = x;
    return this.emit(this.latestValues.slice() as Values);
  }

  /** Emits the values that waited, oldest first; if one throws, the rest keep waiting for the next update. */
  private emitWaiting(): Emitted {
    const waiting = this.waiting;
    let pending: Promise<void>[] | undefined;
    while (waiting.length > 0) {
      const result = this.emitWith(waiting.shift());
      if (result !== undefined) (pending ??= []).push(result);
    }
    return pending === undefined ? undefined : settleAll(pending);
  }
}

Stream.registerApi("zipLatest", ZipLatest);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits every value of this stream with the latest values of `others` (streamz `zip_latest`).
     *
     * @example
     * samples.zipLatest(calibration).map(([sample, offset]) => sample - offset);
     */
    zipLatest<Others extends unknown[]>(...others: Streams<Others>): ZipLatest<[T, ...Others]>;
  }
}
