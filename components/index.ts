// Public entry point of `rivulet/components`: the elements and the BokehJS they draw with.
export { Bokeh, type BokehNamespace } from "./bokeh.js";
export { RivPlot, type StreamSinkOptions } from "./riv-plot.js";
export { type PlotFigure, type PlotSource, type PlotView } from "./plot-figure.js";
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
