// Parses and checks what a user gives <riv-plot>: its attributes and the batches it streams, with errors that
// name the attribute or column, the bad value and a fix.

/**
 * A fixed axis range `[start, end]`, or `"auto"` to follow the data.
 *
 * @example
 * const range: PlotRange = [0, 100];
 * plot.xRange = range;
 */
export type PlotRange = readonly [number, number] | "auto";

import { glyphShape, plotGlyphs, type PlotGlyph } from "./plot-glyph.js";

export { plotGlyphs, type PlotGlyph } from "./plot-glyph.js";

/**
 * A wrong attribute, property or batch given to `<riv-plot>`.
 *
 * @example
 * try { plot.xRange = "a,b"; } catch (error) { console.assert(error instanceof PlotError); }
 */
export class PlotError extends Error {
  override name = "PlotError";
}

const quote = (value: unknown): string => (typeof value === "string" ? `"${value}"` : String(value));

/**
 * Reads a range attribute: `"0,100"` (or `[0, 100]`) is fixed, `"auto"`, `""`, `null` follow the data.
 *
 * @example
 * parseRange("x-range", "0,100"); // [0, 100]
 */
export function parseRange(attribute: string, value: readonly [number, number] | string | null | undefined): PlotRange {
  if (value === null || value === undefined || value === "" || value === "auto") return "auto";
  const parts = typeof value === "string" ? value.split(",").map((part) => (part.trim() === "" ? NaN : +part)) : value;
  const [start, end] = parts;
  if (parts.length !== 2 || !Number.isFinite(start) || !Number.isFinite(end) || start === end) {
    throw new PlotError(
      `riv-plot: ${attribute} ${quote(typeof value === "string" ? value : value.join(","))} is not two different ` +
        `numbers; use e.g. ${attribute}="0,100", or "auto" to follow the data`,
    );
  }
  return [start, end];
}

/**
 * Reads a positive integer attribute such as `rollover`.
 *
 * @example
 * parseCount("rollover", "500"); // 500
 */
export function parseCount(attribute: string, value: number | string | null): number {
  const count = typeof value === "string" ? +value : value;
  if (count === null || !Number.isInteger(count) || count < 1 || (typeof value === "string" && value.trim() === "")) {
    throw new PlotError(
      `riv-plot: ${attribute} ${quote(value)} is not a positive integer; use e.g. ${attribute}="1000"`,
    );
  }
  return count;
}

/**
 * Reads the `glyph` attribute.
 *
 * @example
 * parseGlyph("line"); // "line"
 */
export function parseGlyph(value: string | null): PlotGlyph {
  const glyph = plotGlyphs.find((known) => known === value);
  if (glyph === undefined) {
    throw new PlotError(
      `riv-plot: glyph ${quote(value)} is not one of ${plotGlyphs.join(", ")}; use e.g. glyph="line"`,
    );
  }
  return glyph;
}

/**
 * Reads the `columns` attribute: at least two distinct names (at least as many as `glyph` draws), the first ones
 * drawn as the glyph's positions (x and y for a scatter).
 *
 * @example
 * parseColumns("x,y,t"); // ["x", "y", "t"]
 * parseColumns("a,b,c,d", "segment"); // drawn as x0, y0, x1, y1
 */
export function parseColumns(
  value: readonly string[] | string | null,
  glyph: PlotGlyph = "scatter",
): readonly string[] {
  const names = typeof value === "string" ? value.split(",").map((name) => name.trim()) : (value ?? []);
  const valid = names.length >= 2 && names.every((name) => name !== "") && new Set(names).size === names.length;
  const shown = typeof value === "string" ? value : names.join(",");
  if (!valid) {
    throw new PlotError(
      `riv-plot: columns "${shown}" is not a list of two or more distinct names; use e.g. columns="x,y"`,
    );
  }
  const needed = glyphShape(glyph).columns;
  if (names.length < needed.length) {
    throw new PlotError(
      `riv-plot: columns "${shown}" has ${names.length} names but a ${glyph} draws ${needed.length} (${needed.join(", ")}); use e.g. columns="${needed.join(",")}"`,
    );
  }
  return [...names];
}

/**
 * Checks a batch for `source.stream`: exactly the plot's columns, all of the same length, numbers in the first
 * two (the glyph's x and y). Returns the batch with plain arrays; throws `PlotError` and changes nothing otherwise.
 *
 * @example
 * checkBatch({ x: [1], y: [2] }, ["x", "y"], "scatter"); // { x: [1], y: [2] }
 */
export function checkBatch(
  batch: Readonly<Record<string, ArrayLike<unknown>>>,
  columns: readonly string[],
  glyph: PlotGlyph,
): Record<string, unknown[]> {
  if (typeof batch !== "object" || batch === null) {
    throw new PlotError(`riv-plot.stream: ${quote(batch)} is not columns; use e.g. plot.stream({ x: [1], y: [2] })`);
  }
  for (const name of Object.keys(batch)) {
    if (!columns.includes(name)) {
      throw new PlotError(
        `riv-plot.stream: "${name}" is not a column of this plot (${columns.join(", ")}); add it with columns="${[...columns, name].join(",")}"`,
      );
    }
  }
  const checked: Record<string, unknown[]> = {};
  let length = -1;
  for (const [index, name] of columns.entries()) {
    const column = batch[name];
    if (column === undefined || typeof column !== "object" || typeof column.length !== "number") {
      throw new PlotError(
        `riv-plot.stream: column "${name}" is ${column === undefined ? "missing" : "not an array"}; give every column (${columns.join(", ")}) as an array`,
      );
    }
    if (length >= 0 && column.length !== length) {
      throw new PlotError(
        `riv-plot.stream: column "${name}" has ${column.length} values but "${columns[0] ?? ""}" has ${length}; give every column the same length`,
      );
    }
    length = column.length;
    const values = Array.isArray(column) ? (column as unknown[]) : Array.from(column);
    if (index < glyphShape(glyph).numeric) checkNumbers(name, values, glyph, columns);
    checked[name] = values;
  }
  return checked;
}

function checkNumbers(name: string, values: readonly unknown[], glyph: PlotGlyph, columns: readonly string[]): void {
  for (let i = 0; i < values.length; i += 1) {
    if (typeof values[i] !== "number") {
      throw new PlotError(
        `riv-plot.stream: ${name}[${i}] is ${quote(values[i])}, not a number; a ${glyph} glyph needs numbers in its ${columns.slice(0, glyphShape(glyph).numeric).join(", ")} columns`,
      );
    }
  }
}

/**
 * Checks one row given to a stream sink: numbers in the columns the glyph is placed by (the first two for a
 * scatter). Throws `PlotError` otherwise.
 *
 * @example
 * checkRow({ x: 1, y: "a" }, ["x", "y"], "scatter"); // throws: y is "a", not a number
 */
export function checkRow(given: object, columns: readonly string[], glyph: PlotGlyph): void {
  if (typeof given !== "object" || given === null) {
    throw new PlotError(`riv-plot.streamSink: ${quote(given)} is not a row; send objects such as { x: 1, y: 2 }`);
  }
  const row = given as Readonly<Record<string, unknown>>;
  const numeric = glyphShape(glyph).numeric;
  for (let i = 0; i < numeric; i += 1) {
    const name = columns[i] as string;
    if (typeof row[name] !== "number") {
      const names = columns.slice(0, numeric);
      const listed = `${names.slice(0, -1).join(", ")} and ${names[numeric - 1] ?? ""}`;
      throw new PlotError(
        `riv-plot.streamSink: ${name} is ${quote(row[name])}, not a number; a ${glyph} glyph needs numbers in ${listed}`,
      );
    }
  }
}
