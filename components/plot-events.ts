// The pointer events a <riv-plot> reports and the samples it makes of them: BokehJS's own UI events, which carry
// the pointer in data coordinates, turned into the same plain shape as every other rivulet event sample.
import type { EventSample } from "./events.js";
import type { RatePolicy } from "./rate-policy.js";

/** BokehJS's name for each pointer event a `<riv-plot>` reports, keyed by the DOM-style name rivulet uses. */
export const bokehEventNames = {
  pointermove: "mousemove",
  pointerenter: "mouseenter",
  pointerleave: "mouseleave",
  tap: "tap",
  doubletap: "doubletap",
} as const;

/** The pointer events a `<riv-plot>` reports, named like DOM events. */
export type PlotEventType = keyof typeof bokehEventNames;

/** Every plot event type, in a stable order. */
export const plotEventTypes = Object.keys(bokehEventNames) as PlotEventType[];

/**
 * A pointer sample from a plot: an `EventSample` whose `x` and `y` are in **data coordinates** (the plot's axes),
 * with `sx`/`sy`, the position on the canvas in CSS pixels. `node` is `"figure"`.
 *
 * @example
 * plot.onPlotEvent("pointermove", (sample) => console.log(sample.x, sample.y)); // e.g. 42.5 17.25
 */
export interface PlotPointerSample extends EventSample {
  readonly type: PlotEventType;
  /** Horizontal position on the canvas, CSS pixels from its left edge. */
  readonly sx: number;
  /** Vertical position on the canvas, CSS pixels from its top edge. */
  readonly sy: number;
}

/** Options of `plot.onPlotEvent`; `throttle`/`debounce` limit the samples delivered (see `RatePolicy`). */
export interface PlotEventOptions extends RatePolicy {
  /**
   * `pointermove` only: report every raw pointer sample (`getCoalescedEvents()`), not only the one per frame that
   * the browser dispatches; they are mapped to data coordinates with the frame's scales.
   */
  readonly coalesced?: boolean;
}

/** What a BokehJS point event carries. */
export interface BokehPointEvent {
  readonly sx: number;
  readonly sy: number;
  readonly x: number;
  readonly y: number;
  readonly modifiers: { readonly shift: boolean; readonly ctrl: boolean; readonly alt: boolean };
}

/**
 * Makes the plain sample of a BokehJS point event, given where the canvas is in the viewport.
 *
 * @example
 * figure.on_event("mousemove", (event) => queue.put(plotSample("pointermove", event, canvasBox)));
 */
export function plotSample(
  type: PlotEventType,
  event: BokehPointEvent,
  canvas: { readonly left: number; readonly top: number },
  t: number = performance.now(),
): PlotPointerSample {
  return {
    type,
    node: "figure",
    target: "figure",
    targetPath: [],
    t,
    time: performance.timeOrigin + t,
    x: event.x,
    y: event.y,
    clientX: canvas.left + event.sx,
    clientY: canvas.top + event.sy,
    buttons: 0,
    button: -1,
    pointerType: "",
    pressure: 0,
    pointerId: -1,
    isPrimary: false,
    width: 0,
    height: 0,
    tiltX: 0,
    tiltY: 0,
    twist: 0,
    movementX: 0,
    movementY: 0,
    altKey: event.modifiers.alt,
    ctrlKey: event.modifiers.ctrl,
    metaKey: false,
    shiftKey: event.modifiers.shift,
    key: "",
    code: "",
    repeat: false,
    isComposing: false,
    inputType: "",
    data: "",
    value: "",
    checked: false,
    deltaX: 0,
    deltaY: 0,
    deltaZ: 0,
    deltaMode: 0,
    files: [],
    detail: null,
    sx: event.sx,
    sy: event.sy,
  };
}
