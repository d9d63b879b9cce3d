// <riv-rate>: a readout of how often something happens ("123 events/s"), fed by a stream sink, with a small
// sparkline of its recent values.
import { css } from "lit";
import { signal } from "@lit-labs/signals";
import { ReactiveHTML } from "./reactive-html.js";

/** A value given to `<riv-rate>` that is not a finite number, or a bad attribute. */
export class RateError extends Error {
  override name = "RateError";
}

const sparklineHeight = 20;

/**
 * Shows the latest rate with its unit and label, and a sparkline of the last `history` values (60 by default:
 * one minute of one-per-second windows). Feed it from a stream with `.sink(rate.sink())` or set `value`.
 *
 * @example
 * <riv-rate id="rate" label="pointer" unit="events/s"></riv-rate>
 * fromQueue(q).timedWindow(1000).map((batch) => batch.length).sink(rate.sink());
 */
export class RivRate extends ReactiveHTML {
  static override template =
    '<span id="label">${label}</span><output id="value">${shown}</output><span id="unit">${unit}</span>' +
    '<svg id="sparkline" viewBox="${viewBox}" preserveAspectRatio="none" aria-hidden="true">' +
    '<polyline id="line" points="${points}" vector-effect="non-scaling-stroke"></polyline></svg>';

  static override properties = {
    label: {},
    unit: {},
    digits: { type: Number },
    history: { noAccessor: true },
    shown: { attribute: false, noAccessor: true },
    viewBox: { attribute: false, noAccessor: true },
    points: { attribute: false, noAccessor: true },
  };

  static override styles = css`
    :host {
      display: inline-flex;
      align-items: baseline;
      gap: 0.4em;
      font-variant-numeric: tabular-nums;
    }
    #value {
      font-weight: bold;
      min-width: 3ch;
      text-align: right;
    }
    svg {
      align-self: center;
      width: 6em;
      height: 1.2em;
      stroke: currentColor;
      fill: none;
    }
  `;

  /** Words before the number, e.g. `"pointer"`. */
  label = "";
  /** Words after the number. */
  unit = "events/s";
  /** Digits shown after the decimal point. */
  digits = 0;

  private readonly latest = signal(0);
  private readonly recent = signal<readonly number[]>([]);
  private kept = 60;

  /** The latest rate shown. */
  get value(): number {
    return this.latest.get();
  }
  set value(value: number) {
    const given: unknown = value;
    if (typeof given !== "number" || !Number.isFinite(given)) {
      throw new RateError(
        `riv-rate: value ${typeof given === "string" ? `"${given}"` : String(given)} is not a finite number; send numbers such as 123`,
      );
    }
    this.latest.set(value);
    const recent = this.recent.get();
    const start = recent.length >= this.kept ? recent.length - this.kept + 1 : 0;
    this.recent.set([...recent.slice(start), value]);
  }

  /** How many recent values the sparkline keeps. */
  get history(): number {
    return this.kept;
  }
  set history(value: number | string) {
    const count = typeof value === "string" ? Number(value) : value;
    if (!Number.isInteger(count) || count < 2) {
      throw new RateError(
        `riv-rate: history "${String(value)}" is not an integer of at least 2; use e.g. history="60"`,
      );
    }
    const old = this.kept;
    this.kept = count;
    this.recent.set(this.recent.get().slice(-count));
    this.requestUpdate("history", old);
  }

  /** The values the sparkline shows, oldest first. */
  get recentValues(): readonly number[] {
    return this.recent.get();
  }

  /**
   * A function for `.sink(...)` that shows each number it receives.
   *
   * @example
   * stream.sink(rate.sink());
   */
  sink(): (value: number) => void {
    return (value) => {
      this.value = value;
    };
  }

  /** The number as shown, with `digits` decimals. */
  get shown(): string {
    return this.latest.get().toFixed(this.digits);
  }

  /** The sparkline's coordinate box: one unit per kept value. */
  get viewBox(): string {
    return `0 0 ${this.kept - 1} ${sparklineHeight}`;
  }

  /** The sparkline's points, the newest at the right edge, scaled to the highest kept value. */
  get points(): string {
    const values = this.recent.get();
    const top = values.reduce((highest, value) => Math.max(highest, value), 0) || 1;
    const offset = this.kept - values.length;
    return values.map((value, i) => `${offset + i},${sparklineHeight * (1 - value / top)}`).join(" ");
  }
}

customElements.define("riv-rate", RivRate);

declare global {
  interface HTMLElementTagNameMap {
    "riv-rate": RivRate;
  }
}
