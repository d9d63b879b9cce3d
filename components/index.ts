// Public entry point of `rivulet/components`: the ReactiveHTML base and the elements that need no BokehJS
// (`<riv-plot>` and BokehJS are `rivulet/plot`, so a page without a plot never loads them).
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
export { serializeEvent, type EventSample, type NodeBox } from "./events.js";
export { RivRate, RateError } from "./riv-rate.js";
export { SignalSink, FromSignal, fromSignal, toSignal, type ReadableSignal } from "./signals.js";
export { DefinitionError, defineComponent, type ComponentDefinition } from "./define-component.js";
export { defineOnce } from "./define-once.js";
export { type ComponentScripts, type ScriptRoot } from "./script-lifecycle.js";
export { type ItemEventSample } from "./template-items.js";
export { RivPad } from "./riv-pad.js";
