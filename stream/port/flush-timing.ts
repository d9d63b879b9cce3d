// When a bridge posts what has gathered: at the next animation frame in a page, otherwise (a worker, Node) after a
// frame's worth of time, or N ms after the first item (0: at the end of its task); always on the stream's scheduler
// when it is a timer, so a virtual clock drives it in tests.
import type { Scheduler } from "../scheduler.js";

/**
 * How soon a sender posts what has gathered: `"frame"` (once per animation frame in a page, every 16 ms in a worker
 * or in Node), or a number of milliseconds after the first item waiting. `0` posts at the end of the task that put
 * that item, once the task and every microtask it started have run: in a worker, everything a synchronous graph made
 * of one received batch goes back in one message as soon as the batch is processed. So a worker posts no more
 * often than batches arrive, and a page no more often than its handlers run; a number above 0 bounds the rate by
 * the clock instead (4 ms: at most 250 messages/s).
 *
 * @example
 * sendQueue(queue, port, { flush: 50 }); // at most one message (per 1,000 items) every 50 ms
 * sendQueue(results, port, { flush: 0 }); // in a worker: each batch's results back as soon as it is processed
 */
export type FlushTiming = "frame" | number;

/** A frame's worth of milliseconds, where the global scope has no animation frames. */
const frameMs = 16;

/** Calls `callback` once at the next flush; returns the function that cancels it. */
export function scheduleFlush(timing: FlushTiming, scheduler: Scheduler, callback: () => void): () => void {
  // Only a page's frames: Chromium gives a worker requestAnimationFrame too, but without a canvas to draw its frames
  // came seconds late in the worker benchmark.
  const requestFrame = globalThis.requestAnimationFrame as typeof requestAnimationFrame | undefined;
  if (timing === "frame" && typeof requestFrame === "function" && "document" in globalThis) {
    const handle = requestFrame(callback);
    return () => cancelAnimationFrame(handle);
  }
  const handle = scheduler.setTimeout(callback, timing === "frame" ? frameMs : timing);
  return () => scheduler.clearTimeout(handle);
}
