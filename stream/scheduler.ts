// Where time comes from: the real clock by default, or a virtual clock that tests advance by hand so that
// time-based operators run deterministically.

/**
 * An opaque handle returned by `Scheduler.setTimeout`, only good for `clearTimeout` on the same scheduler.
 *
 * @example
 * const handle: TimerHandle = realScheduler.setTimeout(() => console.log("later"), 100);
 * realScheduler.clearTimeout(handle);
 */
export type TimerHandle = { readonly __timerHandle: unique symbol };

/**
 * The clock and timers a stream graph uses. Every time-based operator and source asks its graph's scheduler,
 * never the global timers, so a `VirtualScheduler` can drive them in tests.
 *
 * @example
 * const scheduler: Scheduler = realScheduler;
 * const handle = scheduler.setTimeout(() => console.log(scheduler.now()), 100);
 * scheduler.clearTimeout(handle);
 */
export interface Scheduler {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds. */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  /** Cancels a timer; cancelling one that already ran or was cancelled does nothing. */
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The real clock: `performance.now()` and the global timers. The default scheduler of every stream.
 *
 * @example
 * new Stream({ scheduler: realScheduler });
 */
export const realScheduler: Scheduler = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms) as unknown as TimerHandle,
  clearTimeout: (handle) => globalThis.clearTimeout(handle as unknown as Parameters<typeof clearTimeout>[0]),
};
