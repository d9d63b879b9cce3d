// The toolbar of a <riv-plot>: which BokehJS tools it has (`tools`), which drag tool is active (`active-drag`), and
// the rule that a plot reporting pointer samples draws on a drag instead of panning its fixed ranges.
import { Bokeh } from "./bokeh.js";
import type { PlotFigure } from "./plot-figure.js";
import { PlotError } from "./plot-options.js";

/**
 * The tools a `<riv-plot>` has unless its `tools` attribute says otherwise.
 *
 * @example
 * plot.tools = `${defaultPlotTools},tap`;
 */
export const defaultPlotTools = "pan,wheel_zoom,box_zoom,reset,save";

/** `active-drag`: `"auto"` (none while pointer samples are bound, else BokehJS's choice), `"none"`, or a tool name. */
export type PlotActiveDrag = string;

type Tool = InstanceType<typeof Bokeh.Tool>;
type GestureTool = InstanceType<typeof Bokeh.GestureTool>;

/**
 * Reads the `tools` attribute: BokehJS tool names separated by commas; `""` for none. Unknown names throw
 * `PlotError` naming them.
 *
 * @example
 * parseTools("wheel_zoom, reset"); // ["wheel_zoom", "reset"]
 */
export function parseTools(value: string | null): readonly string[] {
  const names = (value ?? defaultPlotTools)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  for (const name of names) {
    try {
      Bokeh.Tool.from_string(name);
    } catch {
      throw new PlotError(
        `riv-plot: tools "${value ?? ""}" names "${name}", which is not a BokehJS tool; use e.g. tools="${defaultPlotTools}", or tools="" for none`,
      );
    }
  }
  return names;
}

/**
 * Reads the `active-drag` attribute: `auto`, `none`, or one of the names in `tools`.
 *
 * @example
 * parseActiveDrag("pan"); // "pan"
 */
export function parseActiveDrag(value: string | null): PlotActiveDrag {
  const name = (value ?? "auto").trim();
  if (name === "") return "auto";
  if (!/^[a-z_]+$/.test(name)) {
    throw new PlotError(
      `riv-plot: active-drag "${name}" is not a tool name; use "auto", "none" or a drag tool from tools, e.g. active-drag="pan"`,
    );
  }
  return name;
}

/**
 * The tools of one figure: made from their names, added to its toolbar, and the active drag chosen by
 * `setPointerBound`, which follows the plot's pointer bindings as they come and go. A draw tool (`preferred`) is
 * active from the start and leaves no drag tool active unless `activeDrag` names one.
 *
 * @example
 * const tools = new PlotTools(figure, ["pan", "reset"], "auto");
 * tools.setPointerBound(true); // a drag now reports samples; the pan tool waits until the user picks it
 */
export class PlotTools {
  private readonly byName = new Map<string, Tool>();

  constructor(
    readonly figure: PlotFigure,
    names: readonly string[],
    private readonly activeDrag: PlotActiveDrag,
    private readonly preferred: GestureTool | null = null,
  ) {
    for (const name of names) this.byName.set(name, Bokeh.Tool.from_string(name));
    figure.add_tools(...this.byName.values());
    // A draw tool takes taps, drags and moves together: BokehJS makes it the "multi" gesture, not a drag tool.
    if (preferred !== null) {
      figure.add_tools(preferred);
      figure.toolbar.active_multi = preferred;
    }
    if (activeDrag !== "auto" && activeDrag !== "none" && this.dragTool(activeDrag) === undefined) {
      throw new PlotError(
        `riv-plot: active-drag "${activeDrag}" is not a drag tool of this plot (tools="${names.join(",")}"); add it to tools, or use "auto" or "none"`,
      );
    }
    this.setPointerBound(false);
  }

  /** Chooses the active drag tool for a plot that does (or does not) report pointer samples. */
  setPointerBound(bound: boolean): void {
    const toolbar = this.figure.toolbar;
    const wanted = this.chosen(bound);
    if (toolbar.active_drag !== wanted) toolbar.active_drag = wanted;
  }

  private chosen(bound: boolean): GestureTool | "auto" | null {
    if (this.activeDrag === "none") return null;
    if (this.activeDrag !== "auto") return this.dragTool(this.activeDrag) ?? null;
    return bound || this.preferred !== null ? null : "auto";
  }

  private dragTool(name: string): GestureTool | undefined {
    const tool = this.byName.get(name);
    return tool instanceof Bokeh.GestureTool && tool.event_types.includes("pan") ? tool : undefined;
  }
}
