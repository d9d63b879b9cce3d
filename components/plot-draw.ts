// The draw layer of a <riv-plot> (`draw="point|freehand|box|poly"`): a source and renderer of its own, and the
// BokehJS draw or edit tool that fills them, so that what the user draws becomes `draw` samples (HoloViews'
// PointDraw, FreehandDraw, BoxEdit and PolyDraw streams).
import { Bokeh } from "./bokeh.js";
import type { PlotFigure, PlotSource } from "./plot-figure.js";
import { PlotError } from "./plot-options.js";

/**
 * What the `draw` attribute may name.
 *
 * @example
 * console.log(plotDrawKinds.join(", ")); // what the draw attribute accepts
 */
export const plotDrawKinds = ["point", "freehand", "box", "poly"] as const;

/**
 * A draw tool a `<riv-plot>` can have.
 *
 * @example
 * const kind: PlotDrawKind = "point";
 * plot.draw = [kind];
 */
export type PlotDrawKind = (typeof plotDrawKinds)[number];

/** A figure's draw layer: the kind, the source the tool writes, and the tool (the plot's active drag). */
export interface PlotDrawLayer {
  readonly tool: PlotDrawKind;
  readonly source: PlotSource;
  readonly gesture: InstanceType<typeof Bokeh.GestureTool>;
}

/** The colour of what the user draws: apart from the data's default blue. */
const ink = "#d6336c";

/**
 * Reads the `draw` attribute: one of `point`, `freehand`, `box`, `poly`, or `""`/`null` for none.
 *
 * @example
 * parseDraw("freehand"); // "freehand"
 */
export function parseDraw(value: string | null): PlotDrawKind | "" {
  const name = (value ?? "").trim();
  if (name === "") return "";
  const kind = plotDrawKinds.find((known) => known === name);
  if (kind === undefined) {
    throw new PlotError(
      `riv-plot: draw "${name}" is not one of ${plotDrawKinds.join(", ")}; use e.g. draw="freehand", or remove it`,
    );
  }
  return kind;
}

/**
 * Adds a draw layer of `kind` to `figure`: its own empty source, a glyph renderer over it and the BokehJS tool
 * (`PointDrawTool`: tap adds, drag moves; `FreehandDrawTool`: drag draws a line; `BoxEditTool`: shift+drag draws
 * a box, drag moves; `PolyDrawTool`: press starts a polygon, taps add corners, a press ends it). The caller adds
 * the tool to the toolbar and makes it the active drag.
 *
 * @example
 * const layer = addDrawLayer(figure, "freehand"); // layer.source.data: { xs: [[…]], ys: [[…]] } once drawn
 */
export function addDrawLayer(figure: PlotFigure, kind: PlotDrawKind): PlotDrawLayer {
  switch (kind) {
    case "point": {
      const source = new Bokeh.ColumnDataSource({ data: { x: [], y: [] } });
      const renderer = figure.scatter({ field: "x" }, { field: "y" }, { source, size: 10, color: ink });
      return { tool: kind, source, gesture: new Bokeh.PointDrawTool({ renderers: [renderer] }) };
    }
    case "freehand": {
      const source = new Bokeh.ColumnDataSource({ data: { xs: [], ys: [] } });
      const renderer = figure.multi_line({ field: "xs" }, { field: "ys" }, { source, line_width: 3, color: ink });
      return { tool: kind, source, gesture: new Bokeh.FreehandDrawTool({ renderers: [renderer] }) };
    }
    case "box": {
      const source = new Bokeh.ColumnDataSource({ data: { x: [], y: [], width: [], height: [] } });
      const renderer = figure.rect(
        { field: "x" },
        { field: "y" },
        { field: "width" },
        { field: "height" },
        { source, fill_color: ink, fill_alpha: 0.2, line_color: ink, line_width: 2 },
      );
      return { tool: kind, source, gesture: new Bokeh.BoxEditTool({ renderers: [renderer] }) };
    }
    case "poly": {
      const source = new Bokeh.ColumnDataSource({ data: { xs: [], ys: [] } });
      const renderer = figure.patches(
        { field: "xs" },
        { field: "ys" },
        { source, fill_color: ink, fill_alpha: 0.2, line_color: ink, line_width: 2 },
      );
      return { tool: kind, source, gesture: new Bokeh.PolyDrawTool({ renderers: [renderer] }) };
    }
  }
}
