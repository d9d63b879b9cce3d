// <riv-plot>: a live BokehJS figure over a ColumnDataSource that stream sinks append to, once per animation frame,
// and that reports where the pointer is in data coordinates, through BokehJS's own UI events.
import { css, type PropertyValues } from "lit";
import { Bokeh } from "./bokeh.js";
import { ReactiveHTML } from "./reactive-html.js";
import type { PlotEventOptions, PlotEventType, PlotSampleMap } from "./plot-events.js";
import { PlotPointer } from "./plot-pointer.js";
import { PlotWatch } from "./plot-watch.js";
import { PlotTools, parseActiveDrag, parseTools } from "./plot-tools.js";
import { PlotErrors, attributeText, isPlotError } from "./plot-ui-errors.js";
import { rovingToolbar } from "./plot-ui-toolbar.js";
import { addDrawLayer, parseDraw, type PlotDrawKind, type PlotDrawLayer } from "./plot-draw.js";
import { FrameBatcher } from "./frame-batcher.js";
import { plotFigure, type PlotFigure, type PlotSource, type PlotView } from "./plot-figure.js";
import { PlotShow } from "./plot-show.js";
import {
  checkBatch,
  checkRow,
  parseColumns,
  parseCount,
  parseGlyph,
  parseRange,
  type PlotGlyph,
  type PlotRange,
} from "./plot-options.js";

/** Options of `plot.streamSink()`. */
export interface StreamSinkOptions {
  /** Most rows the source keeps; default: the plot's `rollover`. */
  rollover?: number;
}

/**
 * A live BokehJS plot. Set `x-range`/`y-range` (`"0,100"`, or automatic), `title`, `x-label`, `y-label`,
 * `glyph` (`scatter` or `line`), `columns` (default `x,y`), `rollover` (default 10 000 rows), `tools`,
 * `active-drag` and `draw`. It fills its container's width. A refused attribute value shows in the element (a
 * `role="alert"` line, part `error`) and the console, and the attribute gets its last good value back. Feed it with `stream(columns)` or, from a stream graph, `.sink(plot.streamSink())`, which
 * draws everything that arrived within one animation frame with one `source.stream` call. Changing an attribute
 * other than `rollover` builds a new figure over the same source.
 *
 * @example
 * <riv-plot id="plot" x-range="0,100" y-range="0,100"></riv-plot>
 * const q = new AsyncQueue<PlotPointerSample>();
 * plot.onPlotEvent("pointermove", q.put);
 * fromQueue(q).sink(plot.streamSink());
 */
export class RivPlot extends ReactiveHTML {
  // An empty title keeps the element's `title` (the plot's heading) from showing as a tooltip over the plot.
  static override template =
    '<p id="error" part="error" role="alert">${errorText}</p>' +
    '<div id="figure" part="figure" title="" role="figure" aria-label="${figureLabel}"></div>';

  /**
   * Plot events that go into `queue` and are dispatched as `riv-event`, as `domEvents` does for DOM events.
   * A subclass declares them: `static override plotEvents = ["pointermove"]`.
   */
  static plotEvents: readonly PlotEventType[] = [];

  static override properties = {
    title: {},
    xLabel: { attribute: "x-label" },
    yLabel: { attribute: "y-label" },
    xRange: { attribute: "x-range", noAccessor: true },
    yRange: { attribute: "y-range", noAccessor: true },
    rollover: { noAccessor: true },
    glyph: { noAccessor: true },
    columns: { noAccessor: true },
    height: { noAccessor: true },
    tools: { noAccessor: true },
    activeDrag: { attribute: "active-drag", noAccessor: true },
    draw: { noAccessor: true },
    errorText: { state: true },
    figureLabel: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
    }
    #error {
      margin: 0 0 6px;
      padding: 8px 12px;
      border-left: 4px solid #c92a2a;
      background: #fff5f5;
      color: #7d1f1f;
      font:
        13px/1.45 system-ui,
        sans-serif;
      white-space: pre-line;
    }
    #error:empty {
      display: none;
    }
  `;

  /** The figure's title. */
  override title = "";
  /** What the error state shows: why the last attribute values were refused; `""` when all is well. */
  protected errorText = "";
  /** The figure's accessible name: its title, else what it plots. */
  protected figureLabel = "Plot";
  /** The x axis label. */
  xLabel = "";
  /** The y axis label. */
  yLabel = "";

  private options = {
    xRange: "auto" as PlotRange,
    yRange: "auto" as PlotRange,
    rollover: 10_000,
    glyph: "scatter" as PlotGlyph,
    columns: ["x", "y"] as readonly string[],
    height: 300,
    tools: parseTools(null),
    activeDrag: "auto",
    draw: "" as PlotDrawKind | "",
  };
  private currentSource: PlotSource | undefined;
  private currentFigure: PlotFigure | undefined;
  private figureSettings = "";
  private shown: PlotShow | undefined;
  private showFrame: number | undefined;
  private readonly batchers = new Set<FrameBatcher>();
  private readonly pointer = new PlotPointer(
    this.publish,
    () => (this.constructor as typeof RivPlot).plotEvents,
    () => this.currentTools?.setPointerBound(this.pointer.pointerBound),
  );
  private readonly watch = new PlotWatch(this.pointer);
  private readonly errors = new PlotErrors();
  private restoring = false;
  private releaseToolbar: (() => void) | undefined;
  private currentTools: PlotTools | undefined;
  private drawLayer: PlotDrawLayer | undefined;
  private readonly resizeObserver = new ResizeObserver(() => this.fitWidth());

  /** Fixed x range `[start, end]` or `"auto"`; the attribute takes `"0,100"`. */
  get xRange(): PlotRange {
    return this.options.xRange;
  }
  set xRange(value: readonly [number, number] | string | null) {
    this.setOption("xRange", parseRange("x-range", value));
  }

  /** Fixed y range `[start, end]` or `"auto"`; the attribute takes `"0,100"`. */
  get yRange(): PlotRange {
    return this.options.yRange;
  }
  set yRange(value: readonly [number, number] | string | null) {
    this.setOption("yRange", parseRange("y-range", value));
  }

  /** Most rows the source keeps; older ones roll off. */
  get rollover(): number {
    return this.options.rollover;
  }
  set rollover(value: number | string | null) {
    this.setOption("rollover", parseCount("rollover", value ?? 10_000));
  }

  /** `"scatter"` or `"line"`. */
  get glyph(): PlotGlyph {
    return this.options.glyph;
  }
  set glyph(value: string | null) {
    this.setOption("glyph", parseGlyph(value ?? "scatter"));
  }

  /**
   * The source's columns; the first two are drawn as x and y. Changing them clears the source, and the rows that
   * stream sinks hold for the next frame; the sinks take rows in the new columns from then on.
   */
  get columns(): readonly string[] {
    return this.options.columns;
  }
  set columns(value: readonly string[] | string | null) {
    const columns = parseColumns(value ?? ["x", "y"]);
    if (columns.join() === this.options.columns.join()) return;
    this.currentSource = undefined;
    this.currentFigure = undefined;
    this.setOption("columns", columns);
    for (const batcher of this.batchers) batcher.setColumns(columns);
  }

  /** Height of the figure in CSS pixels. */
  get height(): number {
    return this.options.height;
  }
  set height(value: number | string | null) {
    this.setOption("height", parseCount("height", value ?? 300));
  }

  /**
   * BokehJS tool names, comma separated (default `pan,wheel_zoom,box_zoom,reset,save`); `""` for no tools. The
   * attribute is `tools`.
   */
  get tools(): readonly string[] {
    return this.options.tools;
  }
  set tools(value: readonly string[] | string | null) {
    this.setOption("tools", parseTools(typeof value === "string" || value === null ? value : value.join(",")));
  }

  /**
   * The drag tool active at first: `"auto"` (default) leaves drags to the pointer samples while the plot reports
   * any (a declared `plotEvents` or an `onPlotEvent` callback), so they draw instead of panning, and to BokehJS's
   * choice otherwise; `"none"`; or a name from `tools`, e.g. `"pan"`. The user can pick another in the toolbar.
   */
  get activeDrag(): string {
    return this.options.activeDrag;
  }
  set activeDrag(value: string | null) {
    this.setOption("activeDrag", parseActiveDrag(value));
  }

  /**
   * A draw or edit tool whose drawing is reported as `draw` samples: `"point"`, `"freehand"`, `"box"`, `"poly"`,
   * or `""` for none. It is the active drag tool unless `active-drag` names another.
   */
  get draw(): PlotDrawKind | "" {
    return this.options.draw;
  }
  set draw(value: string | null) {
    this.setOption("draw", parseDraw(value));
  }

  /** The BokehJS `ColumnDataSource` the glyph draws; it keeps its rows while the element moves in the page. */
  get source(): PlotSource {
    return (this.currentSource ??= new Bokeh.ColumnDataSource({
      data: Object.fromEntries(this.options.columns.map((name) => [name, []])),
    }));
  }

  /**
   * The BokehJS figure, built from the current attributes: again when one of them changed, and each time the plot
   * is shown again after it left the page (BokehJS keeps a figure's old views alive, so each figure is shown once).
   */
  get figure(): PlotFigure {
    const { rollover: _rollover, ...shaping } = this.options;
    const settings = JSON.stringify([this.title, this.xLabel, this.yLabel, shaping]);
    if (this.currentFigure === undefined || settings !== this.figureSettings) {
      this.currentFigure = this.buildFigure();
      this.figureSettings = settings;
    }
    return this.currentFigure;
  }

  /** The figure's view while it is shown, for reading its frame and canvas. */
  get view(): PlotView | undefined {
    return this.shown?.view;
  }

  /**
   * Appends rows with BokehJS streaming, keeping at most `rollover` rows. Every column of the plot must be given,
   * all of the same length, with numbers in x and y; otherwise throws `PlotError` and changes nothing.
   */
  stream(columns: Readonly<Record<string, ArrayLike<unknown>>>, rollover: number = this.rollover): void {
    const keep = parseCount("rollover", rollover);
    this.source.stream(checkBatch(columns, this.options.columns, this.options.glyph), keep);
  }

  /** Removes every row, including rows that stream sinks hold for the next frame. */
  clear(): void {
    for (const batcher of this.batchers) batcher.discard();
    this.source.clear();
  }

  /**
   * A function for `.sink(...)` that takes rows (objects with the plot's columns, such as pointer samples) and
   * draws all rows of one animation frame with one `source.stream` call. It follows the plot's current `columns`.
   * A row without numbers in x and y throws `PlotError` when it is put (so a stream reports it to its source's
   * `onError`) and is not added.
   *
   * @example
   * fromQueue(q).sink(plot.streamSink({ rollover: 500 }));
   */
  streamSink(options: StreamSinkOptions = {}): (row: object) => void {
    const rollover = options.rollover === undefined ? undefined : parseCount("rollover", options.rollover);
    const batcher = new FrameBatcher(
      this.options.columns,
      (batch) => this.stream(batch, rollover ?? this.rollover),
      rollover ?? this.rollover,
    );
    this.batchers.add(batcher);
    if (this.isConnected) batcher.start();
    return (row) => {
      checkRow(row, this.options.columns, this.options.glyph);
      batcher.add(row);
    };
  }

  /**
   * Calls `callback` with a plain sample for every `type` event, in data coordinates, as BokehJS reports it:
   * pointer and gestures (`pointermove`, `pointerenter`, `pointerleave`, `tap`, `doubletap`, `press`, `pressup`,
   * `panstart`/`pan`/`panend`, `wheel`, `pinchstart`/`pinch`/`pinchend`), `rangesupdate`, `selectiongeometry`,
   * `selection`, `reset`, `plotsize` and `draw`; the sample's type follows `type`. With `{ coalesced: true }`,
   * every raw `pointermove` sample. While a pointer or gesture event has a callback, no drag tool is active unless
   * `active-drag` names one, so a drag reports samples instead of panning. Returns a function that removes it.
   *
   * @example
   * const stop = plot.onPlotEvent("pointermove", q.put, { coalesced: true });
   * plot.onPlotEvent("rangesupdate", (sample) => console.log(sample.x0, sample.x1));
   */
  onPlotEvent<K extends PlotEventType>(
    type: K,
    callback: (sample: PlotSampleMap[K]) => void,
    options: PlotEventOptions = {},
  ): () => void {
    return this.pointer.on(type, callback, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    for (const batcher of this.batchers) batcher.start();
    this.scheduleShow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    for (const batcher of this.batchers) {
      batcher.stop();
      batcher.flush();
    }
    if (this.showFrame !== undefined) cancelAnimationFrame(this.showFrame);
    this.showFrame = undefined;
    this.removeView();
  }

  /**
   * A refused attribute value shows in the element's alert and in the console, and the attribute gets the last
   * good value back, so attribute and property agree; the alert stays until that attribute is given a good value.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    try {
      super.attributeChangedCallback(name, old, value);
      if (!this.restoring && this.errors.accept(name)) this.errorText = this.errors.text;
    } catch (error) {
      if (!isPlotError(error) || this.restoring) throw error;
      this.errors.reject(name, error);
      this.errorText = this.errors.text;
      this.restoreAttribute(name);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { title, xLabel, yLabel } = this;
    this.figureLabel = title || (xLabel && yLabel ? `Plot of ${yLabel} against ${xLabel}` : "Plot");
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.scheduleShow();
  }

  /**
   * Shows the current figure in the next animation frame: a view takes BokehJS tens of milliseconds to build, so
   * a plot that moves, or whose attributes change several times, within one frame builds one view, not several.
   */
  private scheduleShow(): void {
    if (this.isConnected && this.showFrame === undefined) this.showFrame = requestAnimationFrame(this.showFigure);
  }

  private restoreAttribute(name: string): void {
    for (const [property, options] of (this.constructor as typeof RivPlot).elementProperties) {
      if (options.attribute !== name && !(options.attribute === undefined && String(property) === name)) continue;
      this.restoring = true;
      try {
        this.setAttribute(name, attributeText(this[property as keyof this]));
      } finally {
        this.restoring = false;
      }
    }
  }

  private setOption<K extends keyof RivPlot["options"]>(name: K, value: RivPlot["options"][K]): void {
    const old = this.options[name];
    this.options[name] = value;
    this.requestUpdate(name, old);
  }

  private buildFigure(): PlotFigure {
    const { title, xLabel, yLabel } = this;
    const width = Math.max(this.clientWidth, 100);
    const figure = plotFigure({ ...this.options, title, xLabel, yLabel, width }, this.source);
    this.drawLayer = this.options.draw === "" ? undefined : addDrawLayer(figure, this.options.draw);
    this.currentTools = new PlotTools(figure, this.options.tools, this.options.activeDrag, this.drawLayer?.gesture);
    this.currentTools.setPointerBound(this.pointer.pointerBound);
    // Subscribed before the figure joins a document: BokehJS only delivers events to models subscribed by then.
    this.pointer.subscribe(figure);
    return figure;
  }

  private readonly showFigure = (): void => {
    this.showFrame = undefined;
    const target = this.renderRoot.querySelector("#figure");
    if (!(target instanceof HTMLElement) || this.builtFigure() === undefined || this.shown?.figure === this.figure) {
      return;
    }
    this.removeView();
    const shown = new PlotShow(this.figure);
    this.shown = shown;
    void shown.render(target).then((view) => {
      if (view === undefined) return;
      // If a strict CSP blocks BokehJS's CSS (no constructable stylesheets), its layout would grow without end.
      view.el.style.maxHeight = `${this.height}px`;
      this.pointer.attach(view);
      this.watch.attach(view, this.source, this.drawLayer);
      this.releaseToolbar = rovingToolbar(view);
      this.fitWidth();
    });
  };

  /** The figure, or `undefined` with the error state showing why settings that only fail together do. */
  private builtFigure(): PlotFigure | undefined {
    try {
      const figure = this.figure;
      if (this.errors.accept("figure")) this.errorText = this.errors.text;
      return figure;
    } catch (error) {
      if (!isPlotError(error)) throw error;
      this.errors.reject("figure", error);
      this.errorText = this.errors.text;
      return undefined;
    }
  }

  private removeView(): void {
    this.pointer.detach();
    this.watch.detach();
    this.releaseToolbar?.();
    this.releaseToolbar = undefined;
    this.shown?.remove();
    // BokehJS's visual properties connect to their model's signals for good, so a model keeps every view ever
    // built for it alive: a figure is shown once, and showing the plot again builds a new one.
    // The figure's tools and draw layer go with it: they would keep the figure, and so its views, alive.
    if (this.currentFigure !== undefined && this.currentFigure === this.shown?.figure) {
      this.currentFigure = undefined;
      this.currentTools = undefined;
      this.drawLayer = undefined;
    }
    this.shown = undefined;
  }

  private fitWidth(): void {
    const width = Math.round(this.getBoundingClientRect().width);
    const figure = this.view?.model;
    if (figure !== undefined && width > 0 && figure.width !== width) figure.width = width;
  }
}

customElements.define("riv-plot", RivPlot);

declare global {
  interface HTMLElementTagNameMap {
    "riv-plot": RivPlot;
  }
}
