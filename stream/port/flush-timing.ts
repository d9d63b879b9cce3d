// When a bridge posts what has gathered: at the next animation frame in a page, otherwise (a worker, Node) after a
// frame's worth of time; in a microtask, as soon as the code that put the first item is done; or N ms after the
// first item (0: at the end of its task). Timers are always the stream's scheduler's, so a virtual clock drives them
// in tests.
import type { Scheduler } from "../scheduler.js";

/**
 * How soon a sender posts what has gathered:
 * - `"frame"`: once per animation frame in a page, every 16 ms in a worker or in Node;
 * - `"microtask"`: in a microtask, once the code that put the first item has run, before the page renders or any
 *   timer fires: everything one event handler or one animation-frame callback put goes in one message. Items put
 *   in later microtasks (an async producer) go in the next message, so this suits synchronous producers;
 * - a number of milliseconds after the first item waiting. `0` posts at the end of the task that put that item,
 *   once the task and every microtask it started have run (in a page, after it renders a frame begun meanwhile):
 *   in a worker, everything a synchronous graph made of one received batch goes back in one message as soon as the
 *   batch is processed.
 *
 * `"microtask"` and `0` post no more often than producers' bursts come (a worker no more often than batches
 * arrive); a number above 0 bounds the rate by the clock instead (4 ms: at most 250 messages/s).
 *
 * @example
 * sendQueue(queue, port, { flush: 50 }); // at most one message (per 1,000 items) every 50 ms
 * sendQueue(samples, port, { flush: "microtask" }); // in a page: each handler's samples leave before the frame
 * sendQueue(results, port, { flush: 0 }); // in a worker: each batch's results back as soon as it is processed
 */
export type FlushTiming = "frame" | "microtask" | number;

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
  if (timing === "microtask") {
    let cancelled = false;
    queueMicrotask(() => {
      if (!cancelled) callback();
    });
    return () => {
      cancelled = true;
    };
  }
  const handle = scheduler.setTimeout(callback, timing === "frame" ? frameMs : timing);
  return () => scheduler.clearTimeout(handle);
}
