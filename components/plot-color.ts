// Colours of a <riv-plot> layer: one colour, or a column's values mapped through a BokehJS palette with a
// LinearColorMapper, and a palette that fades one colour in, for trails that fade with age.
import { Bokeh } from "./bokeh.js";
import { PlotError } from "./plot-options.js";

/**
 * A BokehJS colour mapper, as a layer uses it.
 *
 * @example
 * const mapper: PlotColorMapper = colorMapper({ field: "speed", palette: "Viridis256", low: 0, high: 10 });
 */
export type PlotColorMapper = InstanceType<typeof Bokeh.LinearColorMapper>;

/**
 * Colours picked by the values of a column, low to high, from a palette.
 *
 * @example
 * const map: PlotColorMap = { field: "speed", palette: "Viridis256", low: 0, high: 10 };
 */
export interface PlotColorMap {
  /** The column whose values pick the colour. A heatmap maps its counts and needs none. */
  field?: string;
  /** A BokehJS palette name (`"Viridis256"`, `"Magma256"`, `"Blues9"`, …) or colours, lowest first. Default Viridis256. */
  palette?: string | readonly string[];
  /** Reverses the palette (BokehJS's sequential palettes run dark to light). */
  reverse?: boolean;
  /** The value of the first colour; default: the lowest value drawn. */
  low?: number;
  /** The value of the last colour; default: the highest value drawn. */
  high?: number;
  /**
   * Follow the newest rows: each frame, `high` becomes the newest value of `field` and `low` is `window` below it,
   * so that with `field: "t"` a trail's colour says how old each point is.
   */
  window?: number;
  /** The colour of values below `low`; default: the palette's first. `"transparent"` hides them. */
  lowColor?: string;
}

/**
 * How a layer is coloured: a CSS colour (`"#2563eb"`, `"tomato"`) or colours mapped from a column.
 *
 * @example
 * const color: PlotColor = "#1f77b4";
 */
export type PlotColor = string | PlotColorMap;

type BokehColor = string | number;

/**
 * The colours of a palette: a BokehJS palette name, or the list given, reversed on request.
 *
 * @example
 * paletteColors("Blues9").length; // 9
 */
export function paletteColors(palette: string | readonly string[], reverse = false): BokehColor[] {
  const named = typeof palette === "string" ? (Bokeh.Palettes as Record<string, unknown>)[palette] : palette;
  if (!Array.isArray(named) || named.length === 0) {
    throw new PlotError(
      `riv-plot: palette ${JSON.stringify(palette)} is not a BokehJS palette name or a list of colours; use e.g. palette: "Viridis256" or ["#fff", "#00f"]`,
    );
  }
  const colors = [...(named as BokehColor[])];
  return reverse ? colors.reverse() : colors;
}

/**
 * Colours from fully transparent to `color` (a `#rrggbb` colour) in `steps` steps: a palette for a trail whose
 * older points fade into the background.
 *
 * @example
 * fadingPalette("#2563eb", 3); // ["#2563eb00", "#2563eb80", "#2563ebff"]
 */
export function fadingPalette(color: string, steps = 64): string[] {
  if (!/^#[0-9a-f]{6}$/i.test(color) || !Number.isInteger(steps) || steps < 2) {
    throw new PlotError(
      `riv-plot: fadingPalette("${color}", ${steps}) needs a #rrggbb colour and at least 2 steps; use e.g. fadingPalette("#2563eb", 64)`,
    );
  }
  return Array.from({ length: steps }, (_, i) => {
    const alpha = Math.round((i / (steps - 1)) * 255);
    return `${color}${alpha.toString(16).padStart(2, "0")}`;
  });
}

/**
 * Builds the BokehJS `LinearColorMapper` of a colour map.
 *
 * @example
 * const mapper = colorMapper({ field: "speed", palette: "Magma256", low: 0, high: 2000 });
 */
export function colorMapper(map: PlotColorMap): PlotColorMapper {
  const palette = paletteColors(map.palette ?? "Viridis256", map.reverse === true);
  for (const name of ["low", "high", "window"] as const) {
    const value = map[name];
    if (value !== undefined && !(Number.isFinite(value) && (name !== "window" || value > 0))) {
      throw new PlotError(
        `riv-plot: color ${name} ${String(value)} is not a ${name === "window" ? "positive " : ""}number; use e.g. { field: "t", ${name}: 1000 }`,
      );
    }
  }
  return new Bokeh.LinearColorMapper({
    palette,
    low: map.low ?? null,
    high: map.high ?? null,
    low_color: map.lowColor ?? null,
  });
}
