// Public entry point of `rivulet/plot`: <riv-plot> and the BokehJS it draws with, apart from `rivulet/components`
// so that only pages with a plot load BokehJS.
/**
 * `<riv-plot>`: a live BokehJS plot with layers, events and tools, and the BokehJS it draws with.
 *
 * @module rivulet/plot
 */
export { Bokeh, type BokehNamespace } from "./bokeh.js";
export { RivPlot, type StreamSinkOptions } from "./riv-plot.js";
export { type PlotFigure, type PlotModel, type PlotSource, type PlotView } from "./plot-figure.js";
export { type PlotAdoption } from "./plot-adopt.js";
export {
  plotSample,
  plotEventTypes,
  type BokehPointEvent,
  type PlotDrawSample,
  type PlotEventOptions,
  type PlotEventType,
  type PlotGeometry,
  type PlotPointerEventType,
  type PlotPointerSample,
  type PlotRangesSample,
  type PlotResetSample,
  type PlotSample,
  type PlotSampleMap,
  type PlotSelectionGeometrySample,
  type PlotSelectionSample,
  type PlotSizeSample,
} from "./plot-events.js";
export { defaultPlotTools } from "./plot-tools.js";
export { plotDrawKinds, type PlotDrawKind } from "./plot-draw.js";
export { PlotError, type PlotGlyph, type PlotRange } from "./plot-options.js";
export { type PlotBackend, type PlotBackendOption } from "./plot-backend.js";
export { rasterRows, webglRasterRows, type PlotRasterOption } from "./plot-raster.js";
export { PlotLayer, type PlotLayerOptions, type PlotSinkValue } from "./plot-layer.js";
export {
  colorMapper,
  fadingPalette,
  paletteColors,
  type PlotColor,
  type PlotColorMap,
  type PlotColorMapper,
} from "./plot-color.js";
export { heatmapColumns, histogramColumns } from "./plot-bins.js";
export { FrameLatest } from "./plot-layer-latest.js";
export { FrameBatcher, type ColumnBatch } from "./frame-batcher.js";
