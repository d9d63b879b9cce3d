// <riv-rate>: a readout of how often something happens ("123 events/s"), fed by a stream sink, with a labelled
// sparkline of its recent values (the last minute, by default) that `sparkline="off"` hides.
import { css } from "lit";
import { signal } from "@lit-labs/signals";
import { defineOnce } from "./define-once.js";
import { ReactiveHTML } from "./reactive-html.js";

/**
 * A value given to `<riv-rate>` that is not a finite number, or a bad attribute.
 *
 * @example
 * try { rate.value = Number.NaN; } catch (error) { console.assert(error instanceof RateError); }
 */
export class RateError extends Error {
  override name = "RateError";
}

const sparklineHeight = 20;

/**
 * Whether `<riv-rate>` draws its sparkline.
 *
 * @example
 * const sparkline: RateSparkline = "off";
 * rate.sparkline = sparkline; // <riv-rate sparkline="off">
 */
export type RateSparkline = "on" | "off";

/**
 * Shows the latest rate with its unit and label, and a sparkline of the last `history` values (60 by default:
 * one minute of one-per-second windows), captioned with the highest of them and the time it spans
 * (`sparkline-label`, by default "last 60 s"); `sparkline="off"` hides it. Feed it from a stream with
 * `.sink(rate.sink())` or set `value`.
 *
 * @example
 * <riv-rate id="rate" label="pointer" unit="events/s"></riv-rate>
 * fromQueue(q).timedWindow(1000).map((batch) => batch.length).sink(rate.sink());
 *
 * @csspart sparkline - the sparkline with its caption (peak and time span)
 * @cssprop [--riv-rate-color=#1f77b4] - the colour of the sparkline's line, area and latest point
 */
export class RivRate extends ReactiveHTML {
  static override template =
    '<span id="readout"><span id="label">${label}</span> <output id="value">${shown}</output> ' +
    '<span id="unit">${unit}</span></span>' +
    '<span id="history" part="sparkline">' +
    '<svg id="sparkline" viewBox="${viewBox}" preserveAspectRatio="none" aria-hidden="true">' +
    '<polygon id="area" points="${area}"></polygon>' +
    '<polyline id="line" points="${points}" vector-effect="non-scaling-stroke"></polyline>' +
    '<polyline id="now" points="${latestPoint}" vector-effect="non-scaling-stroke"></polyline></svg>' +
    '<span id="caption"><span id="peak">peak ${peak}</span><span id="span">${spanLabel}</span></span></span>';

  static override properties = {
    label: {},
    unit: {},
    digits: { type: Number },
    history: { noAccessor: true },
    sparkline: { reflect: true, noAccessor: true },
    sparklineLabel: { attribute: "sparkline-label" },
    shown: { attribute: false, noAccessor: true },
    viewBox: { attribute: false, noAccessor: true },
    points: { attribute: false, noAccessor: true },
    area: { attribute: false, noAccessor: true },
    peak: { attribute: false, noAccessor: true },
    spanLabel: { attribute: false, noAccessor: true },
    latestPoint: { attribute: false, noAccessor: true },
  };

  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.75em;
      vertical-align: middle;
      font-variant-numeric: tabular-nums;
    }
    :host([sparkline="off"]) #history {
      display: none;
    }
    #readout {
      white-space: nowrap;
    }
    #value {
      font-weight: bold;
    }
    #history {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    svg {
      width: 9em;
      height: 2.2em;
      border-bottom: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      overflow: visible;
    }
    #line {
      fill: none;
      stroke: var(--riv-rate-color, #1f77b4);
      stroke-width: 1.75px;
      stroke-linejoin: round;
    }
    /* A zero-length line with round caps: a dot that stays round however the line is stretched. */
    #now {
      fill: none;
      stroke: var(--riv-rate-color, #1f77b4);
      stroke-width: 5px;
      stroke-linecap: round;
    }
    #area {
      fill: var(--riv-rate-color, #1f77b4);
      fill-opacity: 0.15;
    }
    #caption {
      display: inline-flex;
      flex-direction: column;
      font-size: 0.75em;
      line-height: 1.25;
      opacity: 0.7;
      white-space: nowrap;
    }
  `;

  /** Words before the number, e.g. `"pointer"`. */
  label = "";
  /** Words after the number. */
  unit = "events/s";
  /** Digits shown after the decimal point. */
  digits = 0;
  /** What the sparkline's caption says it spans; by default "last N s", N being `history`. */
  sparklineLabel = "";

  private readonly latest = signal(0);
  private readonly recent = signal<readonly number[]>([]);
  private kept = 60;
  private sparklineShown: RateSparkline = "on";

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

  /** `"on"` (the default) draws the sparkline and its caption, `"off"` hides them. */
  get sparkline(): RateSparkline {
    return this.sparklineShown;
  }
  set sparkline(value: string | null) {
    const shown = value === null || value === "" ? "on" : value;
    if (shown !== "on" && shown !== "off") {
      throw new RateError(`riv-rate: sparkline "${shown}" is not "on" or "off"; use e.g. sparkline="off"`);
    }
    const old = this.sparklineShown;
    this.sparklineShown = shown;
    this.requestUpdate("sparkline", old);
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

  /** The shaded area under the sparkline: its points closed along the baseline. */
  get area(): string {
    const values = this.recent.get();
    if (values.length === 0) return "";
    const offset = this.kept - values.length;
    return `${offset},${sparklineHeight} ${this.points} ${this.kept - 1},${sparklineHeight}`;
  }

  /** The newest point of the sparkline twice, which its style draws as a dot; empty before the first value. */
  get latestPoint(): string {
    const newest = this.points.split(" ").at(-1) ?? "";
    return newest === "" ? "" : `${newest} ${newest}`;
  }

  /** The highest kept value, with `digits` decimals. */
  get peak(): string {
    return this.recent
      .get()
      .reduce((highest, value) => Math.max(highest, value), 0)
      .toFixed(this.digits);
  }

  /** The caption under the peak: `sparkline-label`, or how many seconds `history` one-per-second values span. */
  get spanLabel(): string {
    return this.sparklineLabel || `last ${this.kept} s`;
  }
}

// Once: anywidget evaluates its module again for every widget (dist/rivulet-widget.js).
defineOnce("riv-rate", RivRate);

declare global {
  interface HTMLElementTagNameMap {
    "riv-rate": RivRate;
  }
}
