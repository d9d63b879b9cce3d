// A clock that only moves when a test says so: timers fire in order of due time, and the promises they start
// settle before the next timer fires, so time-based operators are tested deterministically.
import type { Scheduler, TimerHandle } from "./scheduler.js";

interface VirtualTimer {
  readonly id: number;
  readonly due: number;
  readonly callback: () => void;
}

/** Lets every pending promise reaction run: a macrotask runs only after the microtask queue is empty. */
function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * A virtual clock for tests. Starts at 0; `advanceBy(ms)` moves it forward, firing due timers in order.
 *
 * @example
 * const scheduler = new VirtualScheduler();
 * const windows = fromIterable([1, 2], { scheduler }).timedWindow(100).sinkToList();
 * await scheduler.advanceBy(100); // windows: [[1, 2]]
 */
export class VirtualScheduler implements Scheduler {
  #currentTime = 0;
  #nextId = 1;
  #timers: VirtualTimer[] = [];

  /** The virtual time in milliseconds. */
  now(): number {
    return this.#currentTime;
  }

  /** Schedules `callback` at `now() + ms` (negative or NaN delays count as 0, as with the global timers). */
  setTimeout(callback: () => void, ms: number): TimerHandle {
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    const timer: VirtualTimer = { id: this.#nextId++, due: this.#currentTime + delay, callback };
    // Keep timers sorted by due time, then by creation order, so equal due times fire first-in first-out.
    let index = this.#timers.length;
    while (index > 0 && (this.#timers[index - 1] as VirtualTimer).due > timer.due) index -= 1;
    this.#timers.splice(index, 0, timer);
    return timer.id as unknown as TimerHandle;
  }

  /** Cancels a pending timer. */
  clearTimeout(handle: TimerHandle): void {
    const id = handle as unknown as number;
    const index = this.#timers.findIndex((timer) => timer.id === id);
    if (index >= 0) this.#timers.splice(index, 1);
  }

  /** How many timers are waiting. */
  get pendingTimers(): number {
    return this.#timers.length;
  }

  /**
   * Moves the clock forward by `ms`, firing every timer that falls due on the way, each at its own due time,
   * and letting the promises each one starts settle before the next. Resolves when the clock reached the target.
   */
  async advanceBy(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`VirtualScheduler.advanceBy: ${ms} is not a non-negative number of milliseconds`);
    }
    const target = this.#currentTime + ms;
    await flushMicrotasks();
    for (;;) {
      const next = this.#timers[0];
      if (next === undefined || next.due > target) break;
      this.#timers.shift();
      this.#currentTime = next.due;
      next.callback();
      await flushMicrotasks();
    }
    this.#currentTime = target;
  }

  /**
   * Fires timers until none are left, moving the clock to each one's due time. Stops with an error after
   * `maxTimers`, which catches a periodic timer that would otherwise run forever.
   */
  async runAll(maxTimers = 10_000): Promise<void> {
    await flushMicrotasks();
    for (let fired = 0; this.#timers.length > 0; fired += 1) {
      if (fired >= maxTimers) {
        throw new Error(
          `VirtualScheduler.runAll: still ${this.#timers.length} timers after ${maxTimers}; is a periodic source running?`,
        );
      }
      const next = this.#timers.shift() as VirtualTimer;
      this.#currentTime = next.due;
      next.callback();
      await flushMicrotasks();
    }
  }
}
