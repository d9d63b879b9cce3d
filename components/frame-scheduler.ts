// A scheduler whose timers fire at the next animation frame, so that stream operators timed by it (a `throttle`)
// work in frames: what a screen can show, and nothing at all while the page is hidden.
import type { Scheduler, TimerHandle } from "../stream/scheduler.js";

/**
 * `now()` is `performance.now()`; `setTimeout(callback, ms)` calls `callback` in the next animation frame,
 * whatever `ms` says, and `clearTimeout` cancels that frame request.
 *
 * @example
 * const perFrame = new Stream<PointerSample>({ scheduler: frameScheduler }).throttle(16, { leading: false, trailing: true });
 */
export const frameScheduler: Scheduler = {
  now: () => performance.now(),
  setTimeout: (callback) => requestAnimationFrame(callback) as unknown as TimerHandle,
  clearTimeout: (handle) => cancelAnimationFrame(handle as unknown as number),
};
