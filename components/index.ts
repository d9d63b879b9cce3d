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
export { serializeEvent, SampleError, type EventSample, type FileInfo, type NodeBox } from "./events.js";
export { RatePolicyError, type EventBinding, type RatePolicy } from "./rate-policy.js";
export { RivRate, RateError } from "./riv-rate.js";
export { SignalSink, FromSignal, fromSignal, toSignal, type ReadableSignal } from "./signals.js";
export {
  DefinitionError,
  defineComponent,
  type ComponentClass,
  type ComponentDefinition,
  type RenderDefinition,
  type TemplateDefinition,
} from "./define-component.js";
export {
  property,
  type PropertiesOf,
  type PropertyType,
  type TemplateDomEvents,
  type TemplateIds,
  type TypedPropertyDeclaration,
} from "./component-types.js";
export {
  RenderComponent,
  messageEventName,
  type Cleanup,
  type Experimental,
  type HookResult,
  type WidgetHooks,
} from "./render-component.js";
export {
  WidgetModel,
  ModelEventError,
  type ModelApi,
  type ModelCallback,
  type ModelEventName,
  type ModelHost,
  type ModelView,
  type WidgetMessage,
} from "./widget-model.js";
export { defineAnywidget, type AnywidgetOptions } from "./anywidget.js";
export { readControl, syncProperty, twoWayKey, type SyncOptions, type TwoWayKey } from "./two-way.js";
export { RivPad } from "./riv-pad.js";
