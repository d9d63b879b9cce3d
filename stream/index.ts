// Public entry point of `rivulet/stream`: the runtime that carries events from sources through operators to sinks.
export {};
