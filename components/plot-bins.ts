// Turns the running counts of the `histogram` and `histogram2d` stream operators into the columns of a
// <riv-plot> histogram or heatmap layer: one bar per bin, or one image of the whole grid.
import { Bokeh } from "./bokeh.js";
import { PlotError } from "./plot-options.js";
import type { ColumnBatch } from "./frame-batcher.js";
import type { HistogramCounts } from "../stream/operators/histogram.js";
import type { Histogram2dCounts } from "../stream/operators/histogram2d.js";
import type * as NDArrayModule from "@bokeh/bokehjs/build/js/lib/core/util/ndarray";

// BokehJS draws an image from an n-dimensional array with a shape; its maker is not in the plotting API.
const { require: requireBokeh } = Bokeh as unknown as { require: (name: string) => unknown };
const { ndarray } = requireBokeh("core/util/ndarray") as typeof NDArrayModule;

const isBins = (value: unknown): value is readonly [number, number, number] =>
  Array.isArray(value) && value.length === 3 && value.every(Number.isFinite);

/**
 * The columns of a heatmap layer drawing `grid`: one image (a copy of the counts, rows from the lowest y)
 * placed over the grid's x and y ranges. `columns` are the layer's names for image, x, y, dw and dh.
 *
 * @example
 * layer.set(heatmapColumns(moves.histogram2d({ x: [0, 100, 50], y: [0, 100, 50] }).state));
 */
export function heatmapColumns(
  grid: Histogram2dCounts,
  columns: readonly string[] = ["image", "x", "y", "dw", "dh"],
): ColumnBatch {
  const { counts, x, y } = grid as Partial<Histogram2dCounts>;
  if (!(counts instanceof Float64Array) || !isBins(x) || !isBins(y) || counts.length !== x[2] * y[2]) {
    throw new PlotError(
      `riv-plot: a heatmap layer draws the counts of histogram2d, not ${describe(grid)}; use e.g. stream.histogram2d({ x: [0, 100, 50], y: [0, 100, 50] }).sink(layer.streamSink())`,
    );
  }
  const [image, left, bottom, width, height] = columns as [string, string, string, string, string];
  return {
    [image]: [ndarray(counts.slice(), { dtype: "float64", shape: [y[2], x[2]] })],
    [left]: [x[0]],
    [bottom]: [y[0]],
    [width]: [x[1] - x[0]],
    [height]: [y[1] - y[0]],
  };
}

/**
 * The columns of a histogram layer drawing `histogram`: one bar per bin, from its left to its right edge, as high
 * as its count. `columns` are the layer's names for left, right and top.
 *
 * @example
 * layer.set(histogramColumns(speeds.histogram({ bins: [0, 2000, 40] }).state));
 */
export function histogramColumns(
  histogram: HistogramCounts,
  columns: readonly string[] = ["left", "right", "top"],
): ColumnBatch {
  const { counts, bins } = histogram as Partial<HistogramCounts>;
  if (!(counts instanceof Float64Array) || !isBins(bins) || counts.length !== bins[2]) {
    throw new PlotError(
      `riv-plot: a histogram layer draws the counts of histogram, not ${describe(histogram)}; use e.g. stream.histogram({ bins: [0, 100, 20] }).sink(layer.streamSink())`,
    );
  }
  const [low, high, count] = bins;
  const width = (high - low) / count;
  const [left, right, top] = columns as [string, string, string];
  return {
    [left]: Array.from(counts, (_, i) => low + i * width),
    [right]: Array.from(counts, (_, i) => (i === count - 1 ? high : low + (i + 1) * width)),
    [top]: Array.from(counts),
  };
}

function describe(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  return `an object with ${Object.keys(value).join(", ") || "no keys"}`;
}
