// Draws one <riv-plot> layer on a BokehJS figure: the glyph renderer for its glyph kind, placed by its columns
// and coloured by one colour or a colour mapper.
import type { Bokeh } from "./bokeh.js";
import type { PlotFigure, PlotSource } from "./plot-figure.js";
import type { PlotColorMapper } from "./plot-color.js";
import type { PlotGlyph } from "./plot-glyph.js";

/** The BokehJS renderer that draws one layer. */
export type PlotRenderer = InstanceType<typeof Bokeh.GlyphRenderer>;

/** How a layer looks, checked: see `PlotLayerOptions`. */
export interface GlyphStyle {
  readonly glyph: PlotGlyph;
  readonly columns: readonly string[];
  /** A CSS colour, or the column whose values a colour mapper turns into colours (a heatmap's mapper). */
  readonly color: string | { readonly field: string; readonly transform: PlotColorMapper };
  readonly alpha: number | undefined;
  readonly size: number | undefined;
  readonly lineWidth: number | undefined;
  readonly marker: string | undefined;
}

/** Bokeh's own first colour, which the plot has always drawn with. */
export const defaultColor = "#1f77b4";

/** A scatter layer's marker size, outline width and fill opacity when its options give none. */
export const scatterDefaults = { size: 6, lineWidth: 1, alpha: 0.6 } as const;

/**
 * Adds the renderer of one layer to `figure`, drawing `source`.
 *
 * @example
 * drawGlyph(figure, { glyph: "segment", columns: ["x0", "y0", "x1", "y1"], color: "#e11d48",
 *   alpha: undefined, size: undefined, lineWidth: 2, marker: undefined }, source);
 */
export function drawGlyph(figure: PlotFigure, style: GlyphStyle, source: PlotSource): PlotRenderer {
  const field = (index: number) => ({ field: style.columns[index] as string });
  const color = typeof style.color === "string" ? style.color : { ...style.color };
  switch (style.glyph) {
    case "line":
      return figure.line(field(0), field(1), {
        source,
        line_color: color as string,
        line_width: style.lineWidth ?? 2,
        line_alpha: style.alpha ?? 1,
      });
    case "segment":
      return figure.segment(field(0), field(1), field(2), field(3), {
        source,
        line_color: color,
        line_width: style.lineWidth ?? 2,
        line_alpha: style.alpha ?? 1,
        line_cap: "round",
      });
    case "histogram":
      return figure.quad(field(0), field(1), 0, field(2), {
        source,
        fill_color: color,
        fill_alpha: style.alpha ?? 0.8,
        line_color: "white",
        line_width: style.lineWidth ?? 1,
      });
    case "heatmap":
      return figure.image({
        image: field(0),
        x: field(1),
        y: field(2),
        dw: field(3),
        dh: field(4),
        source,
        ...(typeof color === "string" ? {} : { color_mapper: color.transform }),
        global_alpha: style.alpha ?? 1,
      });
    case "scatter":
      return figure.scatter(field(0), field(1), {
        source,
        size: style.size ?? scatterDefaults.size,
        marker: (style.marker ?? "circle") as "circle",
        fill_color: color,
        line_color: color,
        fill_alpha: style.alpha ?? scatterDefaults.alpha,
        line_width: style.lineWidth ?? scatterDefaults.lineWidth,
      });
  }
}
