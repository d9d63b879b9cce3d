// Reading and writing a property that may hold a signal: components show a held signal's value, and two-way
// bindings and render-function models write into the signal rather than replace it.
import { Signal } from "@lit-labs/signals";

// signal-polyfill's isState/isComputed use `#brand in value`, which throws for null: check for an object first.
function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * The value a property shows: a held signal's value, or the property's own value.
 *
 * @example
 * readThrough(signal(3)); // 3
 * readThrough(null); // null
 */
export function readThrough(value: unknown): unknown {
  if (!isObject(value)) return value;
  return Signal.isState(value) || Signal.isComputed(value) ? (value as Signal.State<unknown>).get() : value;
}

/**
 * Writes `value` into the signal `owner[name]` holds, or into `owner[name]` itself.
 *
 * @example
 * writeThrough(element, "level", 4); // element.level.set(4) when it holds a signal
 */
export function writeThrough(owner: Record<string, unknown>, name: string, value: unknown): void {
  const current = owner[name];
  if (isObject(current) && Signal.isState(current)) (current as Signal.State<unknown>).set(value);
  else owner[name] = value;
}
