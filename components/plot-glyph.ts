// The glyphs a <riv-plot> layer can draw, and what each one reads from its source: the columns it draws by
// default, and how many of them, first, must hold numbers.

/**
 * How a layer's rows are drawn.
 *
 * @example
 * const glyph: PlotGlyph = "line";
 * plot.glyph = glyph; // <riv-plot glyph="line">
 */
export type PlotGlyph = "scatter" | "line" | "segment" | "histogram" | "heatmap";

/** The glyphs `<riv-plot>` can draw. */
export const plotGlyphs: readonly PlotGlyph[] = ["scatter", "line", "segment", "histogram", "heatmap"];

interface GlyphShape {
  /** The columns it draws when none are given, in the order it reads them. */
  readonly columns: readonly string[];
  /** How many columns, from the first, hold the numbers the glyph is placed by. */
  readonly numeric: number;
  /** Whether its data is one picture of counts that a sink replaces, rather than rows that a sink appends. */
  readonly binned: boolean;
}

const shapes: Readonly<Record<PlotGlyph, GlyphShape>> = {
  scatter: { columns: ["x", "y"], numeric: 2, binned: false },
  line: { columns: ["x", "y"], numeric: 2, binned: false },
  segment: { columns: ["x0", "y0", "x1", "y1"], numeric: 4, binned: false },
  histogram: { columns: ["left", "right", "top"], numeric: 3, binned: true },
  heatmap: { columns: ["image", "x", "y", "dw", "dh"], numeric: 0, binned: true },
};

/**
 * What `glyph` reads: its default columns, how many of the first hold numbers, and whether its sink takes binned
 * counts (`histogram`, `heatmap`: the latest counts replace the data) or rows (the rest: rows are appended).
 *
 * @example
 * glyphShape("segment"); // { columns: ["x0", "y0", "x1", "y1"], numeric: 4, binned: false }
 */
export function glyphShape(glyph: PlotGlyph): GlyphShape {
  return shapes[glyph];
}
