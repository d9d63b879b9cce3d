// The events a <riv-plot> reports and the samples it makes of them: BokehJS's own UI events and model changes, in
// data coordinates, as flat plain data (cloneable, like every other rivulet event sample), one shape per `type`.
import type { EventSample } from "./events.js";
import type { RatePolicy } from "./rate-policy.js";

/** BokehJS's name for each pointer and gesture event a `<riv-plot>` reports, keyed by the name rivulet uses. */
export const bokehPointerEventNames = {
  pointermove: "mousemove",
  pointerenter: "mouseenter",
  pointerleave: "mouseleave",
  tap: "tap",
  doubletap: "doubletap",
  press: "press",
  pressup: "pressup",
  panstart: "panstart",
  pan: "pan",
  panend: "panend",
  wheel: "wheel",
  pinchstart: "pinchstart",
  pinch: "pinch",
  pinchend: "pinchend",
} as const;

/**
 * The pointer and gesture events of a plot, named like DOM events.
 *
 * @example
 * const type: PlotPointerEventType = "tap";
 * plot.onPlotEvent(type, (sample) => console.log(sample.x, sample.y));
 */
export type PlotPointerEventType = keyof typeof bokehPointerEventNames;

/**
 * A pointer or gesture sample from a plot: an `EventSample` whose `x` and `y` are in **data coordinates** (the
 * plot's axes), with `sx`/`sy`, the position on the canvas in CSS pixels. `buttons`, `button`, `pointerType`,
 * `pressure` and the modifier keys come from the browser's own event. `pan` carries in `deltaX`/`deltaY` the
 * distance in CSS pixels since `panstart`; `wheel` the browser's wheel deltas; `pinch` its `scale` (1 otherwise).
 *
 * @example
 * plot.onPlotEvent("pointermove", (sample) => console.log(sample.x, sample.y, sample.buttons)); // 42.5 17.25 1
 */
export interface PlotPointerSample extends EventSample {
  readonly type: PlotPointerEventType;
  /** Horizontal position on the canvas, CSS pixels from its left edge. */
  readonly sx: number;
  /** Vertical position on the canvas, CSS pixels from its top edge. */
  readonly sy: number;
  /** `pinch`: the distance between the two pointers relative to `pinchstart`; 1 for every other event. */
  readonly scale: number;
}

/**
 * The visible data ranges after a pan, zoom or reset.
 *
 * @example
 * plot.onPlotEvent("rangesupdate", ({ x0, x1 }: PlotRangesSample) => console.log(`x from ${x0} to ${x1}`));
 */
export interface PlotRangesSample extends EventSample {
  readonly type: "rangesupdate";
  /** The x range's start, in data units. */
  readonly x0: number;
  /** The x range's end, in data units. */
  readonly x1: number;
  /** The y range's start, in data units. */
  readonly y0: number;
  /** The y range's end, in data units. */
  readonly y1: number;
}

/**
 * The shape a selection tool drew, in data units.
 *
 * @example
 * plot.onPlotEvent("selectiongeometry", ({ geometry }) => { if (geometry.kind === "rect") console.log(geometry.x0, geometry.x1); });
 */
export type PlotGeometry =
  | { readonly kind: "point"; readonly x: number; readonly y: number }
  | { readonly kind: "span"; readonly direction: "h" | "v"; readonly x: number; readonly y: number }
  | { readonly kind: "rect"; readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number }
  | { readonly kind: "poly"; readonly xs: readonly number[]; readonly ys: readonly number[] };

/**
 * The geometry of a box, lasso, polygon or tap selection; `final` once the gesture ended.
 *
 * @example
 * plot.onPlotEvent("selectiongeometry", (sample: PlotSelectionGeometrySample) => { if (sample.final) console.log(sample.geometry); });
 */
export interface PlotSelectionGeometrySample extends EventSample {
  readonly type: "selectiongeometry";
  /** The shape drawn, in data units. */
  readonly geometry: PlotGeometry;
  /** `true` when the gesture ended; `false` while it is still being drawn. */
  readonly final: boolean;
}

/**
 * The selected rows of the plot's source (HoloViews' `Selection1D`).
 *
 * @example
 * plot.onPlotEvent("selection", (sample: PlotSelectionSample) => console.log(sample.indices.length, "rows selected"));
 */
export interface PlotSelectionSample extends EventSample {
  readonly type: "selection";
  /** The row indices of the selected points. */
  readonly indices: readonly number[];
}

/**
 * The reset tool put the plot back.
 *
 * @example
 * plot.onPlotEvent("reset", (sample: PlotResetSample) => console.log("reset at", sample.time));
 */
export interface PlotResetSample extends EventSample {
  readonly type: "reset";
}

/**
 * The size of the plot's inner frame (where data is drawn) in CSS pixels, after it changed.
 *
 * @example
 * plot.onPlotEvent("plotsize", (sample: PlotSizeSample) => console.log(sample.width, sample.height));
 */
export interface PlotSizeSample extends EventSample {
  readonly type: "plotsize";
  readonly width: number;
  readonly height: number;
}

/**
 * What a draw or edit tool holds after the user drew, moved or deleted something (see `draw`).
 *
 * @example
 * plot.onPlotEvent("draw", (sample: PlotDrawSample) => console.log(sample.kind, sample.columns));
 */
export interface PlotDrawSample extends EventSample {
  readonly type: "draw";
  /** The `draw` attribute: `point`, `freehand`, `box` or `poly`. */
  readonly tool: string;
  /** Every column of the draw layer's source: numbers per point or box, arrays of numbers per line or polygon. */
  readonly columns: Readonly<Record<string, readonly number[] | readonly (readonly number[])[]>>;
}

/**
 * The sample type of each plot event.
 *
 * @example
 * const onRanges = (sample: PlotSampleMap["rangesupdate"]) => console.log(sample.y0, sample.y1);
 */
export type PlotSampleMap = { readonly [K in PlotPointerEventType]: PlotPointerSample } & {
  readonly rangesupdate: PlotRangesSample;
  readonly selectiongeometry: PlotSelectionGeometrySample;
  readonly selection: PlotSelectionSample;
  readonly reset: PlotResetSample;
  readonly plotsize: PlotSizeSample;
  readonly draw: PlotDrawSample;
};

/**
 * Every event a `<riv-plot>` reports.
 *
 * @example
 * const type: PlotEventType = "rangesupdate";
 * plot.onPlotEvent(type, console.log);
 */
export type PlotEventType = keyof PlotSampleMap;

/**
 * Any plot sample; narrow it by `type`.
 *
 * @example
 * const log = (sample: PlotSample) => { if (sample.type === "tap") console.log(sample.x); };
 */
export type PlotSample = PlotSampleMap[PlotEventType];

/**
 * Every plot event type, in a stable order.
 *
 * @example
 * for (const type of plotEventTypes) plot.onPlotEvent(type, (sample) => console.log(sample.type));
 */
export const plotEventTypes: readonly PlotEventType[] = [
  ...(Object.keys(bokehPointerEventNames) as PlotPointerEventType[]),
  "rangesupdate",
  "selectiongeometry",
  "selection",
  "reset",
  "plotsize",
  "draw",
];

/** Whether `type` is a pointer or gesture event (one that a drag tool would otherwise take). */
export function isPointerEventType(type: PlotEventType): type is PlotPointerEventType {
  return Object.hasOwn(bokehPointerEventNames, type);
}

/**
 * Options of `plot.onPlotEvent`; `throttle`/`debounce` limit the samples delivered (see `RatePolicy`).
 *
 * @example
 * plot.onPlotEvent("pointermove", queue.put, { coalesced: true, throttle: 16 });
 */
export interface PlotEventOptions extends RatePolicy {
  /**
   * `pointermove` only: report every raw pointer sample (`getCoalescedEvents()`), not only the one per frame that
   * the browser dispatches; they are mapped to data coordinates with the frame's scales.
   */
  readonly coalesced?: boolean;
}

/**
 * What a BokehJS point event carries, with the browser event BokehJS made it from, when there is one.
 *
 * @example
 * const sample = plotSample("tap", bokehEvent as BokehPointEvent, { left: 0, top: 0 });
 */
export interface BokehPointEvent {
  /** Canvas x in CSS px. */
  readonly sx: number;
  /** Canvas y in CSS px. */
  readonly sy: number;
  /** Data x. */
  readonly x: number;
  /** Data y. */
  readonly y: number;
  /** The modifier keys held. */
  readonly modifiers: { readonly shift: boolean; readonly ctrl: boolean; readonly alt: boolean };
  /** Horizontal pan or scroll amount, on pan and wheel events. */
  readonly delta_x?: number;
  /** Vertical pan or scroll amount, on pan and wheel events. */
  readonly delta_y?: number;
  /** The pinch scale, on pinch events. */
  readonly scale?: number;
}

/**
 * The fields every plot sample has: `node` is `"figure"`, and the pointer fields are empty.
 *
 * @example
 * const sample: PlotResetSample = { ...plotSampleBase("reset", performance.now()), type: "reset" };
 */
export function plotSampleBase(type: PlotEventType, t: number): EventSample {
  return {
    type,
    node: "figure",
    target: "figure",
    targetPath: [],
    t,
    time: performance.timeOrigin + t,
    x: 0,
    y: 0,
    clientX: 0,
    clientY: 0,
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
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
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
  };
}

/**
 * Makes the plain sample of a BokehJS point event, given where the canvas is in the viewport and the browser event
 * BokehJS made it from (a `PointerEvent`, or a `WheelEvent` for `wheel`).
 *
 * @example
 * plotSample("pointermove", { sx: 10, sy: 20, x: 1.5, y: 7, modifiers }, canvasBox, nativeEvent);
 */
export function plotSample(
  type: PlotPointerEventType,
  event: BokehPointEvent,
  canvas: { readonly left: number; readonly top: number },
  native?: Event,
): PlotPointerSample {
  const pointer = native instanceof MouseEvent ? native : undefined;
  const wheel = native instanceof WheelEvent ? native : undefined;
  const t = native?.timeStamp ?? performance.now();
  const touch = native instanceof PointerEvent ? native : undefined;
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
    buttons: pointer?.buttons ?? 0,
    button: type === "pointermove" || type === "pan" ? -1 : (pointer?.button ?? -1),
    pointerType: native instanceof PointerEvent ? native.pointerType : wheel !== undefined ? "mouse" : "",
    pressure: touch?.pressure ?? 0,
    pointerId: touch?.pointerId ?? -1,
    isPrimary: touch?.isPrimary ?? false,
    width: touch?.width ?? 0,
    height: touch?.height ?? 0,
    tiltX: touch?.tiltX ?? 0,
    tiltY: touch?.tiltY ?? 0,
    twist: touch?.twist ?? 0,
    movementX: pointer?.movementX ?? 0,
    movementY: pointer?.movementY ?? 0,
    altKey: event.modifiers.alt,
    ctrlKey: event.modifiers.ctrl,
    metaKey: pointer?.metaKey ?? false,
    shiftKey: event.modifiers.shift,
    key: "",
    code: "",
    repeat: false,
    isComposing: false,
    inputType: "",
    data: "",
    value: "",
    checked: false,
    deltaX: wheel?.deltaX ?? event.delta_x ?? 0,
    deltaY: wheel?.deltaY ?? event.delta_y ?? 0,
    deltaZ: wheel?.deltaZ ?? 0,
    deltaMode: wheel?.deltaMode ?? 0,
    files: [],
    detail: null,
    sx: event.sx,
    sy: event.sy,
    scale: event.scale ?? 1,
  };
}
