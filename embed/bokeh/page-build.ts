// Entry of dist/rivulet-bokeh.js and dist/rivulet-bokeh.esm.js: every rivulet element and the stream runtime drawing
// with the page's BokehJS (no copy of it inside), and the RivuletElement model registered with that BokehJS.
import { Bokeh } from "../../components/bokeh.js"; // page-bokeh.ts in these builds: window.Bokeh
import { registerRivuletElement } from "./rivulet-element.js";

export * from "../../index.js";
export * from "./index.js";

/**
 * The `RivuletElement` model class, registered with the page's BokehJS when this build loaded.
 *
 * @example
 * const pad = new Rivulet.RivuletElement({ tag: "riv-pad", source, event_fields: ["x", "y"] });
 */
export const RivuletElement = registerRivuletElement(Bokeh as unknown as { require(name: string): unknown });
