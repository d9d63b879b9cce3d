// Delivers the pointer events of a <riv-plot> to callbacks in data coordinates: BokehJS's own UI events, and on
// request every raw (coalesced) pointer sample, mapped with the frame's scales as BokehJS maps its own.
import { PlotError } from "./plot-options.js";
import {
  bokehEventNames,
  plotEventTypes,
  plotSample,
  type BokehPointEvent,
  type PlotEventOptions,
  type PlotEventType,
  type PlotPointerSample,
} from "./plot-events.js";
import type { PlotFigure, PlotView } from "./plot-figure.js";
import { eventBinding, rateGate, ratePolicyProblem, type EventBinding } from "./rate-policy.js";

type Listener = (sample: PlotPointerSample) => void;

/**
 * The pointer callbacks of one plot. `subscribe` hooks a new figure's BokehJS events, `attach`/`detach` follow the
 * figure's view in and out of the page (the raw samples need its canvas); `publish` also receives the samples of
 * the event types `published()` lists.
 *
 * @example
 * const pointer = new PlotPointer(queue.put, () => ["pointermove"]);
 * pointer.subscribe(figure);
 * pointer.attach(await Bokeh.Plotting.show(figure, element));
 */
export class PlotPointer {
  // Replaced, never mutated, so a callback that removes itself does not disturb the loop that calls it.
  private readonly listeners = new Map<PlotEventType | "coalesced", readonly Listener[]>();
  private view: PlotView | undefined;

  constructor(
    private readonly publish: Listener,
    private readonly published: () => readonly PlotEventType[],
  ) {}

  /** Adds a callback; returns the function that removes it. See `RivPlot.onPlotEvent`. */
  on(type: PlotEventType, callback: Listener, options: PlotEventOptions = {}): EventBinding {
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
    this.listeners.set(key, [...(this.listeners.get(key) ?? []), listener]);
    return eventBinding(() => {
      const remaining = (this.listeners.get(key) ?? []).filter((one) => one !== listener);
      this.listeners.set(key, remaining);
    }, gate);
  }

  /** Hooks a new figure's events; call it before the figure is shown, when BokehJS subscribes models. */
  subscribe(figure: PlotFigure): void {
    for (const type of plotEventTypes) figure.on_event(bokehEventNames[type], (event) => this.dispatch(type, event));
  }

  /** Starts reporting raw samples over `view`'s canvas. */
  attach(view: PlotView): void {
    this.detach();
    this.view = view;
    view.canvas_view.events_el.addEventListener("pointermove", this.onRawPointerMove, { passive: true });
  }

  /** Releases the canvas listener that `attach` added. */
  detach(): void {
    this.view?.canvas_view.events_el.removeEventListener("pointermove", this.onRawPointerMove);
    this.view = undefined;
  }

  private dispatch(type: PlotEventType, event: BokehPointEvent): void {
    const listeners = this.listeners.get(type);
    const published = this.published().includes(type);
    if (!published && (listeners === undefined || listeners.length === 0)) return;
    const box = this.view?.canvas_view.events_el.getBoundingClientRect() ?? { left: 0, top: 0 };
    const sample = plotSample(type, event, box);
    if (listeners !== undefined) for (const listener of listeners) listener(sample);
    if (published) this.publish(sample);
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
      const sample = plotSample("pointermove", point, box, one.timeStamp);
      for (const listener of listeners) listener(sample);
    }
  };
}
