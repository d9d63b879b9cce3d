// Lets a <riv-plot> renderer wait hidden on its figure (a scatter's markers or its picture, plot-layer.ts) at no
// cost per frame: BokehJS copies its WebGL canvas into the plot after every WebGL renderer, hidden ones too.
import { Bokeh } from "./bokeh.js";
import type { PlotRenderer } from "./plot-glyph-draw.js";
import type * as GlyphRendererModule from "@bokeh/bokehjs/build/js/lib/models/renderers/glyph_renderer";

// The renderer's view class is not in BokehJS's plotting API.
const { require: requireBokeh } = Bokeh as unknown as { require: (name: string) => unknown };
const { GlyphRendererView } = requireBokeh("models/renderers/glyph_renderer") as typeof GlyphRendererModule;

/** BokehJS's view of a glyph renderer, drawing with WebGL (and copying the WebGL canvas) only while it is shown. */
class ShownWebglRendererView extends GlyphRendererView {
  override get has_webgl(): boolean {
    return this.model.visible && super.has_webgl;
  }
}

/**
 * Makes the views BokehJS builds of `renderer` skip WebGL while it is hidden (`visible = false`): a hidden WebGL
 * renderer draws nothing, yet BokehJS copied the whole WebGL canvas into the plot after it on every paint (3 ms a
 * frame in software WebGL). Call it before the figure is shown.
 *
 * @example
 * const renderer = figure.scatter("x", "y", { source });
 * skipWebglWhileHidden(renderer);
 * renderer.visible = false; // no copy of the WebGL canvas for it from now on
 */
export function skipWebglWhileHidden(renderer: PlotRenderer): void {
  renderer.default_view = ShownWebglRendererView;
}
