// How a node emits from one of its own timers, where no caller waits for an error: what goes wrong downstream is
// reported with console.error naming the node, and the node goes on with its next value.
import type { Emitted, Stream } from "./stream.js";

function report(name: string, what: string, error: unknown): void {
  console.error(`rivulet: ${name} caught an error while emitting ${what}`, error);
}

/**
 * Emits `x` from `node`, reporting a throw or a rejection downstream as
 * `rivulet: <node name> caught an error while emitting <what>`. Returns `undefined` when the downstream finished
 * (or threw), otherwise a promise that settles when it has finished and never rejects.
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
    report(node.name, what, error);
    return undefined;
  }
  return result?.then(undefined, (error: unknown) => report(node.name, what, error));
}
