// The automatic axis range of <riv-plot>: BokehJS's DataRange1d, but 0 to 1 while there is no data, where
// DataRange1d has no range at all and logs "could not set initial ranges" each time the plot is laid out.

import { Bokeh } from "./bokeh.js";

/**
 * A `DataRange1d` that fits the data exactly as BokehJS does (padding, single values, flipping) and, with no data,
 * spans 0 to 1 (padded like data would be), so an empty plot shows plain axes and logs nothing.
 *
 * @example
 * const figure = Bokeh.Plotting.figure({ x_range: new AutoRange(), y_range: new AutoRange() });
 */
export class AutoRange extends Bokeh.DataRange1d {
  // Typed only: BokehJS defines these properties at run time, where its declarations call them abstract.
  declare start: number;
  declare end: number;

  override _compute_range(min: number, max: number): [number, number] {
    // No data gives min = Infinity and max = -Infinity: an empty span whose centre is NaN.
    return min <= max ? super._compute_range(min, max) : super._compute_range(0, 1);
  }
}
