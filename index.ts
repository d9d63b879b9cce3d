// Public entry point of `rivulet`: everything from `rivulet/stream`, `rivulet/components` and `rivulet/plot`.
/**
 * Everything: `rivulet/stream`, `rivulet/components` and `rivulet/plot` in one entry point.
 *
 * @module rivulet
 */
export * from "./stream/index.js";
export * from "./components/index.js";
export * from "./components/plot-index.js";
