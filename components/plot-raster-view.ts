// How BokehJS draws a <riv-plot> raster picture: on the plot's 2-D canvas even in a WebGL plot, and with its pixels
// put straight into the picture's canvas. The picture is pixels already: WebGL would upload them as a texture and
// copy its whole canvas back into the plot on every paint, which in software WebGL took more than the rest of a frame.
import { Bokeh } from "./bokeh.js";
import type { PlotRenderer } from "./plot-glyph-draw.js";
import type * as GlyphRendererModule from "@bokeh/bokehjs/build/js/lib/models/renderers/glyph_renderer";
import type * as ImageRgbaModule from "@bokeh/bokehjs/build/js/lib/models/glyphs/image_rgba";
import type * as BuildViewsModule from "@bokeh/bokehjs/build/js/lib/core/build_views";
import type { BaseGLGlyph } from "@bokeh/bokehjs/build/js/lib/models/glyphs/webgl/base";
import type { Glyph, GlyphView } from "@bokeh/bokehjs/build/js/lib/models/glyphs/glyph";

// The views are not in BokehJS's plotting API.
const { require: requireBokeh } = Bokeh as unknown as { require: (name: string) => unknown };
const { GlyphRendererView } = requireBokeh("models/renderers/glyph_renderer") as typeof GlyphRendererModule;
const { ImageRGBAView } = requireBokeh("models/glyphs/image_rgba") as typeof ImageRgbaModule;
const { build_view } = requireBokeh("core/build_views") as typeof BuildViewsModule;

/** A picture's glyph, drawn on the 2-D canvas: BokehJS copies it from its own canvas with one `drawImage`. */
class PictureView extends ImageRGBAView {
  override has_webgl(): this is { glglyph: BaseGLGlyph } {
    return false;
  }

  /** Puts the pixels into the picture's canvas as they are, where BokehJS reads the canvas's pixels first to copy them in. */
  protected override _set_image_data_from_buffer(i: number, buf8: Uint8ClampedArray): void {
    const width = this.image_width[i] as number;
    const height = this.image_height[i] as number;
    const canvas = this._get_or_create_canvas(i);
    const context = canvas.getContext("2d");
    const { buffer } = buf8;
    if (context === null || !(buffer instanceof ArrayBuffer) || buf8.length !== width * height * 4) {
      super._set_image_data_from_buffer(i, buf8);
      return;
    }
    context.putImageData(
      new ImageData(new Uint8ClampedArray(buffer, buf8.byteOffset, buf8.length), width, height),
      0,
      0,
    );
    // BokehJS keeps each image's canvas where its types say ImageData.
    (this.image_data as unknown as HTMLCanvasElement[])[i] = canvas;
  }
}

/** A picture's renderer: every glyph view it builds (the glyph, its selected and muted looks, …) is a `PictureView`. */
class PictureRendererView extends GlyphRendererView {
  override async build_glyph_view<T extends Glyph>(glyph: T): Promise<GlyphView> {
    return build_view(glyph, { parent: this }, () => PictureView as unknown as T["default_view"]);
  }
}

/**
 * Makes the views BokehJS builds of `renderer`, an `image_rgba` renderer, draw its picture on the 2-D canvas even in
 * a WebGL plot, and put its pixels into the picture's canvas without reading the canvas first. Call it before the
 * figure is shown.
 *
 * @example
 * const renderer = new Bokeh.GlyphRenderer({ data_source: picture, glyph: new Bokeh.ImageRGBA({ ... }) });
 * drawAsPicture(renderer);
 * figure.renderers = [...figure.renderers, renderer];
 */
export function drawAsPicture(renderer: PlotRenderer): void {
  renderer.default_view = PictureRendererView;
}
