// The BokehJS side of <riv-plot>: the figure, source and view types, and how the plot's settings become a figure
// with its layers drawn on it, each from its own source.
import { Bokeh } from "./bokeh.js";
import type { PlotRange } from "./plot-options.js";
import type { PlotLayer } from "./plot-layer.js";
import type { PlotBackend } from "./plot-backend.js";
import { AutoRange } from "./plot-range.js";

/**
 * The BokehJS figure a `<riv-plot>` draws.
 *
 * @example
 * const figure: PlotFigure = plot.figure;
 * figure.xaxis.axis_label = "x";
 */
export type PlotFigure = ReturnType<typeof Bokeh.Plotting.figure>;
/**
 * The BokehJS data source a `<riv-plot>` draws from.
 *
 * @example
 * const source: PlotSource = plot.source;
 * console.log(source.get_length());
 */
export type PlotSource = InstanceType<typeof Bokeh.ColumnDataSource>;
/**
 * Any BokehJS plot: a figure that `<riv-plot>` built, or one of the page's that it adopted (`plot.adopt`), which a
 * document deserializes as a plain `Figure` or `Plot`, without the plotting API's glyph methods.
 *
 * @example
 * const model: PlotModel = plot.view!.model;
 * console.log(model.toolbar.active_drag);
 */
export type PlotModel = InstanceType<typeof Bokeh.Plot>;
/**
 * The BokehJS view of the figure while it is shown.
 *
 * @example
 * const view: PlotView | undefined = plot.view;
 * console.log(view?.canvas_view.bbox);
 */
export type PlotView = PlotModel["__view_type__"];

/** What a `<riv-plot>` figure is built from: the element's attributes, checked, and its width. */
export interface PlotFigureSettings {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xRange: PlotRange;
  readonly yRange: PlotRange;
  readonly width: number;
  readonly height: number;
  /** What BokehJS draws with; default `"canvas"`. */
  readonly outputBackend?: PlotBackend;
}

/**
 * Builds a figure that draws `layers`, the first one lowest. The title and axis labels are plain text, shown
 * exactly as given.
 *
 * @example
 * const figure = plotFigure({ title: "", xLabel: "x", yLabel: "y", xRange: [0, 100], yRange: "auto",
 *   width: 600, height: 300 }, [new PlotLayer("trail", { glyph: "line" }, () => 1000)]);
 */
export function plotFigure(settings: PlotFigureSettings, layers: readonly PlotLayer[]): PlotFigure {
  const { xRange, yRange } = settings;
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
    output_backend: settings.outputBackend ?? "canvas",
  });
  for (const layer of layers) layer.draw(figure);
  return figure;
}

function axisRange(range: PlotRange): InstanceType<typeof Bokeh.Range1d> | AutoRange {
  return range === "auto" ? new AutoRange() : new Bokeh.Range1d({ start: range[0], end: range[1] });
}
