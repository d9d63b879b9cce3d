// The `histogram` operator: counts where the values of one field fall among equal bins, e.g. pointer speeds, and
// emits the running counts: the data of a bar chart.
import { StreamError } from "../errors.js";
import { Stream, type Emitted } from "../stream.js";
import { binOf, checkBins, type BinSpec } from "../bins.js";

/**
 * Options of `histogram`.
 *
 * @example
 * samples.histogram({ bins: [0, 100, 50], field: "x" });
 */
export interface HistogramOptions {
  /** The bins, e.g. `[0, 2000, 40]`. */
  bins: BinSpec;
  /** The field of each value that is binned; without it, the values themselves (numbers). */
  field?: string;
}

/**
 * The running counts of a `histogram`: `counts[i]` for the bin from `low + i * width` on.
 *
 * @example
 * durations.histogram({ bins: [0, 2000, 40] }).sink(({ counts, bins }: HistogramCounts) => draw(bins, counts));
 */
export interface HistogramCounts {
  /** How many values fell into each bin so far. */
  readonly counts: Float64Array;
  /** The bins counted, as given in the options. */
  readonly bins: BinSpec;
  /** How many values were counted in a bin. */
  total: number;
  /** How many values fell outside the bins (or were not numbers), not counted in any bin. */
  outside: number;
}

/**
 * Counts every value (or its `field`) into its bin and emits the counts after each value: one live object,
 * updated in place, as `histogram2d` does; copy `counts` to keep a snapshot. `clear()` zeroes it.
 *
 * @example
 * const speeds = new Stream<number>();
 * const bars = speeds.histogram({ bins: [0, 10, 2] }).sinkToList();
 * speeds.emit(7); // bars.list[0].counts: [0, 1]
 */
export class Histogram<In> extends Stream<HistogramCounts> {
  /** The running counts, the object every emit carries. */
  readonly state: HistogramCounts;
  readonly #field: string | undefined;

  constructor(upstream: Stream<In>, options: HistogramOptions) {
    if (typeof options !== "object" || options === null) {
      throw new StreamError(
        `histogram: options ${String(options)} is not an object; use e.g. histogram({ bins: [0, 100, 20] })`,
      );
    }
    const bins = checkBins("histogram", "bins", options.bins);
    if (options.field !== undefined && typeof options.field !== "string") {
      throw new StreamError(`histogram: field ${String(options.field)} is not a name; use e.g. field: "speed"`);
    }
    super({ upstream });
    this.#field = options.field;
    this.state = { counts: new Float64Array(bins[2]), bins, total: 0, outside: 0 };
  }

  /** Sets every count to 0; the next value emits counts from there. */
  clear(): void {
    this.state.counts.fill(0);
    this.state.total = 0;
    this.state.outside = 0;
  }

  override update(value: In): Emitted {
    const histogram = this.state;
    const [low, high, count] = histogram.bins;
    const field = this.#field;
    const number = field === undefined ? value : (value as Readonly<Record<string, unknown>>)[field];
    const bin = binOf(number, low, high, count);
    if (bin < 0) histogram.outside += 1;
    else {
      histogram.counts[bin] = (histogram.counts[bin] as number) + 1;
      histogram.total += 1;
    }
    return this.emit(histogram);
  }
}

Stream.registerApi("histogram", Histogram);

declare module "../stream.js" {
  interface Stream<T> {
    /** Emits the running counts of the values among equal bins; see {@link Histogram}. */
    histogram(options: HistogramOptions): Histogram<T>;
  }
}
