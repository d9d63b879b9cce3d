// How many bytes a run allocates on the JavaScript heap: the heap sampled before and after, plus what every
// garbage collection during the run freed (read from V8's GC profiler), so collections do not hide allocation.
import { GCProfiler } from "node:v8";
import { collectGarbage } from "./measure.js";

/**
 * Runs `run` once and returns the bytes it allocated (what survives plus what collections freed meanwhile).
 *
 * @example
 * const perEvent = allocatedBytes(() => scenario(points)) / points.length;
 */
export function allocatedBytes(run: () => unknown): number {
  collectGarbage();
  const profiler = new GCProfiler();
  profiler.start();
  const before = process.memoryUsage().heapUsed;
  run();
  const after = process.memoryUsage().heapUsed;
  let freed = 0;
  for (const { beforeGC, afterGC } of profiler.stop().statistics) {
    freed += beforeGC.heapStatistics.usedHeapSize - afterGC.heapStatistics.usedHeapSize;
  }
  return Math.max(0, after - before + freed);
}
