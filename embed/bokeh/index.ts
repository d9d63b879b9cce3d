// Public entry point of `rivulet/bokeh`: the RivuletElement Bokeh model, registered with a page's own BokehJS.
/**
 * Rivulet elements inside Bokeh documents and apps: `registerRivuletElement(window.Bokeh)` builds the
 * `RivuletElement` model (a `LayoutDOM`) from the page's own BokehJS, so that any rivulet element sits in Bokeh
 * layouts and streams its samples into a `ColumnDataSource` of the document, which a Bokeh server app sees as data
 * changes.
 *
 * @module rivulet/bokeh
 */
export {
  BokehHostError,
  registerRivuletElement,
  rivuletElementType,
  type BokehDict,
  type PageBokeh,
  type RivuletElementClass,
  type RivuletElementModel,
  type RivuletElementProps,
} from "./rivulet-element.js";
