// Public entry point of `rivulet/components`: the ReactiveHTML base and the elements that need no BokehJS
// (`<riv-plot>` and BokehJS are `rivulet/plot`, so a page without a plot never loads them).
/**
 * The `ReactiveHTML` base class, templates, event samples and the elements that need no BokehJS (`<riv-rate>`, `<riv-pad>`, `<riv-graph>`).
 *
 * @module rivulet/components
 */
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
  type ItemTemplate,
  type TemplateListener,
  type TemplateScope,
  type TwoWayBinding,
} from "./template.js";
export { templateValues } from "./template-values.js";
export { blockedUrl, safeSrcset, safeUrl } from "./safe-url.js";
export { serializeEvent, SampleError, type EventSample, type FileInfo, type NodeBox } from "./events.js";
export { RatePolicyError, type EventBinding, type RatePolicy } from "./rate-policy.js";
export { RivRate, RateError, type RateSparkline } from "./riv-rate.js";
export { RivGraph } from "./riv-graph.js";
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
export { defineOnce } from "./define-once.js";
export { type ComponentScripts, type ScriptRoot } from "./script-lifecycle.js";
export { type ItemEventSample } from "./template-items.js";
export { RivPad } from "./riv-pad.js";
