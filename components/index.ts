// Public entry point of `rivulet/components`: the elements and the BokehJS they draw with.
export { Bokeh, type BokehNamespace } from "./bokeh.js";
export { RivPlot, type StreamSinkOptions } from "./riv-plot.js";
export { type PlotFigure, type PlotSource, type PlotView } from "./plot-figure.js";
export {
  plotSample,
  type BokehPointEvent,
  type PlotEventOptions,
  type PlotEventType,
  type PlotPointerSample,
} from "./plot-events.js";
export { PlotError, type PlotGlyph, type PlotRange } from "./plot-options.js";
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
export {
  ReactiveHTML,
  UnknownNodeError,
  sampleEventName,
  type DomEventSpec,
  type DomEvents,
  type OnEventOptions,
} from "./reactive-html.js";
export {
  TemplateError,
  compileTemplate,
  type CompiledTemplate,
  type Hole,
  type TemplateListener,
  type TemplateScope,
  type TwoWayBinding,
} from "./template.js";
export { templateValues } from "./template-values.js";
export { blockedUrl, safeSrcset, safeUrl } from "./safe-url.js";
export { serializeEvent, type EventSample, type NodeBox } from "./events.js";
export { RivRate, RateError } from "./riv-rate.js";
export { SignalSink, FromSignal, fromSignal, toSignal, type ReadableSignal } from "./signals.js";
export { DefinitionError, defineComponent, type ComponentDefinition } from "./define-component.js";
export { RivPad } from "./riv-pad.js";
