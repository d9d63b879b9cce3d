// Error classes of the stream runtime, so callers can tell a full queue from a closed one from a bad argument.

/** Base class of every error the stream runtime throws on purpose. */
export class StreamError extends Error {
  override name = "StreamError";
}

/** A queue with `overflow: 'error'` was full when `put` was called. */
export class QueueFullError extends StreamError {
  override name = "QueueFullError";
}

/** The queue was closed: `put` after `close()`, or `get` on a closed, empty queue. */
export class QueueClosedError extends StreamError {
  override name = "QueueClosedError";
}

/** `getNowait()` found the queue empty. */
export class QueueEmptyError extends StreamError {
  override name = "QueueEmptyError";
}
