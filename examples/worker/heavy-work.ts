// The deliberately heavy step of the worker example, shared by the worker and the main-thread graph: about 2 ms of
// busy arithmetic per pointer sample, then an exponentially smoothed point. No imports, so it runs in either thread.

/** A pointer sample in plot units, with the time it was taken (`performance.now()` of the page). */
export interface TimedPoint {
  readonly x: number;
  readonly y: number;
  readonly t: number;
}

/**
 * A stateful step that keeps the CPU busy for `busyMs` per point, as a real model would, and returns the point
 * smoothed towards the pointer with weight `weight` (0 < weight ≤ 1), keeping the input's `t`.
 *
 * @example
 * const heavyWork = heavySmoother();
 * fromQueue(samples).map(heavyWork).sink(layer.streamSink());
 */
export function heavySmoother(busyMs = 2, weight = 0.2): (point: TimedPoint) => TimedPoint {
  let smoothed: TimedPoint | undefined;
  return (point) => {
    const until = performance.now() + busyMs;
    let wobble = 0;
    while (performance.now() < until) {
      for (let i = 0; i < 200; i += 1) wobble += Math.sin(point.x + i) * Math.cos(point.y - i);
    }
    // `wobble` is bounded noise; a vanishing share of it keeps the busy loop from being optimised away.
    const jitter = Math.tanh(wobble) * 1e-9;
    const previous = smoothed ?? point;
    smoothed = {
      x: previous.x + weight * (point.x - previous.x) + jitter,
      y: previous.y + weight * (point.y - previous.y),
      t: point.t,
    };
    return smoothed;
  };
}
