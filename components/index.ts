// Public entry point of `rivulet/components`: the elements and the BokehJS they draw with.
export { Bokeh, type BokehNamespace } from "./bokeh.js";
