// Plain samples of the plot events that are not pointer input: ranges, selection geometry and rows, reset, the
// frame's size and what a draw tool holds, each made from what BokehJS reports, with arrays copied to plain ones.
import {
  plotSampleBase,
  type PlotDrawSample,
  type PlotGeometry,
  type PlotRangesSample,
  type PlotResetSample,
  type PlotSelectionGeometrySample,
  type PlotSelectionSample,
  type PlotSizeSample,
} from "./plot-events.js";

/** What a BokehJS `SelectionGeometry` event carries, in screen and data units. */
export interface BokehGeometryEvent {
  readonly final: boolean;
  readonly geometry:
    | { readonly type: "point"; readonly x: number; readonly y: number }
    | { readonly type: "span"; readonly direction: "h" | "v"; readonly x: number; readonly y: number }
    | { readonly type: "rect"; readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number }
    | { readonly type: "poly"; readonly x: ArrayLike<number>; readonly y: ArrayLike<number> };
}

/**
 * The sample of a BokehJS `RangesUpdate` event.
 *
 * @example
 * rangesSample({ x0: 0, x1: 50, y0: 0, y1: 100 }).x1; // 50
 */
export function rangesSample(event: { x0: number; x1: number; y0: number; y1: number }): PlotRangesSample {
  const { x0, x1, y0, y1 } = event;
  return { ...plotSampleBase("rangesupdate", performance.now()), type: "rangesupdate", x0, x1, y0, y1 };
}

/**
 * The sample of a BokehJS `SelectionGeometry` event, in data units.
 *
 * @example
 * geometrySample({ final: true, geometry: { type: "rect", x0: 1, x1: 2, y0: 3, y1: 4 } }).geometry.kind; // "rect"
 */
export function geometrySample(event: BokehGeometryEvent): PlotSelectionGeometrySample {
  const base = plotSampleBase("selectiongeometry", performance.now());
  return { ...base, type: "selectiongeometry", geometry: plainGeometry(event.geometry), final: event.final };
}

function plainGeometry(geometry: BokehGeometryEvent["geometry"]): PlotGeometry {
  switch (geometry.type) {
    case "point":
      return { kind: "point", x: geometry.x, y: geometry.y };
    case "span":
      return { kind: "span", direction: geometry.direction, x: geometry.x, y: geometry.y };
    case "rect":
      return { kind: "rect", x0: geometry.x0, x1: geometry.x1, y0: geometry.y0, y1: geometry.y1 };
    case "poly":
      return { kind: "poly", xs: Array.from(geometry.x), ys: Array.from(geometry.y) };
  }
}

/**
 * The sample of a BokehJS `Reset` event.
 *
 * @example
 * resetSample().type; // "reset"
 */
export function resetSample(): PlotResetSample {
  return { ...plotSampleBase("reset", performance.now()), type: "reset" };
}

/**
 * The sample of a new selection of the plot's source.
 *
 * @example
 * selectionSample([3, 7]).indices; // [3, 7]
 */
export function selectionSample(indices: ArrayLike<number>): PlotSelectionSample {
  return { ...plotSampleBase("selection", performance.now()), type: "selection", indices: Array.from(indices) };
}

/**
 * The sample of a new size of the plot's inner frame.
 *
 * @example
 * sizeSample(440, 250).width; // 440
 */
export function sizeSample(width: number, height: number): PlotSizeSample {
  return { ...plotSampleBase("plotsize", performance.now()), type: "plotsize", width, height };
}

/**
 * The sample of what a draw tool's source holds: every column copied into plain arrays (of arrays, for lines).
 *
 * @example
 * drawSample("point", { x: new Float64Array([1]), y: [2] }).columns; // { x: [1], y: [2] }
 */
export function drawSample(tool: string, data: Readonly<Record<string, ArrayLike<unknown>>>): PlotDrawSample {
  const columns: Record<string, number[] | number[][]> = {};
  for (const [name, column] of Object.entries(data)) {
    const values: unknown[] = Array.from(column);
    columns[name] = values.every((value) => typeof value === "number")
      ? values
      : values.map((value) => Array.from(value as ArrayLike<number>));
  }
  return { ...plotSampleBase("draw", performance.now()), type: "draw", tool, columns };
}
