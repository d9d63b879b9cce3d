// Public entry point of `rivulet/stream/core`: the small runtime, with the operators most pipelines use. Every other
// operator is a module of its own (`rivulet/stream/operators/<name>`) that adds its method to every stream on import.
/**
 * The small streaming runtime: `Stream` and `Source`, the four sources, `AsyncQueue`, the schedulers, the errors and
 * the everyday operators `map`, `filter`, `scan`, `sink`, `sinkToList` and `timedWindow`. Each other operator
 * is added by importing its module, e.g. `import "rivulet/stream/operators/zip"` for `zip`, which also gives its
 * method type to TypeScript; `rivulet/stream` has them all, and `visualize()`.
 *
 * @example
 * import { fromIterable } from "rivulet/stream/core";
 * import "rivulet/stream/operators/sliding-window"; // adds .slidingWindow
 * fromIterable([1, 2, 3]).slidingWindow(2).sink(console.log); // [1], [1, 2], [2, 3]
 *
 * @module rivulet/stream/core
 */
export {
  Stream,
  settleAll,
  type AnyStream,
  type Emitted,
  type NodeConstructor,
  type Push,
  type StreamOptions,
} from "./stream.js";
export { type NodeCounts } from "./node-counts.js";
export { Source, logSourceError, type AnySource, type SourceError, type SourceOptions } from "./source.js";
export { FromQueue, fromQueue } from "./sources/from-queue.js";
export { FromIterable, fromIterable } from "./sources/from-iterable.js";
export { FromPeriodic, fromPeriodic } from "./sources/from-periodic.js";
export { FromEvent, fromEvent, type FromEventOptions } from "./sources/from-event.js";
export { MapNode } from "./operators/map.js";
export { Filter } from "./operators/filter.js";
export { Scan, type ScanOptions, type ScanStateOptions } from "./operators/scan.js";
export { Sink } from "./operators/sink.js";
export { SinkToList } from "./operators/sink-to-list.js";
export { TimedWindow } from "./operators/timed-window.js";
export { AsyncQueue, type AsyncQueueOptions, type OverflowPolicy, type QueueConsumer } from "./queue.js";
export { realScheduler, type Scheduler, type TimerHandle } from "./scheduler.js";
export { VirtualScheduler } from "./virtual-scheduler.js";
export {
  StreamError,
  BranchError,
  QueueClosedError,
  QueueConsumedError,
  QueueEmptyError,
  QueueFullError,
  type BranchFailure,
} from "./errors.js";
