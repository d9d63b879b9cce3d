// Delivers the events of a <riv-plot> to callbacks as plain samples: BokehJS's own UI events (pointer, gestures,
// ranges, selection geometry, reset) with the browser event each was made from, on request every raw (coalesced)
// pointer sample, and the model changes that `PlotWatch` reports (selection, size, drawing).
import { PlotError } from "./plot-options.js";
import {
  bokehPointerEventNames,
  isPointerEventType,
  plotEventTypes,
  plotSample,
  type BokehPointEvent,
  type PlotEventOptions,
  type PlotEventType,
  type PlotPointerEventType,
  type PlotSample,
  type PlotSampleMap,
} from "./plot-events.js";
import { geometrySample, rangesSample, resetSample, type BokehGeometryEvent } from "./plot-model-samples.js";
import type { PlotModel, PlotView } from "./plot-figure.js";
import { eventBinding, rateGate, ratePolicyProblem, type EventBinding } from "./rate-policy.js";

type Listener = (sample: PlotSample) => void;
type Bus = PlotView["canvas_view"]["ui_event_bus"];
/** A BokehJS event as `trigger_event` receives it; its `event_name` says which it is. */
type RoutedEvent = { readonly event_name: string };

/** rivulet's name of each BokehJS pointer and gesture event, keyed by BokehJS's. */
const pointerTypeOf = new Map(
  Object.entries(bokehPointerEventNames).map(([type, name]) => [name as string, type as PlotPointerEventType]),
);

/**
 * The event callbacks of one plot. `subscribe` hooks a figure's BokehJS events, `attach`/`detach` follow the
 * figure's view in and out of the page (the raw samples and browser events need its canvas); `publish` also
 * receives the samples of the event types `published()` lists; `onBindingsChange` hears when pointer bindings
 * come or go.
 *
 * @example
 * const pointer = new PlotPointer(queue.put, () => ["pointermove"], () => tools.setPointerBound(pointer.pointerBound));
 * pointer.subscribe(figure);
 * pointer.attach(await Bokeh.Plotting.show(figure, element));
 */
export class PlotPointer {
  // Replaced, never mutated, so a callback that removes itself does not disturb the loop that calls it.
  private readonly listeners = new Map<PlotEventType | "coalesced", readonly Listener[]>();
  private view: PlotView | undefined;
  private bus: Bus | undefined;
  /** The browser event BokehJS is turning into a UI event right now. */
  private native: Event | undefined;

  constructor(
    private readonly publish: (sample: PlotSample) => void,
    private readonly published: () => readonly PlotEventType[],
    private readonly onBindingsChange: () => void = () => undefined,
  ) {}

  /** Adds a callback; returns the function that removes it. See `RivPlot.onPlotEvent`. */
  on<K extends PlotEventType>(
    type: K,
    callback: (sample: PlotSampleMap[K]) => void,
    options: PlotEventOptions = {},
  ): EventBinding {
    if (!plotEventTypes.includes(type)) {
      throw new PlotError(`riv-plot.onPlotEvent: "${String(type)}" is not one of ${plotEventTypes.join(", ")}`);
    }
    if (options.coalesced === true && type !== "pointermove") {
      throw new PlotError(`riv-plot.onPlotEvent: coalesced samples exist for "pointermove" only, not "${type}"`);
    }
    const problem = ratePolicyProblem(options);
    if (problem !== undefined) throw new PlotError(`riv-plot.onPlotEvent: "${type}": ${problem}`);
    const gate = rateGate(callback, options, `<riv-plot> ${type}`);
    const listener = gate?.offer ?? callback;
    const key = options.coalesced === true ? "coalesced" : type;
    this.listeners.set(key, [...(this.listeners.get(key) ?? []), listener as Listener]);
    this.onBindingsChange();
    return eventBinding(() => {
      const remaining = (this.listeners.get(key) ?? []).filter((one) => one !== listener);
      this.listeners.set(key, remaining);
      this.onBindingsChange();
    }, gate);
  }

  /** Whether any pointer or gesture event has a callback or is published: then a drag belongs to them. */
  get pointerBound(): boolean {
    if (this.published().some(isPointerEventType)) return true;
    for (const [key, listeners] of this.listeners) {
      if (listeners.length > 0 && (key === "coalesced" || isPointerEventType(key))) return true;
    }
    return false;
  }

  /** Whether a sample of `type` has anyone to go to. */
  wants(type: PlotEventType): boolean {
    return (this.listeners.get(type)?.length ?? 0) > 0 || this.published().includes(type);
  }

  /** Delivers `sample` to its type's callbacks and, if its type is published, to `publish`. */
  emit(sample: PlotSample): void {
    const listeners = this.listeners.get(sample.type);
    if (listeners !== undefined) for (const listener of listeners) listener(sample);
    if (this.published().includes(sample.type)) this.publish(sample);
  }

  /**
   * Hooks the events BokehJS triggers on `figure` (pointer, gestures, ranges, selection geometry, reset); returns
   * the function that unhooks them. An own property shadows the model's `trigger_event` until then, so a figure
   * already in a document (an adopted one) reports them too, and nothing stays on it afterwards.
   */
  subscribe(figure: PlotModel): () => void {
    if (Object.hasOwn(figure, "trigger_event")) {
      throw new PlotError(
        "riv-plot: this figure's events already go to another <riv-plot>; release it there first (plot.adopt(null))",
      );
    }
    const trigger = figure.trigger_event.bind(figure);
    Object.defineProperty(figure, "trigger_event", {
      configurable: true,
      value: (event: Parameters<PlotModel["trigger_event"]>[0]) => {
        trigger(event);
        this.route(event);
      },
    });
    return () => {
      delete (figure as Partial<PlotModel>).trigger_event;
    };
  }

  /** Starts reporting raw samples and browser events over `view`'s canvas. */
  attach(view: PlotView): void {
    this.detach();
    this.view = view;
    view.canvas_view.events_el.addEventListener("pointermove", this.onRawPointerMove, { passive: true });
    // BokehJS makes its UI event from the browser's and drops the latter; seeing it pass gives the real buttons,
    // pointer type and pressure. An own property shadows the prototype's method until `detach` deletes it.
    const bus = view.canvas_view.ui_event_bus;
    const trigger = bus._trigger_bokeh_event.bind(bus);
    Object.defineProperty(bus, "_trigger_bokeh_event", {
      configurable: true,
      value: (
        plotView: Parameters<Bus["_trigger_bokeh_event"]>[0],
        event: Parameters<Bus["_trigger_bokeh_event"]>[1],
      ) => {
        this.native = event.native;
        try {
          trigger(plotView, event);
        } finally {
          this.native = undefined;
        }
      },
    });
    this.bus = bus;
  }

  /** Releases what `attach` added. */
  detach(): void {
    this.view?.canvas_view.events_el.removeEventListener("pointermove", this.onRawPointerMove);
    if (this.bus !== undefined) delete (this.bus as Partial<Bus>)._trigger_bokeh_event;
    this.bus = undefined;
    this.view = undefined;
  }

  private route(event: RoutedEvent): void {
    const type = pointerTypeOf.get(event.event_name);
    if (type !== undefined) this.dispatch(type, event as unknown as BokehPointEvent);
    else if (event.event_name === "rangesupdate") {
      if (this.wants("rangesupdate")) this.emit(rangesSample(event as unknown as Parameters<typeof rangesSample>[0]));
    } else if (event.event_name === "selectiongeometry") {
      if (this.wants("selectiongeometry")) this.emit(geometrySample(event as unknown as BokehGeometryEvent));
    } else if (event.event_name === "reset" && this.wants("reset")) this.emit(resetSample());
  }

  private dispatch(type: PlotPointerEventType, event: BokehPointEvent): void {
    if (!this.wants(type)) return;
    const box = this.view?.canvas_view.events_el.getBoundingClientRect() ?? { left: 0, top: 0 };
    this.emit(plotSample(type, event, box, this.native));
  }

  private readonly onRawPointerMove = (event: PointerEvent): void => {
    const listeners = this.listeners.get("coalesced");
    const view = this.view;
    if (listeners === undefined || listeners.length === 0 || view === undefined) return;
    const box = view.canvas_view.events_el.getBoundingClientRect();
    const { x_scale, y_scale } = view.frame;
    const modifiers = { shift: event.shiftKey, ctrl: event.ctrlKey, alt: event.altKey };
    const raw = event.getCoalescedEvents();
    for (const one of raw.length > 0 ? raw : [event]) {
      const sx = one.clientX - box.left;
      const sy = one.clientY - box.top;
      const point = { sx, sy, x: x_scale.invert(sx), y: y_scale.invert(sy), modifiers };
      const sample = plotSample("pointermove", point, box, one);
      for (const listener of listeners) listener(sample);
    }
  };
}
