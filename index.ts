// Public entry point of `rivulet`: everything from `rivulet/stream` and `rivulet/components`.
export * from "./stream/index.js";
export * from "./components/index.js";
