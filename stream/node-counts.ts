// Per-node event counters for watching a running graph (`<riv-graph>`): a node counts only while a `NodeCounts`
// is attached, by wrapping its composed pushes, so a graph nobody watches runs exactly as if this did not exist.
import type { Push } from "./stream.js";

/**
 * How many values a node has received from its upstreams and emitted to its downstreams since it was attached
 * with `node.observe(counts)`. The node only adds to it; the watcher reads and may reset it.
 *
 * @example
 * const counts: NodeCounts = { received: 0, emitted: 0 };
 * filtered.observe(counts);
 * source.emit(1); // counts.received: 1, counts.emitted: 1 or 0
 */
export interface NodeCounts {
  /** Values that reached the node from its upstreams. */
  received: number;
  /** Values the node passed on to its downstreams. */
  emitted: number;
}

/**
 * `push`, counting each value in `counts.received` first.
 *
 * @example
 * const entry = countReceived((x) => node.update(x), counts);
 */
export function countReceived<T>(push: Push<T>, counts: NodeCounts): Push<T> {
  return (x) => {
    counts.received += 1;
    return push(x);
  };
}

/**
 * `push`, counting each value in `counts.emitted` first.
 *
 * @example
 * const toDownstreams = countEmitted(fanOut, counts);
 */
export function countEmitted<T>(push: Push<T>, counts: NodeCounts): Push<T> {
  return (x) => {
    counts.emitted += 1;
    return push(x);
  };
}
