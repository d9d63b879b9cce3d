// How a node emits from one of its own timers, where no caller waits for an error: what goes wrong downstream is
// reported to the source upstream, as a synchronous error would be, and the node goes on with its next value.
import { Source, type AnySource } from "./source.js";
import type { AnyStream, Emitted, Stream } from "./stream.js";

/**
 * The source that takes the errors of `node`: the first `Source` met walking up depth-first, each node's
 * upstreams in connection order (so, of several sources, the one feeding the first upstream), if any.
 */
function sourceAbove(node: AnyStream): AnySource | undefined {
  const seen = new Set<AnyStream>();
  const walk = (current: AnyStream): AnySource | undefined => {
    if (current instanceof Source) return current;
    seen.add(current);
    for (const upstream of current.upstreams) {
      if (seen.has(upstream)) continue;
      const found = walk(upstream);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(node);
}

function report(node: AnyStream, x: unknown, what: string, error: unknown): void {
  const source = sourceAbove(node);
  if (source !== undefined) {
    source.reportCaught(error, x, node);
    return;
  }
  console.error(
    `rivulet: "${node.name}" caught an error while emitting ${what}, and no source above it takes errors; ` +
      "it goes on with its next value",
    error,
  );
}

/**
 * Emits `x` from `node`, reporting a throw or a rejection downstream to the first source upstream of `node` (its
 * `onError` and `errors` stream, naming the failing branch), or, when no source feeds `node`, with
 * `console.error` naming the node and `what` it emitted. Returns `undefined` when the downstream finished (or
 * threw), otherwise a promise that settles when it has finished and never rejects.
 *
 * @example
 * const busy = emitFromTimer(this, window, "a window from its timer");
 * if (busy !== undefined) void busy.then(() => this.scheduleNext());
 */
export function emitFromTimer<T>(node: Stream<T>, x: T, what: string): Emitted {
  let result: Emitted;
  try {
    result = node.emit(x);
  } catch (error) {
    report(node, x, what, error);
    return undefined;
  }
  return result?.then(undefined, (error: unknown) => report(node, x, what, error));
}
