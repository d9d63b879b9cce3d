// A test helper for backpressure tests: a sink that stays busy with each value until the test finishes it.
import type { Stream } from "../../stream/index.js";

/** A downstream that is busy with each value until the test calls `finish`. */
export function slowSink<T>(upstream: Stream<T>): { seen: T[]; finish: () => Promise<void> } {
  const releases: (() => void)[] = [];
  const seen: T[] = [];
  upstream.sink((x) => {
    seen.push(x);
    return new Promise<void>((resolve) => releases.push(resolve));
  });
  return {
    seen,
    /** Finishes the oldest busy value and lets the node under test react. */
    finish: async () => {
      releases.shift()?.();
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    },
  };
}
