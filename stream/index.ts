// Public entry point of `rivulet/stream`: the runtime that carries events from sources through operators to sinks.
export { Stream, settleAll, type AnyStream, type Emitted, type NodeConstructor, type StreamOptions } from "./stream.js";
export { Source, logSourceError, type SourceError, type SourceOptions } from "./source.js";
export { AsyncQueue, type AsyncQueueOptions, type OverflowPolicy } from "./queue.js";
export { realScheduler, type Scheduler, type TimerHandle } from "./scheduler.js";
export { VirtualScheduler } from "./virtual-scheduler.js";
export { StreamError, QueueClosedError, QueueEmptyError, QueueFullError } from "./errors.js";
