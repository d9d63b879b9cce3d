// Which stream method made each node, and with which arguments: recorded by `Stream.registerApi`'s methods so that
// `stream.visualize()` can name nodes as the user wrote them (`map(double)`), not by their class.
import type { AnyStream } from "./stream.js";

/** The method call that made a node: `source.map(double)` is `{ method: "map", args: [double] }`. */
export interface NodeCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

const calls = new WeakMap<AnyStream, NodeCall>();

/**
 * Records that `node` was made by `method(...args)`. Held weakly: a node that is gone takes its record with it.
 *
 * @example
 * recordNodeCall(node, "map", [double]);
 */
export function recordNodeCall(node: AnyStream, method: string, args: readonly unknown[]): void {
  calls.set(node, { method, args });
}

/**
 * The call that made `node`, or `undefined` for a node made with `new` (a source, a plain `Stream`).
 *
 * @example
 * nodeCall(source.map(double)); // { method: "map", args: [double] }
 */
export function nodeCall(node: AnyStream): NodeCall | undefined {
  return calls.get(node);
}
