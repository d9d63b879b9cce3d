// The `unique` operator: lets a value through only when its key was not seen recently (streamz `unique`).
import { isPositiveInteger, requireFunction } from "../arguments.js";
import { StreamError } from "../errors.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * How many keys `unique` remembers when no `maxsize` is given.
 *
 * @example
 * ids.unique({ maxsize: DEFAULT_UNIQUE_MAXSIZE * 10 }); // remember ten times as many
 */
export const DEFAULT_UNIQUE_MAXSIZE = 10_000;

/**
 * Options of `unique`.
 *
 * @example
 * samples.unique({ key: (s) => s.target, maxsize: 100 });
 */
export interface UniqueOptions<T, K> {
  /**
   * How many keys to remember, least recently seen forgotten first; default {@link DEFAULT_UNIQUE_MAXSIZE}.
   * `Infinity` remembers every key for the life of the node: only for streams with few distinct keys.
   */
  maxsize?: number;
  /** What identifies a value; default: the value itself. Keys compare as `Map` keys do (objects by identity). */
  key?: (x: T) => K;
}

/**
 * Emits a value only when its key is not among the remembered ones. With a finite `maxsize` the history is
 * least-recently-used, as streamz's (`zict.LRU`): seeing a key again makes it the most recent, and the oldest
 * key is forgotten when the history is full, so `maxsize: 1` drops only immediate repeats.
 * Differences from streamz on purpose: without `maxsize` the history is bounded (streamz: unbounded; ask for
 * that with `maxsize: Infinity`); keys compare by `SameValueZero`, so objects and arrays compare by identity
 * (streamz: by hash and equality; pass e.g. `key: (x) => JSON.stringify(x)`), hence no `hashable` option.
 *
 * @example
 * const source = new Stream<number>();
 * const changes = source.unique({ maxsize: 1 }).sinkToList();
 * for (const x of [1, 1, 2, 2, 1]) source.emit(x); // changes.list: [1, 2, 1]
 */
export class Unique<T, K = T> extends Stream<T> {
  /** How many keys are remembered at most. */
  readonly maxsize: number;
  // Typed as a method so that the node stays covariant in its input, like Stream: a Unique<number> is a Stream<unknown>.
  readonly #key: { call(x: T): K }["call"] | undefined;
  readonly #seen = new Set<unknown>();

  constructor(upstream: Stream<T>, options: UniqueOptions<T, K> = {}) {
    const { maxsize = DEFAULT_UNIQUE_MAXSIZE, key } = options;
    if (maxsize !== Infinity && !isPositiveInteger(maxsize)) {
      throw new StreamError(
        `unique: maxsize ${String(maxsize)} is not a positive integer; ` +
          "use e.g. unique({ maxsize: 1000 }), or { maxsize: Infinity } to remember every key",
      );
    }
    if (key !== undefined) requireFunction("unique", "key", key, "unique({ key: (x) => x.id })");
    super({ upstream });
    this.maxsize = maxsize;
    this.#key = key;
  }

  override update(x: T): Emitted {
    const key = this.#key === undefined ? x : this.#key(x);
    const seen = this.#seen;
    if (seen.has(key)) {
      if (this.maxsize !== Infinity) {
        // A Set iterates in insertion order: re-inserting makes the key the most recently seen.
        seen.delete(key);
        seen.add(key);
      }
      return undefined;
    }
    seen.add(key);
    if (seen.size > this.maxsize) seen.delete(seen.values().next().value);
    return this.emit(x);
  }
}

Stream.registerApi("unique", Unique);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits only values whose key was not seen recently; see {@link Unique}. */
    unique<K = T>(options?: UniqueOptions<T, K>): Unique<T, K>;
  }
}
