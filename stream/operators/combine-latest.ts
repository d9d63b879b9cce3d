// `combineLatest(...others, { emitOn })`: emits a tuple of the latest value of every input (streamz `combine_latest`),
// once each has one, on every new value or only on new values from the `emitOn` inputs.
import { StreamError } from "../errors.js";
import { JoinNode, joinArguments, type Streams } from "../join-node.js";
import { Stream, type AnyStream, type Emitted } from "../stream.js";

/**
 * An input named by the stream itself or by its index in the tuple (0 is the stream the method is called on).
 *
 * @example
 * const byStream: InputRef = positions;
 * const byIndex: InputRef = 0; // the stream combineLatest is called on
 */
export type InputRef = AnyStream | number;

/**
 * Options of `combineLatest`, given as its last argument.
 *
 * @example
 * positions.combineLatest(colors, { emitOn: 0 }); // emit only when a position arrives
 */
export interface CombineLatestOptions {
  /** Emit only when one of these inputs has a new value; default: when any input has one. */
  emitOn?: InputRef | readonly InputRef[] | undefined;
}

/**
 * Emits `[a, b, ...]`, the latest value of every input, each time an input has a new value, once every input has
 * had one. With `emitOn`, only new values of those inputs cause an emission; the others just update the latest
 * value. Each emitted tuple is a new array. The inputs are fixed at construction.
 *
 * @example
 * const positions = new Stream<number>();
 * const colors = new Stream<string>();
 * const styled = positions.combineLatest(colors, { emitOn: positions }).sinkToList();
 * colors.emit("red"); positions.emit(1); colors.emit("blue"); positions.emit(2);
 * // styled.list: [[1, "red"], [2, "blue"]]
 */
export class CombineLatest<Values extends unknown[]> extends JoinNode<Values> {
  private readonly latestValues: unknown[];
  private readonly seen: boolean[];
  private readonly emitsOn: boolean[];
  private missing: number;

  constructor(upstream: Stream<Values[0]>, ...args: (AnyStream | CombineLatestOptions)[]) {
    const { inputs, options } = joinArguments<CombineLatestOptions>("combineLatest", upstream, args);
    const emitsOn = emitOnFlags(inputs, options.emitOn);
    super(inputs);
    this.emitsOn = emitsOn;
    this.latestValues = inputs.map(() => undefined);
    this.seen = inputs.map(() => false);
    this.missing = inputs.length;
  }

  protected override updateInput(index: number, x: unknown): Emitted {
    this.latestValues[index] = x;
    if (!this.seen[index]) {
      this.seen[index] = true;
      this.missing -= 1;
    }
    if (this.missing > 0 || !this.emitsOn[index]) return undefined;
    return this.emit(this.latestValues.slice() as Values);
  }

  /** Forgets the latest values (releasing them) and removes the node from the graph. */
  override destroy(): void {
    this.latestValues.fill(undefined);
    this.seen.fill(false);
    this.missing = this.inputs.length;
    super.destroy();
  }
}

/** Turns `emitOn` into one flag per input, rejecting streams that are not inputs and indices out of range. */
function emitOnFlags(inputs: readonly AnyStream[], emitOn: CombineLatestOptions["emitOn"]): boolean[] {
  if (emitOn === undefined) return inputs.map(() => true);
  const flags = inputs.map(() => false);
  const refs: readonly unknown[] = Array.isArray(emitOn) ? emitOn : [emitOn];
  for (const ref of refs) {
    const index = typeof ref === "number" ? ref : inputs.indexOf(ref as AnyStream);
    if (!Number.isInteger(index) || index < 0 || index >= inputs.length) {
      const what = ref instanceof Stream ? `stream ${ref.name}` : String(ref);
      throw new StreamError(
        `combineLatest: emitOn ${what} is not one of the ${inputs.length} inputs; pass an input stream or its ` +
          `index (0 is the stream combineLatest is called on), e.g. { emitOn: 0 }`,
      );
    }
    flags[index] = true;
  }
  return flags;
}

Stream.registerApi("combineLatest", CombineLatest);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits `[a, b, ...]` tuples of the latest values of this stream and `others` (streamz `combine_latest`).
     *
     * @example
     * pointer.combineLatest(settings, { emitOn: pointer }).map(([p, s]) => p.x * s.scale);
     */
    combineLatest<Others extends unknown[]>(...others: Streams<Others>): CombineLatest<[T, ...Others]>;
    combineLatest<Others extends unknown[]>(
      ...args: [...Streams<Others>, CombineLatestOptions]
    ): CombineLatest<[T, ...Others]>;
  }
}
