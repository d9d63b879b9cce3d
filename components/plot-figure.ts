// The BokehJS side of <riv-plot>: the figure, source and view types, and how the plot's settings become a figure
// with its glyph drawn from the source.
import { Bokeh } from "./bokeh.js";
import type { PlotGlyph, PlotRange } from "./plot-options.js";
import { AutoRange } from "./plot-range.js";

/** The BokehJS figure a `<riv-plot>` draws. */
export type PlotFigure = ReturnType<typeof Bokeh.Plotting.figure>;
/** The BokehJS data source a `<riv-plot>` draws from. */
export type PlotSource = InstanceType<typeof Bokeh.ColumnDataSource>;
/** The BokehJS view of the figure while it is shown. */
export type PlotView = PlotFigure["__view_type__"];

/** What a `<riv-plot>` figure is built from: the element's attributes, checked, and its width. */
export interface PlotFigureSettings {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xRange: PlotRange;
  readonly yRange: PlotRange;
  readonly glyph: PlotGlyph;
  /** The source's columns; the first two are drawn as x and y. */
  readonly columns: readonly string[];
  readonly width: number;
  readonly height: number;
}

/**
 * Builds a figure that draws the first two `columns` of `source` with the settings' glyph. The title and axis
 * labels are plain text, shown exactly as given.
 *
 * @example
 * const figure = plotFigure({ title: "", xLabel: "x", yLabel: "y", xRange: [0, 100], yRange: "auto",
 *   glyph: "line", columns: ["x", "y"], width: 600, height: 300 }, source);
 */
export function plotFigure(settings: PlotFigureSettings, source: PlotSource): PlotFigure {
  const { xRange, yRange, glyph, columns } = settings;
  // Plain text: BokehJS reads a string with $$…$$ as TeX, which needs MathJax, so "$$x$$" would not show as typed.
  const figure = Bokeh.Plotting.figure({
    title: new Bokeh.Title({ text: new Bokeh.PlainText({ text: settings.title }) }),
    width: settings.width,
    height: settings.height,
    x_axis_label: new Bokeh.PlainText({ text: settings.xLabel }),
    y_axis_label: new Bokeh.PlainText({ text: settings.yLabel }),
    // <riv-plot> adds its tools itself (plot-tools.ts), after any draw layer, whose tool they must know.
    tools: [],
    x_range: axisRange(xRange),
    y_range: axisRange(yRange),
  });
  const x = { field: columns[0] as string };
  const y = { field: columns[1] as string };
  if (glyph === "line") figure.line(x, y, { source, line_width: 2 });
  else figure.scatter(x, y, { source, size: 6, fill_alpha: 0.6 });
  return figure;
}

function axisRange(range: PlotRange): InstanceType<typeof Bokeh.Range1d> | AutoRange {
  return range === "auto" ? new AutoRange() : new Bokeh.Range1d({ start: range[0], end: range[1] });
}
