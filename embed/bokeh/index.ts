// Public entry point of `rivulet/bokeh`: the RivuletElement Bokeh model, registered with a page's own BokehJS.
export {
  BokehHostError,
  registerRivuletElement,
  rivuletElementType,
  type PageBokeh,
  type RivuletElementClass,
  type RivuletElementModel,
  type RivuletElementProps,
} from "./rivulet-element.js";
