// Error classes of the stream runtime, so callers can tell a full queue from a closed one from a bad argument.
import type { AnyStream } from "./stream.js";

/**
 * Base class of every error the stream runtime throws on purpose.
 *
 * @example
 * try { numbers.slidingWindow(0); } catch (error) { if (error instanceof StreamError) console.warn(error.message); }
 */
export class StreamError extends Error {
  override name = "StreamError";
}

/**
 * A queue with `overflow: 'error'` was full when `put` was called.
 *
 * @example
 * const queue = new AsyncQueue<number>({ capacity: 1, overflow: "error" });
 * queue.put(1);
 * try { queue.put(2); } catch (error) { console.assert(error instanceof QueueFullError); }
 */
export class QueueFullError extends StreamError {
  override name = "QueueFullError";
}

/**
 * The queue was closed: `put` after `close()`, or `get` on a closed, empty queue.
 *
 * @example
 * queue.close();
 * try { queue.put(1); } catch (error) { console.assert(error instanceof QueueClosedError); }
 */
export class QueueClosedError extends StreamError {
  override name = "QueueClosedError";
}

/**
 * `getNowait()` found the queue empty.
 *
 * @example
 * try { new AsyncQueue().getNowait(); } catch (error) { console.assert(error instanceof QueueEmptyError); }
 */
export class QueueEmptyError extends StreamError {
  override name = "QueueEmptyError";
}

/**
 * A second consumer of a queue that already has one, or a `get` by hand while a consumer holds the queue.
 *
 * @example
 * fromQueue(queue);
 * try { fromQueue(queue); } catch (error) { console.assert(error instanceof QueueConsumedError); }
 */
export class QueueConsumedError extends StreamError {
  override name = "QueueConsumedError";
}

/**
 * One branch of a fan-out that failed for a value: the branch's first node and what it threw or rejected with.
 *
 * @example
 * try { await source.emit(1); } catch (error) {
 *   if (error instanceof BranchError) error.failures.forEach(({ node, error: e }: BranchFailure) => console.warn(node.name, e));
 * }
 */
export interface BranchFailure {
  /** The first node of the branch, below the fan-out (the node that threw, when the branch is that one node). */
  readonly node: AnyStream;
  /** What was thrown or rejected. */
  readonly error: unknown;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * One or more branches of a fan-out failed for one value, after every branch had been given the value. `failures`
 * lists each failing branch once, in connection order (those of nested fan-outs included); `cause` is the first
 * one's error. A `Source` reports each failure to its `onError` and `errors` stream; a bare `emit` throws this.
 *
 * @example
 * try { stream.emit(x); } catch (error) {
 *   if (error instanceof BranchError) for (const { node, error: e } of error.failures) console.warn(node.name, e);
 * }
 */
export class BranchError extends StreamError {
  override name = "BranchError";
  /** The failing branches, in connection order. */
  readonly failures: readonly BranchFailure[];
  /** The value the branches failed on. */
  readonly value: unknown;

  constructor(value: unknown, failures: readonly BranchFailure[]) {
    const list = failures.map(({ node, error }) => `"${node.name}" threw ${describe(error)}`).join("; ");
    super(
      `rivulet: ${failures.length === 1 ? "a branch" : `${failures.length} branches`} of a fan-out failed: ${list}; ` +
        "the other branches had the value; catch errors in the failing node or handle them in the source's onError",
      { cause: failures[0]?.error },
    );
    this.failures = failures;
    this.value = value;
  }
}
