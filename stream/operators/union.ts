// The `union` operator: merges several streams into one that emits whatever any of them emits (streamz `union`).
import { StreamError } from "../errors.js";
import { Stream, type AnyStream } from "../stream.js";

/**
 * The element type of a stream.
 *
 * @example
 * type Move = StreamValue<typeof moves>; // the samples `moves` carries
 */
export type StreamValue<S> = S extends Stream<infer V> ? V : never;

/**
 * Emits every value of its upstream and of each of `others`, as it arrives. Its scheduler is the first
 * upstream's (the stream `union` is called on).
 *
 * @example
 * const clicks = new Stream<"click">();
 * const keys = new Stream<"key">();
 * const inputs = clicks.union(keys).sinkToList();
 * clicks.emit("click"); keys.emit("key"); // inputs.list: ["click", "key"]
 */
export class Union<T> extends Stream<T> {
  // No update of its own: as a plain relay, the composed graph pushes straight past it (see Stream.fuse).
  constructor(upstream: AnyStream, ...others: AnyStream[]) {
    others.forEach((other: unknown, index) => {
      if (!(other instanceof Stream)) {
        throw new StreamError(
          `union: argument ${index + 1} (${String(other)}) is not a stream; use e.g. a.union(b, c) with streams b and c`,
        );
      }
    });
    super({ upstreams: [upstream, ...others] });
  }
}

Stream.registerApi("union", Union);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits the values of this stream and of every one of `others`; see {@link Union}. */
    union<S extends readonly AnyStream[]>(...others: S): Union<T | StreamValue<S[number]>>;
  }
}
