// Public entry point of `rivulet/components`: the elements and the BokehJS they draw with.
export { Bokeh, type BokehNamespace } from "./bokeh.js";
export {
  RivPlot,
  type PlotEventType,
  type PlotFigure,
  type PlotPointerSample,
  type PlotSource,
  type PlotView,
  type StreamSinkOptions,
} from "./riv-plot.js";
export { PlotError, type PlotGlyph, type PlotRange } from "./plot-options.js";
export { FrameBatcher, type ColumnBatch } from "./frame-batcher.js";
export { RivRate, RateError } from "./riv-rate.js";
