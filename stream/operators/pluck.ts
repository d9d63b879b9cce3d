// The `pluck` operator: picks one key, or several keys as a tuple, out of every value (streamz `pluck`).
import { StreamError } from "../errors.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * A key `pluck` can pick: an object property or an array index.
 *
 * @example
 * samples.pluck("x"); // a property
 * pairs.pluck(0); // an index
 */
export type PluckKey = string | number | symbol;

function isKey(key: unknown): key is PluckKey {
  return typeof key === "string" || typeof key === "number" || typeof key === "symbol";
}

/**
 * Emits `x[key]` for every `x`, or with an array of keys the tuple `[x[k1], x[k2], ...]` (a new array each
 * time). A missing key is an error that reaches the caller of `emit`, as streamz raises `KeyError`; a key
 * that is present with the value `undefined` is not missing.
 *
 * @example
 * const source = new Stream<{ x: number; y: number; t: number }>();
 * const xs = source.pluck("x").sinkToList();
 * const points = source.pluck(["x", "y"]).sinkToList();
 * source.emit({ x: 1, y: 2, t: 0 }); // xs.list: [1], points.list: [[1, 2]]
 */
export class Pluck<In, Out> extends Stream<Out> {
  readonly #key: PluckKey | undefined;
  readonly #keys: readonly PluckKey[] | undefined;

  constructor(upstream: Stream<In>, pick: PluckKey | readonly PluckKey[]) {
    if (Array.isArray(pick) ? !pick.every(isKey) : !isKey(pick)) {
      throw new StreamError(
        `pluck: ${String(pick)} is not a key or an array of keys; use e.g. pluck("x") or pluck(["x", "y"])`,
      );
    }
    super({ upstream });
    if (Array.isArray(pick)) {
      this.#keys = [...(pick as readonly PluckKey[])];
    } else {
      this.#key = pick as PluckKey;
    }
  }

  override update(x: In): Emitted {
    const keys = this.#keys;
    if (keys === undefined) return this.emit(this.pick(x, this.#key as PluckKey) as Out);
    const picked: unknown[] = new Array(keys.length);
    for (let i = 0; i < keys.length; i += 1) picked[i] = this.pick(x, keys[i] as PluckKey);
    return this.emit(picked as Out);
  }

  private pick(x: In, key: PluckKey): unknown {
    const value = (x as Record<PluckKey, unknown>)[key];
    if (value === undefined && !(key in Object(x))) {
      const name = typeof key === "string" ? JSON.stringify(key) : String(key);
      throw new StreamError(`pluck: a value has no key ${name}; map missing keys to a default before pluck`);
    }
    return value;
  }
}

Stream.registerApi("pluck", Pluck);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits the tuple of the values at `keys`; see {@link Pluck}. */
    pluck<const K extends readonly (keyof T)[]>(keys: K): Pluck<T, { -readonly [I in keyof K]: T[K[I]] }>;
    /** Emits the value at `key`; see {@link Pluck}. */
    pluck<K extends keyof T>(key: K): Pluck<T, T[K]>;
  }
}
