// Equal-width bins over a number line, shared by the `histogram` and `histogram2d` operators.
import { StreamError } from "./errors.js";

/**
 * Bins over one axis: `[low, high, bins]`, `bins` equal bins from `low` to `high`, e.g. `[0, 100, 50]`.
 *
 * @example
 * const bins: BinSpec = [0, 100, 50]; // 50 bins of width 2 from 0 to 100
 */
export type BinSpec = readonly [low: number, high: number, bins: number];

/**
 * Checks one `[low, high, bins]` and returns it as a new tuple; throws `StreamError` naming the option.
 *
 * @example
 * checkBins("histogram", "bins", [0, 100, 10]); // [0, 100, 10]
 */
export function checkBins(caller: string, name: string, spec: unknown): BinSpec {
  const [low, high, bins] = Array.isArray(spec) ? (spec as unknown[]) : [];
  const valid =
    Array.isArray(spec) &&
    spec.length === 3 &&
    Number.isFinite(low) &&
    Number.isFinite(high) &&
    (low as number) < (high as number) &&
    Number.isInteger(bins) &&
    (bins as number) > 0;
  if (!valid) {
    const shown = Array.isArray(spec) ? `[${spec.map(String).join(", ")}]` : String(spec);
    throw new StreamError(
      `${caller}: ${name} ${shown} is not [low, high, bins] with low < high and a whole number of bins; use e.g. ${name}: [0, 100, 50]`,
    );
  }
  return [low as number, high as number, bins as number];
}

/**
 * Which of `bins` equal bins from `low` to `high` holds `value`, or -1 when it is outside (or not a number). A bin
 * includes its low edge; the last one includes `high` too.
 *
 * @example
 * binOf(100, 0, 100, 10); // 9
 */
export function binOf(value: unknown, low: number, high: number, bins: number): number {
  if (typeof value !== "number" || !(value >= low && value <= high)) return -1;
  const bin = Math.floor(((value - low) / (high - low)) * bins);
  return bin === bins ? bins - 1 : bin;
}
