// Public entry point of `rivulet/stream`: the runtime that carries events from sources through operators to sinks.
/**
 * The streaming runtime: `Stream` nodes and their operators, sources, `AsyncQueue` and schedulers. No DOM; runs in Node too.
 *
 * @module rivulet/stream
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
export { Starmap } from "./operators/starmap.js";
export { Filter } from "./operators/filter.js";
export { Scan, type ScanOptions, type ScanStateOptions } from "./operators/scan.js";
export { Pluck, type PluckKey } from "./operators/pluck.js";
export { Flatten } from "./operators/flatten.js";
export { Unique, DEFAULT_UNIQUE_MAXSIZE, type UniqueOptions } from "./operators/unique.js";
export { Union, type StreamValue } from "./operators/union.js";
export { Sink } from "./operators/sink.js";
export { SinkToList } from "./operators/sink-to-list.js";
export { Collect } from "./operators/collect.js";
export { BufferNode } from "./operators/buffer.js";
export { Latest } from "./operators/latest.js";
export { TimedWindow } from "./operators/timed-window.js";
export { Delay } from "./operators/delay.js";
export { RateLimit } from "./operators/rate-limit.js";
export { Throttle, type ThrottleOptions } from "./operators/throttle.js";
export { Debounce } from "./operators/debounce.js";
export { Partition, type PartitionOptions } from "./operators/partition.js";
export { SlidingWindow, type SlidingWindowOptions } from "./operators/sliding-window.js";
export { Zip, type Streams, type ZipOptions } from "./operators/zip.js";
export { CombineLatest, type CombineLatestOptions, type InputRef } from "./operators/combine-latest.js";
export { ZipLatest } from "./operators/zip-latest.js";
export { Histogram, type HistogramCounts, type HistogramOptions } from "./operators/histogram.js";
export { Histogram2d, type Histogram2dCounts, type Histogram2dOptions } from "./operators/histogram2d.js";
export { binOf, type BinSpec } from "./bins.js";
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
