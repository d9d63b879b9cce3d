// The error state of a <riv-plot>: which attributes were rejected and why, as the text a person reads in the
// element's alert, each message also logged to the console once.
import { PlotError } from "./plot-options.js";

/**
 * The current errors of one plot, keyed by the attribute (or `"figure"`, for settings that only fail together).
 * A rejected value is logged with `console.error`; `text` is what the element shows, `""` when all is well.
 *
 * @example
 * const errors = new PlotErrors();
 * errors.reject("x-range", new PlotError('riv-plot: x-range "a,b" is not two different numbers; …'));
 * errors.text; // 'riv-plot: x-range "a,b" is not two different numbers; …'
 * errors.accept("x-range"); // errors.text === ""
 */
export class PlotErrors {
  private readonly messages = new Map<string, string>();

  /** What the element shows: every current message, one per line. */
  get text(): string {
    return [...this.messages.values()].join("\n");
  }

  /** Records that `key`'s value was refused with `error`, and logs it. */
  reject(key: string, error: PlotError): void {
    this.messages.set(key, error.message);
    console.error(error);
  }

  /** Records that `key` holds a good value now; returns whether that cleared an error. */
  accept(key: string): boolean {
    return this.messages.delete(key);
  }
}

/**
 * The text an attribute shows for a property value, so that a rejected attribute can be given its last good value
 * back: lists and ranges comma separated, everything else as a string.
 *
 * @example
 * attributeText([0, 100]); // "0,100"
 */
export function attributeText(value: unknown): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** Whether `error` is one that the error state shows (a bad value), not a fault to let through. */
export function isPlotError(error: unknown): error is PlotError {
  return error instanceof PlotError;
}
