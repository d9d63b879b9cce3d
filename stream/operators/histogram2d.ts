// The `histogram2d` operator: counts where values fall on a grid of bins over two fields, e.g. where the pointer
// went, and emits the running counts: the data of a heat map.
import { StreamError } from "../errors.js";
import { Stream, type Emitted } from "../stream.js";
import { binOf, checkBins, type BinSpec } from "../bins.js";

/**
 * Options of `histogram2d`.
 *
 * @example
 * samples.histogram2d({ x: [0, 100, 50], y: [0, 100, 50], fields: ["x", "y"] });
 */
export interface Histogram2dOptions {
  /** Bins over the first field, e.g. `[0, 100, 50]`. */
  x: BinSpec;
  /** Bins over the second field. */
  y: BinSpec;
  /** The two fields of each value that are binned; default `["x", "y"]`. */
  fields?: readonly [string, string];
}

/**
 * The running counts of a `histogram2d`. `counts` holds `y[2]` rows of `x[2]` bins, row by row from the lowest
 * y: `counts[row * x[2] + column]`. A bin includes its low edge; the last one includes `high` too.
 *
 * @example
 * points.histogram2d({ x: [0, 100, 50], y: [0, 100, 50] }).sink(({ counts }: Histogram2dCounts) => heat(counts));
 */
export interface Histogram2dCounts {
  /** How many values fell into each cell so far, row by row. */
  readonly counts: Float64Array;
  /** The bins over the first field (the columns). */
  readonly x: BinSpec;
  /** The bins over the second field (the rows). */
  readonly y: BinSpec;
  /** How many values were counted in a bin. */
  total: number;
  /** How many values fell outside the grid (or had no numbers in the fields), not counted in any bin. */
  outside: number;
}

/**
 * Counts every value into the grid bin of its two fields and emits the counts after each value. It emits one
 * live object, updated in place, so that a value costs no allocation: a sink that draws the latest counts (such
 * as a heat map layer of `<riv-plot>`) needs nothing more; copy `counts` to keep a snapshot. `clear()` zeroes it.
 *
 * @example
 * const moves = new Stream<{ x: number; y: number }>();
 * const heat = moves.histogram2d({ x: [0, 100, 4], y: [0, 100, 2] }).sinkToList();
 * moves.emit({ x: 10, y: 90 }); // heat.list[0].counts: [0, 0, 0, 0, 1, 0, 0, 0]
 */
export class Histogram2d<In> extends Stream<Histogram2dCounts> {
  /** The running counts, the object every emit carries. */
  readonly state: Histogram2dCounts;
  readonly #xField: string;
  readonly #yField: string;

  constructor(upstream: Stream<In>, options: Histogram2dOptions) {
    const example = "histogram2d({ x: [0, 100, 50], y: [0, 100, 50] })";
    if (typeof options !== "object" || options === null) {
      throw new StreamError(`histogram2d: options ${String(options)} is not an object; use e.g. ${example}`);
    }
    const x = checkBins("histogram2d", "x", options.x);
    const y = checkBins("histogram2d", "y", options.y);
    const fields = options.fields ?? ["x", "y"];
    if (!Array.isArray(fields) || fields.length !== 2 || !fields.every((field) => typeof field === "string")) {
      throw new StreamError(
        `histogram2d: fields ${String(fields)} is not two field names; use e.g. fields: ["x", "y"]`,
      );
    }
    super({ upstream });
    this.#xField = fields[0];
    this.#yField = fields[1];
    this.state = { counts: new Float64Array(x[2] * y[2]), x, y, total: 0, outside: 0 };
  }

  /** Sets every count to 0; the next value emits counts from there. */
  clear(): void {
    this.state.counts.fill(0);
    this.state.total = 0;
    this.state.outside = 0;
  }

  override update(value: In): Emitted {
    const histogram = this.state;
    const { x, y } = histogram;
    const row = value as Readonly<Record<string, unknown>>;
    const column = binOf(row[this.#xField], x[0], x[1], x[2]);
    const line = binOf(row[this.#yField], y[0], y[1], y[2]);
    if (column < 0 || line < 0) histogram.outside += 1;
    else {
      const counts = histogram.counts;
      const bin = line * x[2] + column;
      counts[bin] = (counts[bin] as number) + 1;
      histogram.total += 1;
    }
    return this.emit(histogram);
  }
}

Stream.registerApi("histogram2d", Histogram2d);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits the running counts of the values over a grid of bins; see {@link Histogram2d}. */
    histogram2d(options: Histogram2dOptions): Histogram2d<T>;
  }
}
