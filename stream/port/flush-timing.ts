// When a bridge posts what has gathered: at the next animation frame in a page, otherwise (a worker, Node) after a
// frame's worth of time, or every N ms; always on the stream's scheduler when it is a timer, so a virtual clock
// drives it in tests.
import type { Scheduler } from "../scheduler.js";

/**
 * How often a sender posts: `"frame"` (once per animation frame in a page, every 16 ms in a worker or in Node), or
 * a number of milliseconds.
 *
 * @example
 * sendQueue(queue, port, { flush: 50 }); // at most one message (per 1,000 items) every 50 ms
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
