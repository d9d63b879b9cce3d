// Public entry point of `rivulet/stream`: the runtime that carries events from sources through operators to sinks.
export { Stream, settleAll, type AnyStream, type Emitted, type NodeConstructor, type StreamOptions } from "./stream.js";
export { Source, logSourceError, type AnySource, type SourceError, type SourceOptions } from "./source.js";
export { FromQueue, fromQueue } from "./sources/from-queue.js";
export { FromIterable, fromIterable } from "./sources/from-iterable.js";
export { FromPeriodic, fromPeriodic } from "./sources/from-periodic.js";
export { FromEvent, fromEvent, type FromEventOptions } from "./sources/from-event.js";
export { AsyncQueue, type AsyncQueueOptions, type OverflowPolicy } from "./queue.js";
export { realScheduler, type Scheduler, type TimerHandle } from "./scheduler.js";
export { VirtualScheduler } from "./virtual-scheduler.js";
export { StreamError, QueueClosedError, QueueEmptyError, QueueFullError } from "./errors.js";
