// <riv-plot>: a live BokehJS figure over a ColumnDataSource that stream sinks append to, once per animation frame,
// and that reports where the pointer is in data coordinates, through BokehJS's own UI events.
import { css, type PropertyValues } from "lit";
import { ReactiveHTML } from "./reactive-html.js";
import type { PlotEventOptions, PlotEventType, PlotSampleMap } from "./plot-events.js";
import { PlotPointer } from "./plot-pointer.js";
import type { EventBinding } from "./rate-policy.js";
import { PlotWatch } from "./plot-watch.js";
import { PlotTools, parseActiveDrag, parseTools } from "./plot-tools.js";
import { PlotErrors, attributeText, isPlotError } from "./plot-ui-errors.js";
import { rovingToolbar } from "./plot-ui-toolbar.js";
import { addDrawLayer, parseDraw, type PlotDrawKind, type PlotDrawLayer } from "./plot-draw.js";
import { plotFigure, type PlotFigure, type PlotSource, type PlotView } from "./plot-figure.js";
import { AdoptedTools, checkAdoption, figureView, type PlotAdoption } from "./plot-adopt.js";
import { PlotShow } from "./plot-show.js";
import { PlotLayer, type PlotLayerOptions, type PlotSinkValue, type StreamSinkOptions } from "./plot-layer.js";
import { glyphShape } from "./plot-glyph.js";
import { chooseBackend, parseOutputBackend, type PlotBackendOption } from "./plot-backend.js";
import { parseRasterize, rasterFrom, type PlotRasterOption } from "./plot-raster.js";
import {
  PlotError,
  parseColumns,
  parseCount,
  parseGlyph,
  parseRange,
  type PlotGlyph,
  type PlotRange,
} from "./plot-options.js";

export type { StreamSinkOptions } from "./plot-layer.js";
export type { PlotAdoption } from "./plot-adopt.js";

/** An adopted figure while the plot is in the page: the view it listens to and what it must undo. */
interface AdoptedAttachment {
  readonly view: PlotView;
  tools: AdoptedTools;
  activeDrag: string;
  readonly unsubscribe: () => void;
}

/**
 * A live BokehJS plot. Set `x-range`/`y-range` (`"0,100"`, or automatic), `title`, `x-label`, `y-label`,
 * `glyph` (`scatter`, `line`, `segment`, `histogram` or `heatmap`), `columns` (default: the glyph's, `x,y` for a
 * scatter), `rollover` (default 10 000 rows), `output-backend` (`auto`, `canvas` or `webgl`; `auto` draws on the
 * canvas), `rasterize` (`auto`: a scatter holding 1,000 rows or more, 250 in a WebGL plot, is drawn as one picture), `tools`,
 * `active-drag` and `draw`. It fills its container's width. A refused attribute value
 * shows in the element (a `role="alert"` line, part `error`) and the console, and the attribute gets its last good
 * value back. Feed it with `stream(columns)` or, from a stream graph, `.sink(plot.streamSink())`, which draws
 * everything that arrived within one animation frame with one `source.stream` call. That is its default layer;
 * `layer(name, options)` adds more glyphs, each over its own source. Changing an attribute other than `rollover`
 * builds a new figure over the same sources. `adopt({ figure, source })` takes a Bokeh figure that the page already
 * shows instead of building one.
 *
 * @example
 * <riv-plot id="plot" x-range="0,100" y-range="0,100"></riv-plot>
 * const q = new AsyncQueue<PlotPointerSample>();
 * plot.onPlotEvent("pointermove", q.put);
 * fromQueue(q).sink(plot.streamSink());
 * fromQueue(q).histogram2d({ x: [0, 100, 50], y: [0, 100, 50] }).sink(plot.layer("heat", { glyph: "heatmap" }).streamSink());
 *
 * @fires riv-event - each sample of a subclass's `static plotEvents` (`detail`: a `PlotSample`), as it goes into `queue`
 * @csspart error - the message shown above the plot when an attribute or a data value is wrong
 * @csspart figure - the box the BokehJS figure is drawn in
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
    outputBackend: { attribute: "output-backend", noAccessor: true },
    rasterize: { noAccessor: true },
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
    outputBackend: "auto" as PlotBackendOption,
    rasterize: "auto" as PlotRasterOption,
    tools: parseTools(null),
    activeDrag: "auto",
    draw: "" as PlotDrawKind | "",
  };
  private columnsGiven = false;
  private readonly defaultLayer = new PlotLayer(
    "default",
    {},
    () => this.rollover,
    () => this.rasterFrom(),
  );
  private readonly layers = new Map<string, PlotLayer>();
  private currentFigure: PlotFigure | undefined;
  private figureSettings = "";
  private shown: PlotShow | undefined;
  private showFrame: number | undefined;
  private readonly pointer = new PlotPointer(
    this.publish,
    () => (this.constructor as typeof RivPlot).plotEvents,
    () => (this.attachment?.tools ?? this.currentTools)?.setPointerBound(this.pointer.pointerBound),
  );
  private readonly watch = new PlotWatch(this.pointer);
  private readonly errors = new PlotErrors();
  private restoring = false;
  private releaseToolbar: (() => void) | undefined;
  private currentTools: PlotTools | undefined;
  private drawLayer: PlotDrawLayer | undefined;
  private adoption: PlotAdoption | undefined;
  private attachment: AdoptedAttachment | undefined;
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

  /**
   * The default layer's glyph: `"scatter"`, `"line"`, `"segment"`, `"histogram"` or `"heatmap"`. Without a
   * `columns` attribute the columns follow it (`x,y`; `x0,y0,x1,y1`; `left,right,top`; a heatmap's own).
   */
  get glyph(): PlotGlyph {
    return this.options.glyph;
  }
  set glyph(value: string | null) {
    const glyph = parseGlyph(value ?? "scatter");
    const columns = this.columnsGiven ? parseColumns(this.options.columns, glyph) : glyphShape(glyph).columns;
    this.checkAdoptedColumns(columns);
    this.setOption("glyph", glyph);
    this.reshape(columns);
  }

  /**
   * The default layer's columns; the first ones place its glyph (x and y for a scatter). Changing them clears its
   * source, and the rows that stream sinks hold for the next frame; the sinks take rows in the new columns from
   * then on.
   */
  get columns(): readonly string[] {
    return this.options.columns;
  }
  set columns(value: readonly string[] | string | null) {
    const columns = parseColumns(value ?? glyphShape(this.options.glyph).columns, this.options.glyph);
    this.checkAdoptedColumns(columns);
    this.columnsGiven = value !== null && value !== undefined;
    this.reshape(columns);
  }

  /** Height of the figure in CSS pixels. */
  get height(): number {
    return this.options.height;
  }
  set height(value: number | string | null) {
    this.setOption("height", parseCount("height", value ?? 300));
  }

  /**
   * What the figure draws with: `"canvas"`, `"webgl"` (BokehJS's WebGL backend, loaded on first use), or `"auto"`
   * (the default): the canvas, which measured quicker than software WebGL at every row count (see `rasterize` for
   * many rows).
   */
  get outputBackend(): PlotBackendOption {
    return this.options.outputBackend;
  }
  set outputBackend(value: string | null) {
    this.setOption("outputBackend", parseOutputBackend(value));
  }

  /**
   * When scatter layers are drawn as one picture (painted in the page, drawn with BokehJS's `image_rgba`, like
   * HoloViews' `rasterize`) instead of one BokehJS marker each: `"auto"` (the default) while a layer holds at least
   * `rasterRows` (1,000) rows, `webglRasterRows` (250) in a WebGL plot, `"on"` always, `"off"` never. A picture is quick to draw whatever the rows, follows
   * the ranges and the plot's size, and draws circles only (other markers stay BokehJS's); its rows cannot be
   * hovered or selected with the selection tools.
   */
  get rasterize(): PlotRasterOption {
    return this.options.rasterize;
  }
  set rasterize(value: string | null) {
    this.setOption("rasterize", parseRasterize(value));
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

  /**
   * The default layer's BokehJS `ColumnDataSource`; it keeps its rows while the element moves in the page. While a
   * figure is adopted with a source, that source.
   */
  get source(): PlotSource {
    return this.defaultLayer.source;
  }

  /**
   * The BokehJS figure, built from the current attributes: again when one of them changed, and each time the plot
   * is shown again after it left the page (BokehJS keeps a figure's old views alive, so each figure is shown once).
   * It is the plot's own; an adopted figure is `adopted.figure`.
   */
  get figure(): PlotFigure {
    const { outputBackend, ...shaping } = this.options;
    const backend = chooseBackend(outputBackend);
    // The rollover shapes no figure: a layer switches to and from its picture (`rasterize`) as its rows cross it.
    const settings = JSON.stringify([
      this.title,
      this.xLabel,
      this.yLabel,
      { ...shaping, rollover: undefined },
      backend,
    ]);
    if (this.currentFigure === undefined || settings !== this.figureSettings) {
      this.currentFigure = this.buildFigure();
      this.figureSettings = settings;
    }
    return this.currentFigure;
  }

  /** The figure's view while it is shown (the adopted figure's, while the plot adopts one and is in the page). */
  get view(): PlotView | undefined {
    return this.shown?.view ?? this.attachment?.view;
  }

  /** The figure and source given to `adopt`, until `adopt(null)`. */
  get adopted(): PlotAdoption | undefined {
    return this.adoption;
  }

  /**
   * Adopts a Bokeh figure that the page's BokehJS already shows (embedded with `Bokeh.embed.embed_item`, by a
   * Bokeh server or in a notebook) instead of building and showing one: its plot events (`onPlotEvent`,
   * `static plotEvents`, `riv-event`) come from that figure's view, and the default layer's `stream`,
   * `streamSink` and `clear` go to `source`, whose columns must be the plot's `columns`, with `rollover`. The
   * figure keeps its own tools, ranges, title, size and glyphs: `tools`, `draw`, `x-range`/`y-range`, `title`,
   * the labels and `height` shape only figures the plot builds, and other layers are drawn on those only. The
   * `active-drag` rule applies to its toolbar: with `"auto"`, no drag tool is active while pointer events are
   * bound, so a drag reports samples instead of panning. `adopt(null)`, another `adopt`, or the plot leaving the
   * page removes everything it added to the figure and gives the toolbar its own active drag back; after
   * `adopt(null)` the plot builds its own figure again, over its own sources. Throws `PlotError` when the figure
   * has no view in the page, or the source does not fit.
   *
   * @example
   * const views = await Bokeh.embed.embed_item(item, "app");
   * const figure = Bokeh.documents.at(-1).get_model_by_name("moves");
   * plot.adopt({ figure, source: figure.renderers[0].data_source });
   * plot.onPlotEvent("pointermove", q.put);
   * fromQueue(q).sink(plot.streamSink());
   */
  adopt(adoption: PlotAdoption | null): void {
    const checked = adoption === null ? undefined : checkAdoption(adoption, this.options.columns);
    if (checked !== undefined && checked.figure !== this.adoption?.figure) {
      if (figureView(checked.figure) === undefined) {
        throw new PlotError(
          "riv-plot.adopt: the figure has no view in this page; show it first (e.g. await Bokeh.embed.embed_item(...)) and adopt it then",
        );
      }
      if (Object.hasOwn(checked.figure, "trigger_event")) {
        throw new PlotError("riv-plot.adopt: another <riv-plot> adopts this figure; call adopt(null) on it first");
      }
    }
    this.detachAdopted();
    this.removeView();
    this.currentFigure = undefined;
    this.currentTools = undefined;
    this.drawLayer = undefined;
    this.adoption = checked;
    this.defaultLayer.useSource(checked?.source);
    if (this.errors.accept("adopt")) this.errorText = this.errors.text;
    this.scheduleShow();
  }

  /**
   * Appends rows to the default layer with BokehJS streaming, keeping at most `rollover` rows. Every column of the
   * plot must be given, all of the same length, with numbers in x and y; otherwise throws `PlotError` and changes
   * nothing.
   */
  stream(columns: Readonly<Record<string, ArrayLike<unknown>>>, rollover: number = this.rollover): void {
    this.defaultLayer.stream(columns, rollover);
  }

  /** Removes every row of the default layer, including rows that stream sinks hold for the next frame. */
  clear(): void {
    this.defaultLayer.clear();
  }

  /**
   * A function for `.sink(...)` that takes rows (objects with the plot's columns, such as pointer samples) and
   * draws all rows of one animation frame with one `source.stream` call, on the default layer. It follows the
   * plot's current `columns`. A row without numbers in x and y throws `PlotError` when it is put (so a stream
   * reports it to its source's `onError`) and is not added. With `glyph="heatmap"` or `"histogram"` it takes the
   * counts of the `histogram2d` or `histogram` operator instead; see {@link PlotLayer.streamSink}.
   *
   * @example
   * fromQueue(q).sink(plot.streamSink({ rollover: 500 }));
   */
  streamSink(options: StreamSinkOptions = {}): (value: PlotSinkValue) => void {
    return this.defaultLayer.streamSink(options);
  }

  /**
   * The layer `name`: with `options`, a new glyph over its own source, drawn above the layers before it; without,
   * the layer made before (or a new scatter). `"default"` is the plot's own glyph, set by its attributes. A layer
   * has `stream`, `set`, `clear`, `streamSink` and `source`, like the plot; it stays when the figure is rebuilt.
   *
   * @example
   * const now = plot.layer("now", { glyph: "scatter", size: 14, color: "#e11d48", rollover: 1 });
   * samples.sink(now.streamSink());
   */
  layer(name: string, options?: PlotLayerOptions): PlotLayer {
    const existing = name === "default" ? this.defaultLayer : this.layers.get(name);
    if (existing !== undefined && options !== undefined) {
      throw new PlotError(
        `riv-plot.layer: "${name}" is already a layer; get it with plot.layer("${name}"), or removeLayer("${name}") first`,
      );
    }
    if (existing !== undefined) return existing;
    const layer = new PlotLayer(
      name,
      options ?? {},
      () => this.rollover,
      () => this.rasterFrom(),
    );
    this.layers.set(name, layer);
    if (this.isConnected) layer.start();
    if (this.currentFigure !== undefined) layer.draw(this.currentFigure);
    return layer;
  }

  /** Removes the layer `name` (not `"default"`) from the plot, with its source and what its sinks hold. */
  removeLayer(name: string): void {
    const layer = this.layers.get(name);
    if (layer === undefined) return;
    this.layers.delete(name);
    layer.stop();
    layer.clear();
    if (this.currentFigure !== undefined) layer.undraw(this.currentFigure);
  }

  /**
   * Calls `callback` with a plain sample for every `type` event, in data coordinates, as BokehJS reports it:
   * pointer and gestures (`pointermove`, `pointerenter`, `pointerleave`, `tap`, `doubletap`, `press`, `pressup`,
   * `panstart`/`pan`/`panend`, `wheel`, `pinchstart`/`pinch`/`pinchend`), `rangesupdate`, `selectiongeometry`,
   * `selection`, `reset`, `plotsize` and `draw`; the sample's type follows `type`. With `{ coalesced: true }`,
   * every raw `pointermove` sample. While a pointer or gesture event has a callback, no drag tool is active unless
   * `active-drag` names one, so a drag reports samples instead of panning. `throttle`/`debounce` set a rate policy.
   * Returns a function that removes it, whose `dropped` counts what the policy dropped.
   *
   * @example
   * const stop = plot.onPlotEvent("pointermove", q.put, { coalesced: true });
   * plot.onPlotEvent("rangesupdate", (sample) => console.log(sample.x0, sample.x1));
   */
  onPlotEvent<K extends PlotEventType>(
    type: K,
    callback: (sample: PlotSampleMap[K]) => void,
    options: PlotEventOptions = {},
  ): EventBinding {
    return this.pointer.on(type, callback, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    for (const layer of this.allLayers()) layer.start();
    this.scheduleShow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    for (const layer of this.allLayers()) layer.stop();
    if (this.showFrame !== undefined) cancelAnimationFrame(this.showFrame);
    this.showFrame = undefined;
    this.removeView();
    this.detachAdopted();
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

  private rasterFrom(): number {
    return rasterFrom(this.options.rasterize, chooseBackend(this.options.outputBackend));
  }

  private allLayers(): PlotLayer[] {
    return [this.defaultLayer, ...this.layers.values()];
  }

  /** Gives the default layer new columns (or the same ones, for a new glyph); new columns need a new figure. */
  private reshape(columns: readonly string[]): void {
    if (columns.join() !== this.options.columns.join()) {
      this.currentFigure = undefined;
      this.setOption("columns", columns);
    }
    this.defaultLayer.reshape(this.options.glyph, columns);
  }

  private buildFigure(): PlotFigure {
    const { title, xLabel, yLabel } = this;
    const width = Math.max(this.clientWidth, 100);
    const outputBackend = chooseBackend(this.options.outputBackend);
    const figure = plotFigure({ ...this.options, title, xLabel, yLabel, width, outputBackend }, this.allLayers());
    this.drawLayer = this.options.draw === "" ? undefined : addDrawLayer(figure, this.options.draw);
    this.currentTools = new PlotTools(figure, this.options.tools, this.options.activeDrag, this.drawLayer?.gesture);
    this.currentTools.setPointerBound(this.pointer.pointerBound);
    // Subscribed before the figure joins a document: BokehJS only delivers events to models subscribed by then.
    this.pointer.subscribe(figure);
    return figure;
  }

  private readonly showFigure = (): void => {
    this.showFrame = undefined;
    if (this.adoption !== undefined) return this.attachAdopted(this.adoption);
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
      // The layers let go of it too: a layer drawn as a picture holds its figure to follow its ranges.
      for (const layer of this.allLayers()) layer.undraw(this.currentFigure);
      this.currentFigure = undefined;
      this.currentTools = undefined;
      this.drawLayer = undefined;
    }
    this.shown = undefined;
  }

  /**
   * Listens to the adopted figure's view and applies the active-drag rule to its toolbar, or shows why it cannot;
   * after a change of `active-drag`, only the rule is applied again.
   */
  private attachAdopted(adoption: PlotAdoption): void {
    try {
      const attached = this.attachment;
      if (attached !== undefined) {
        if (attached.activeDrag !== this.options.activeDrag) this.replaceAdoptedTools(attached);
        return;
      }
      const view = figureView(adoption.figure);
      if (view === undefined) {
        throw new PlotError(
          "riv-plot.adopt: the adopted figure is no longer shown in this page; adopt it again once it is, or adopt(null)",
        );
      }
      const tools = new AdoptedTools(adoption.figure, this.options.activeDrag);
      const unsubscribe = this.pointer.subscribe(adoption.figure);
      this.attachment = { view, tools, unsubscribe, activeDrag: this.options.activeDrag };
      this.pointer.attach(view);
      this.watch.attach(view, this.source);
      tools.setPointerBound(this.pointer.pointerBound);
      if (this.errors.accept("adopt")) this.errorText = this.errors.text;
    } catch (error) {
      if (!isPlotError(error)) throw error;
      this.errors.reject("adopt", error);
      this.errorText = this.errors.text;
    }
  }

  private replaceAdoptedTools(attached: AdoptedAttachment): void {
    // Released first, so that the new rule reads the figure's own active drag, not the one the old rule chose.
    attached.tools.release();
    const tools = new AdoptedTools(attached.view.model, this.options.activeDrag);
    attached.tools = tools;
    attached.activeDrag = this.options.activeDrag;
    tools.setPointerBound(this.pointer.pointerBound);
  }

  /** Removes everything the plot added to the adopted figure and its view, and restores its active drag. */
  private detachAdopted(): void {
    const attached = this.attachment;
    if (attached === undefined) return;
    this.attachment = undefined;
    this.pointer.detach();
    this.watch.detach();
    attached.unsubscribe();
    attached.tools.release();
  }

  /** While a source is adopted, the plot's columns must stay the source's. */
  private checkAdoptedColumns(columns: readonly string[]): void {
    const adoption = this.adoption;
    if (adoption?.source !== undefined) checkAdoption(adoption, columns);
  }

  private fitWidth(): void {
    const width = Math.round(this.getBoundingClientRect().width);
    const figure = this.shown?.view?.model;
    if (figure !== undefined && width > 0 && figure.width !== width) figure.width = width;
  }
}

customElements.define("riv-plot", RivPlot);

declare global {
  interface HTMLElementTagNameMap {
    "riv-plot": RivPlot;
  }
}
