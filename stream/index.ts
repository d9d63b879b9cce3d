// Public entry point of `rivulet/stream`: the runtime that carries events from sources through operators to sinks,
// with every operator. `rivulet/stream/core` is the same runtime with only the everyday operators.
/**
 * The streaming runtime: `Stream` nodes and all their operators, sources, `AsyncQueue` and schedulers, and
 * `visualize()`. No DOM; runs in Node too. A page that needs only a few operators can load less from
 * `rivulet/stream/core` and `rivulet/stream/operators/<name>`.
 *
 * @module rivulet/stream
 */
import "./visualize.js";

export * from "./core.js";
export { Starmap } from "./operators/starmap.js";
export { Pluck, type PluckKey } from "./operators/pluck.js";
export { Flatten } from "./operators/flatten.js";
export { Unique, DEFAULT_UNIQUE_MAXSIZE, type UniqueOptions } from "./operators/unique.js";
export { Union, type StreamValue } from "./operators/union.js";
export { Collect } from "./operators/collect.js";
export { BufferNode } from "./operators/buffer.js";
export { Latest } from "./operators/latest.js";
export { Delay } from "./operators/delay.js";
export { RateLimit } from "./operators/rate-limit.js";
export { Throttle, type ThrottleOptions } from "./operators/throttle.js";
export { Debounce } from "./operators/debounce.js";
export { Partition, type PartitionOptions } from "./operators/partition.js";
export { SlidingWindow, type SlidingWindowOptions } from "./operators/sliding-window.js";
export { type Streams } from "./join-node.js";
export { Zip, type ZipOptions } from "./operators/zip.js";
export { CombineLatest, type CombineLatestOptions, type InputRef } from "./operators/combine-latest.js";
export { ZipLatest } from "./operators/zip-latest.js";
export { Histogram, type HistogramCounts, type HistogramOptions } from "./operators/histogram.js";
export { Histogram2d, type Histogram2dCounts, type Histogram2dOptions } from "./operators/histogram2d.js";
export { binOf, type BinSpec } from "./bins.js";
