// The base of the nodes that join several input streams into tuples (zip, combineLatest, zipLatest): how they read
// their arguments, and which input a value came from, found once per input rather than once per value.
import { StreamError } from "./errors.js";
import { Stream, type AnyStream, type Emitted, type Push } from "./stream.js";

/**
 * A tuple of streams carrying the matching element types: `Streams<[A, B]>` is `[Stream<A>, Stream<B>]`.
 *
 * @example
 * const inputs: Streams<[number, string]> = [numbers, names];
 */
export type Streams<Values extends readonly unknown[]> = { [K in keyof Values]: Stream<Values[K]> };

/** The inputs of a joining operator and, when the last argument is a plain object, its options. */
export interface JoinArguments<Options> {
  readonly inputs: AnyStream[];
  readonly options: Partial<Options>;
}

/**
 * Splits the arguments of a joining operator into its input streams and an optional trailing options object, and
 * checks that every input is a stream given once, so that `s.zip(a, 5)` fails at once with
 * `zip: argument 2 is not a Stream`, counting arguments from 1.
 *
 * @example
 * const { inputs, options } = joinArguments<ZipOptions>("zip", upstream, args);
 */
export function joinArguments<Options extends object>(
  operator: string,
  upstream: AnyStream,
  args: readonly unknown[],
): JoinArguments<Options> {
  const last = args[args.length - 1];
  const hasOptions = typeof last === "object" && last !== null && !(last instanceof Stream) && !Array.isArray(last);
  const others = hasOptions ? args.slice(0, -1) : args;
  const inputs: AnyStream[] = [upstream];
  others.forEach((other, index) => {
    if (!(other instanceof Stream)) {
      throw new StreamError(
        `${operator}: argument ${index + 1} is not a Stream but ${String(other)}; pass the streams to join`,
      );
    }
    if (inputs.includes(other)) {
      throw new StreamError(
        `${operator}: argument ${index + 1} (${other.name}) is already an input; pass each stream once, ` +
          `or join a copy made with .map((x) => x)`,
      );
    }
    inputs.push(other);
  });
  return { inputs, options: hasOptions ? last : {} };
}

/**
 * A node with fixed inputs that receives each value together with the index of the input it came from.
 * Subclasses implement `updateInput`; a value from a stream that is not an input is an error.
 *
 * @example
 * class Pairs extends JoinNode<[number, number]> {
 *   protected updateInput(index: number, x: unknown): Emitted { ... }
 * }
 */
export abstract class JoinNode<Values extends unknown[]> extends Stream<Values> {
  /** The inputs, in the order of the tuple's elements. */
  readonly inputs: readonly AnyStream[];

  constructor(inputs: readonly AnyStream[]) {
    super({ upstreams: inputs });
    this.inputs = inputs;
  }

  override update(x: unknown, who?: AnyStream): Emitted {
    const index = who === undefined ? -1 : this.inputs.indexOf(who);
    if (index < 0) throw new StreamError(`${this.name}: update from ${who?.name ?? "nowhere"}, which is not an input`);
    return this.updateInput(index, x);
  }

  // The same as `update` with the input's index looked up once, when the graph is composed (see Stream.fuse).
  protected override fuse(emit: Push<Values>, from: AnyStream): Push<unknown> {
    const index = this.inputs.indexOf(from);
    if (index < 0) return super.fuse(emit, from);
    return (x) => this.updateInput(index, x);
  }

  /** Receives `x` from the input at `index`. */
  protected abstract updateInput(index: number, x: unknown): Emitted;
}
