// What a <riv-plot> needs to adopt a Bokeh figure that the page already shows, instead of building its own: the
// checks of the figure and source it is given, the figure's view, and the active-drag rule on the figure's own tools.
import { Bokeh } from "./bokeh.js";
import type { PlotModel, PlotSource, PlotView } from "./plot-figure.js";
import { PlotError } from "./plot-options.js";
import type { PlotActiveDrag } from "./plot-tools.js";

/**
 * A figure shown by the page's BokehJS and, optionally, the `ColumnDataSource` that the plot's default layer
 * streams into while it is adopted (usually one that the figure draws).
 *
 * @example
 * const figure = Bokeh.documents[0].get_model_by_name("moves");
 * plot.adopt({ figure, source: figure.renderers[0].data_source });
 */
export interface PlotAdoption {
  /** A BokehJS `Plot` (a `figure` from Python or `Bokeh.Plotting.figure`) whose view is in the page. */
  readonly figure: PlotModel;
  /** Where `stream`, `streamSink` and `clear` of the default layer go; without it, the layer's own source. */
  readonly source?: PlotSource;
}

type GestureTool = InstanceType<typeof Bokeh.GestureTool>;
type ActiveDrag = GestureTool | "auto" | null;

/**
 * Checks what `plot.adopt` was given: a `Plot` and a `ColumnDataSource` of the BokehJS rivulet draws with, the
 * source's columns exactly the plot's `columns` (so every row streamed fills every column).
 *
 * @example
 * checkAdoption({ figure, source }, ["x", "y"]); // throws PlotError when they do not fit
 */
export function checkAdoption(adoption: PlotAdoption, columns: readonly string[]): PlotAdoption {
  const { figure, source } = (adoption ?? {}) as Partial<PlotAdoption>;
  if (!(figure instanceof Bokeh.Plot)) {
    throw new PlotError(
      `riv-plot.adopt: figure ${String(figure)} is not a Plot of the BokehJS rivulet draws with; pass a figure that ` +
        "the page's BokehJS shows, and load rivulet from rivulet-bokeh.js or rivulet-bokeh.esm.js, which use that BokehJS",
    );
  }
  if (source !== undefined && !(source instanceof Bokeh.ColumnDataSource)) {
    throw new PlotError(
      `riv-plot.adopt: source ${String(source)} is not a ColumnDataSource of the page's BokehJS; pass the figure's own, e.g. figure.renderers[0].data_source`,
    );
  }
  const sourceColumns = source?.columns() ?? columns;
  if (sourceColumns.length !== columns.length || !columns.every((name) => sourceColumns.includes(name))) {
    throw new PlotError(
      `riv-plot.adopt: the source's columns (${sourceColumns.join(", ")}) are not the plot's (${columns.join(", ")}); ` +
        `set columns="${sourceColumns.join(",")}" (placing columns first), so each row streamed fills every column`,
    );
  }
  return source === undefined ? { figure } : { figure, source };
}

/**
 * The view of `figure` in the page: in its document's views (which hold a layout's views while it is still being
 * rendered), else among every root BokehJS shows.
 *
 * @example
 * const view = figureView(figure); // undefined when the figure is not shown
 */
export function figureView(figure: PlotModel): PlotView | undefined {
  const shown = figure.document?.views_manager?.find_one(figure) ?? Bokeh.index.find_one(figure);
  return shown ?? undefined;
}

/**
 * The active-drag rule of `<riv-plot>` on an adopted figure's own toolbar: `"auto"` leaves no drag tool active
 * while pointer samples are bound (so a drag reports samples instead of panning) and the figure's own choice
 * otherwise; `"none"`; or the figure's drag tool of that name. `release` gives the figure its own choice back.
 *
 * @example
 * const tools = new AdoptedTools(figure, "auto");
 * tools.setPointerBound(true); // toolbar.active_drag: null
 * tools.release(); // toolbar.active_drag: what it was
 */
export class AdoptedTools {
  private readonly own: ActiveDrag;
  private readonly named: GestureTool | undefined;

  constructor(
    readonly figure: PlotModel,
    private readonly activeDrag: PlotActiveDrag,
  ) {
    this.own = figure.toolbar.active_drag as ActiveDrag;
    this.named = activeDrag === "auto" || activeDrag === "none" ? undefined : this.dragTool(activeDrag);
  }

  /** Chooses the active drag tool for a plot that does (or does not) report pointer samples. */
  setPointerBound(bound: boolean): void {
    const wanted =
      this.activeDrag === "none" ? null : this.activeDrag === "auto" ? (bound ? null : this.own) : this.named;
    this.setActiveDrag(wanted ?? null);
  }

  /** Puts the figure's own active drag back. */
  release(): void {
    this.setActiveDrag(this.own);
  }

  private setActiveDrag(wanted: ActiveDrag): void {
    const toolbar = this.figure.toolbar;
    if (toolbar.active_drag !== wanted) toolbar.active_drag = wanted;
  }

  private dragTool(name: string): GestureTool {
    const kind = Bokeh.Tool.from_string(name).constructor;
    const tool = this.figure.toolbar.tools.find(
      (one) => one instanceof Bokeh.GestureTool && one.constructor === kind && one.event_types.includes("pan"),
    );
    if (tool === undefined) {
      throw new PlotError(
        `riv-plot: active-drag "${name}" is not a drag tool of the adopted figure; use "auto", "none" or one of its own`,
      );
    }
    return tool as GestureTool;
  }
}
