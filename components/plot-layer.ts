// One layer of a <riv-plot>: a glyph drawn from its own ColumnDataSource, fed by `stream`, `set` or a frame-
// batched stream sink. The plot's own `glyph`/`columns` are its default layer; `plot.layer(name)` adds more.
import { Bokeh } from "./bokeh.js";
import { FrameBatcher } from "./frame-batcher.js";
import { FrameLatest } from "./plot-layer-latest.js";
import { heatmapColumns, histogramColumns } from "./plot-bins.js";
import { colorMapper, type PlotColor, type PlotColorMap, type PlotColorMapper } from "./plot-color.js";
import { defaultColor, drawGlyph, scatterDefaults, type GlyphStyle, type PlotRenderer } from "./plot-glyph-draw.js";
import { PlotRaster, rasterRows } from "./plot-raster.js";
import { skipWebglWhileHidden } from "./plot-hidden-renderer.js";
import { glyphShape, type PlotGlyph } from "./plot-glyph.js";
import type { PlotFigure, PlotSource } from "./plot-figure.js";
import { PlotError, checkBatch, checkRow, parseColumns, parseCount, parseGlyph } from "./plot-options.js";
import type { HistogramCounts } from "../stream/operators/histogram.js";
import type { Histogram2dCounts } from "../stream/operators/histogram2d.js";

/**
 * How a layer draws; everything is optional.
 *
 * @example
 * const trail = plot.layer("trail", { glyph: "line", rollover: 500 });
 */
export interface PlotLayerOptions {
  /** `scatter` (default), `line`, `segment`, `histogram` or `heatmap`. */
  glyph?: PlotGlyph;
  /** The source's columns, the first ones placing the glyph; default: the glyph's own (x,y; x0,y0,x1,y1; …). */
  columns?: readonly string[] | string;
  /** One CSS colour, or colours mapped from a column (a heatmap maps its counts). */
  color?: PlotColor;
  /** Opacity of the fill (scatter, histogram) or the line (line, segment), 0 to 1. */
  alpha?: number;
  /** Size of scatter markers in CSS pixels. */
  size?: number;
  /** Width of lines, segments and marker outlines in CSS pixels. */
  lineWidth?: number;
  /** A BokehJS marker type for scatter: `circle`, `square`, `cross`, `circle_dot`, … */
  marker?: string;
  /** Most rows the source keeps; default: the plot's `rollover`. */
  rollover?: number;
}

/**
 * Options of `streamSink()`.
 *
 * @example
 * samples.map((s) => ({ x: [s.x], y: [s.y] })).sink(plot.streamSink({ rollover: 5000 }));
 */
export interface StreamSinkOptions {
  /** Most rows the source keeps; default: the layer's `rollover`. */
  rollover?: number;
}

/**
 * What a sink takes: rows (objects with the layer's columns), or for a histogram or heatmap the running counts.
 *
 * @example
 * const value: PlotSinkValue = { x: [1, 2], y: [3, 4] };
 * plot.streamSink().update(value, samples);
 */
export type PlotSinkValue = object | HistogramCounts | Histogram2dCounts;

interface Driver {
  start(): void;
  stop(): void;
  flush(): void;
  discard(): void;
}

/**
 * A glyph over its own `ColumnDataSource`. Rows are appended (`stream`, or `streamSink` once per animation
 * frame, keeping at most `rollover` rows); a histogram or heatmap is one picture of counts, so its sink draws the
 * newest counts of each frame in place of the old ones (`set`). Get one from `plot.layer(name, options)`.
 *
 * @example
 * const trail = plot.layer("trail", { glyph: "scatter", color: { field: "t", palette: fadingPalette("#2563eb"), window: 3000 } });
 * fromQueue(q).sink(trail.streamSink());
 * const heat = heatmap.layer("heat", { glyph: "heatmap", color: { palette: "Viridis256" } });
 * fromQueue(q).histogram2d({ x: [0, 100, 50], y: [0, 100, 50] }).sink(heat.streamSink());
 */
export class PlotLayer {
  private style: GlyphStyle;
  private readonly colorMap: PlotColorMap | undefined;
  private currentSource: PlotSource | undefined;
  private adoptedSource: PlotSource | undefined;
  private renderer: PlotRenderer | undefined;
  /**
   * The picture that draws a scatter layer holding many rows (plot-raster.ts) in place of BokehJS's markers: on the
   * figure beside them from the start, and shown instead of them while the layer holds `rasterFrom()` rows or more.
   */
  private raster: PlotRaster | undefined;
  private readonly drivers = new Set<Driver>();
  private readonly batchers = new Set<FrameBatcher>();
  private running = false;
  private readonly ownRollover: number | undefined;

  /** The BokehJS colour mapper when the colour is mapped from a column (or a heatmap's counts). */
  readonly colorMapper: PlotColorMapper | undefined;

  constructor(
    /** The layer's name in its plot. */
    readonly name: string,
    options: PlotLayerOptions,
    private readonly plotRollover: () => number,
    /** From how many rows held on a scatter layer is drawn as a picture: the plot's `rasterize`. */
    private readonly rasterFrom: () => number = () => rasterRows,
  ) {
    if (typeof options !== "object" || options === null) {
      throw new PlotError(
        `riv-plot.layer("${name}"): options ${String(options)} is not an object; use e.g. { glyph: "line" }`,
      );
    }
    const glyph = parseGlyph(options.glyph ?? "scatter");
    const columns = parseColumns(options.columns ?? glyphShape(glyph).columns, glyph);
    this.ownRollover = options.rollover === undefined ? undefined : parseCount("rollover", options.rollover);
    const color = options.color ?? (glyph === "heatmap" ? { palette: "Viridis256" } : defaultColor);
    this.colorMap = typeof color === "string" ? undefined : checkColorMap(name, glyph, color);
    this.colorMapper = this.colorMap === undefined ? undefined : colorMapper(heatmapDefaults(glyph, this.colorMap));
    this.style = {
      glyph,
      columns,
      color:
        this.colorMapper === undefined
          ? (color as string)
          : { field: this.colorField(glyph, columns), transform: this.colorMapper },
      alpha: checkNumber(name, "alpha", options.alpha, 0, 1),
      size: checkNumber(name, "size", options.size, 0, Infinity),
      lineWidth: checkNumber(name, "lineWidth", options.lineWidth, 0, Infinity),
      marker: options.marker,
    };
  }

  /** What the layer draws. */
  get glyph(): PlotGlyph {
    return this.style.glyph;
  }

  /** The source's columns; the first ones place the glyph. */
  get columns(): readonly string[] {
    return this.style.columns;
  }

  /** Most rows the source keeps: the layer's own `rollover`, else its plot's. */
  get rollover(): number {
    return this.ownRollover ?? this.plotRollover();
  }

  /**
   * The BokehJS `ColumnDataSource` the glyph draws; it keeps its rows while the plot rebuilds its figure. While the
   * plot adopts a figure and source, the default layer's is the adopted one.
   */
  get source(): PlotSource {
    return (
      this.adoptedSource ??
      (this.currentSource ??= new Bokeh.ColumnDataSource({
        data: Object.fromEntries(this.style.columns.map((name) => [name, []])),
      }))
    );
  }

  /**
   * Streams into `source` instead of the layer's own from now on (`plot.adopt`); `undefined` goes back to its own,
   * with the rows it had.
   */
  useSource(source: PlotSource | undefined): void {
    this.adoptedSource = source;
  }

  /**
   * Appends rows with BokehJS streaming, keeping at most `rollover` rows. Every column must be given, all of the
   * same length, with numbers where the glyph is placed; otherwise throws `PlotError` and changes nothing.
   */
  stream(columns: Readonly<Record<string, ArrayLike<unknown>>>, rollover: number = this.rollover): void {
    this.append(columns, rollover, false);
  }

  /** Replaces every row with `columns` (checked as `stream` checks them). */
  set(columns: Readonly<Record<string, ArrayLike<unknown>>>): void {
    const checked = checkBatch(columns, this.style.columns, this.style.glyph);
    this.raster?.forgetRows();
    this.source.data = checked;
    this.followNewest(checked);
    this.followRows(false);
  }

  /** Removes every row, including rows that stream sinks hold for the next frame. */
  clear(): void {
    for (const driver of this.drivers) driver.discard();
    this.raster?.forgetRows();
    this.source.clear();
    this.followRows(false);
  }

  /** Whether the layer is drawn as a picture now (a scatter holding many rows; see `rasterize`). */
  get rasterized(): boolean {
    return this.raster?.shown ?? false;
  }

  /**
   * A function for `.sink(...)`. For a scatter, line or segment it takes rows (objects with the layer's columns,
   * such as pointer samples) and appends all rows of one animation frame with one `source.stream` call; a row
   * without numbers where the glyph is placed throws `PlotError` and is not added. For a histogram or heatmap it
   * takes the running counts of the `histogram` or `histogram2d` operator and draws the newest of each frame.
   *
   * @example
   * fromQueue(q).sink(layer.streamSink({ rollover: 500 }));
   */
  streamSink(options: StreamSinkOptions = {}): (value: PlotSinkValue) => void {
    const rollover = options.rollover === undefined ? undefined : parseCount("rollover", options.rollover);
    if (glyphShape(this.style.glyph).binned) return this.binnedSink();
    const batcher = new FrameBatcher(
      this.style.columns,
      // In an animation frame already: a picture is painted now, not in the next frame.
      (batch) => this.append(batch, rollover ?? this.rollover, true),
      rollover ?? this.rollover,
    );
    this.adopt(batcher);
    this.batchers.add(batcher);
    return (row) => {
      checkRow(row, this.style.columns, this.style.glyph);
      batcher.add(row);
    };
  }

  /** Draws the layer on `figure` (a new figure of its plot); returns the renderer. */
  draw(figure: PlotFigure): PlotRenderer {
    // A picture on the figure before listens to its ranges: let go of it. Its renderers go with that figure.
    this.releaseRenderer();
    return this.drawRenderer(figure);
  }

  /** Takes the layer's renderer off `figure`. */
  undraw(figure: PlotFigure): void {
    this.undrawRenderer(figure);
  }

  /** Sinks draw once per animation frame from now on (the plot is in the page). */
  start(): void {
    this.running = true;
    for (const driver of this.drivers) driver.start();
    this.raster?.start();
  }

  /** Sinks stop asking for frames and hand over what they hold now (the plot left the page). */
  stop(): void {
    this.running = false;
    for (const driver of this.drivers) {
      driver.stop();
      driver.flush();
    }
    this.raster?.stop();
  }

  /**
   * Takes a new glyph and columns (the plot's `glyph` and `columns` changed). New columns clear the source and
   * what sinks hold; row sinks take rows in the new columns from then on.
   */
  reshape(glyph: PlotGlyph, columns: readonly string[]): void {
    if (columns.join() !== this.style.columns.join()) {
      this.currentSource = undefined;
      for (const driver of this.drivers) driver.discard();
      for (const batcher of this.batchers) batcher.setColumns(columns);
    }
    const color = this.style.color;
    this.style = {
      ...this.style,
      glyph,
      columns,
      color: typeof color === "string" ? color : { ...color, field: this.colorField(glyph, columns) },
    };
  }

  private append(columns: Readonly<Record<string, ArrayLike<unknown>>>, rollover: number, paintNow: boolean): void {
    const keep = parseCount("rollover", rollover);
    const checked = checkBatch(columns, this.style.columns, this.style.glyph);
    this.raster?.beforeStream(checked[this.style.columns[0] as string]?.length ?? 0, keep);
    this.source.stream(checked, keep);
    this.followNewest(checked);
    this.followRows(paintNow);
  }

  /** Whether the layer can be drawn as a picture: a scatter of circles in a plot that rasterizes. */
  private rasterizable(): boolean {
    const { glyph, marker } = this.style;
    return glyph === "scatter" && (marker ?? "circle") === "circle" && this.rasterFrom() !== Infinity;
  }

  /**
   * Shows the picture instead of the markers when the rows held reach `rasterFrom()`, and the markers again below
   * it, then paints the picture, now or in the next frame; from half those rows, painted in a frame, it prepares the
   * hidden picture. Only visibility changes, never the figure's renderers.
   */
  private followRows(paintNow: boolean): void {
    const raster = this.raster;
    if (raster === undefined) return;
    const rows = this.source.get_length() ?? 0;
    const wanted = rows >= this.rasterFrom();
    const switched = wanted !== raster.shown;
    if (switched) this.showPicture(raster, wanted);
    if (!wanted) {
      // From half the rows on, the picture is painted ahead, hidden, once a frame (as a frame-batched sink draws).
      if (paintNow && rows >= this.rasterFrom() / 2) raster.prepare();
      return;
    }
    // Painted at once when it replaces the markers, so that no frame shows neither.
    if (paintNow || switched) raster.redraw();
    else raster.invalidate();
  }

  /**
   * Shows the picture or the markers. Hidden markers see no rows (an empty filter), so BokehJS does not map and
   * index every row on each update for a glyph it does not draw.
   */
  private showPicture(raster: PlotRaster, picture: boolean): void {
    const markers = this.renderer;
    if (markers !== undefined) {
      markers.view.filter = picture ? new Bokeh.IndexFilter({ indices: [] }) : new Bokeh.AllIndices();
      markers.visible = !picture;
    }
    if (picture) raster.show();
    else raster.hide();
  }

  /**
   * Adds the layer's renderers to `figure`: its glyph and, for a scatter that can be drawn as a picture, the
   * picture's right above it, hidden until the rows call for it; returns the glyph's.
   */
  private drawRenderer(figure: PlotFigure): PlotRenderer {
    const renderer = drawGlyph(figure, this.style, this.source);
    this.renderer = renderer;
    if (!this.rasterizable()) return renderer;
    skipWebglWhileHidden(renderer);
    const { columns, color, size, lineWidth, alpha } = this.style;
    const raster = new PlotRaster(figure, this.source, {
      x: columns[0] as string,
      y: columns[1] as string,
      color,
      size: size ?? scatterDefaults.size,
      lineWidth: lineWidth ?? scatterDefaults.lineWidth,
      fillAlpha: alpha ?? scatterDefaults.alpha,
    });
    this.raster = raster;
    if (this.running) raster.start();
    const shown = figure.renderers;
    const place = shown.indexOf(renderer) + 1;
    figure.renderers = [...shown.slice(0, place), raster.renderer, ...shown.slice(place)];
    this.followRows(false);
    return renderer;
  }

  private undrawRenderer(figure: PlotFigure): void {
    const drawn = new Set<unknown>([this.renderer, this.raster?.renderer]);
    this.releaseRenderer();
    figure.renderers = figure.renderers.filter((shown) => !drawn.has(shown));
  }

  /** Lets go of the picture, if any, and of the renderer, leaving the figure as it is. */
  private releaseRenderer(): void {
    this.raster?.remove();
    this.raster = undefined;
    this.renderer = undefined;
  }

  private binnedSink(): (value: PlotSinkValue) => void {
    const glyph = this.style.glyph;
    const latest = new FrameLatest<PlotSinkValue>((counts) => {
      const columns = this.style.columns;
      this.set(
        glyph === "heatmap"
          ? heatmapColumns(counts as Histogram2dCounts, columns)
          : histogramColumns(counts as HistogramCounts, columns),
      );
    });
    this.adopt(latest);
    return (counts) => {
      // Checked when put, so that a wrong value is reported to the stream that sent it, not in a frame callback.
      if (glyph === "heatmap") heatmapColumns(counts as Histogram2dCounts, this.style.columns);
      else histogramColumns(counts as HistogramCounts, this.style.columns);
      latest.add(counts);
    };
  }

  private adopt(driver: Driver): void {
    this.drivers.add(driver);
    if (this.running) driver.start();
  }

  private colorField(glyph: PlotGlyph, columns: readonly string[]): string {
    return glyph === "heatmap" || this.colorMap?.field === undefined ? (columns[0] as string) : this.colorMap.field;
  }

  /** With a `window`, moves the colour mapper's range to end at the newest value of its column. */
  private followNewest(batch: Readonly<Record<string, readonly unknown[]>>): void {
    const window = this.colorMap?.window;
    const mapper = this.colorMapper;
    if (window === undefined || mapper === undefined || typeof this.style.color === "string") return;
    const values = batch[this.style.color.field];
    const newest = values?.[values.length - 1];
    if (typeof newest === "number") mapper.setv({ low: newest - window, high: newest });
  }
}

function checkColorMap(name: string, glyph: PlotGlyph, map: PlotColorMap): PlotColorMap {
  if (typeof map !== "object" || map === null) {
    throw new PlotError(
      `riv-plot.layer("${name}"): color ${String(map)} is not a colour or a colour map; use e.g. color: "#2563eb" or { field: "t", palette: "Viridis256" }`,
    );
  }
  if (glyph === "line") {
    throw new PlotError(
      `riv-plot.layer("${name}"): a line has one colour, so color cannot be mapped from a column; use glyph: "scatter" or "segment", or one colour`,
    );
  }
  if (glyph !== "heatmap" && typeof map.field !== "string") {
    throw new PlotError(
      `riv-plot.layer("${name}"): color needs the field whose values pick the colour; use e.g. { field: "t", palette: "Viridis256" }`,
    );
  }
  return map;
}

/** A heatmap shows bins with no count as nothing: they are below `low`, drawn in the transparent `lowColor`. */
function heatmapDefaults(glyph: PlotGlyph, map: PlotColorMap): PlotColorMap {
  return glyph === "heatmap" ? { low: 0.5, lowColor: "transparent", ...map } : map;
}

function checkNumber(name: string, option: string, value: unknown, low: number, high: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value >= low && value <= high)) {
    const range = high === Infinity ? `at least ${low}` : `from ${low} to ${high}`;
    throw new PlotError(
      `riv-plot.layer("${name}"): ${option} ${JSON.stringify(value)} is not a number ${range}; use e.g. ${option}: ${high === 1 ? 0.5 : 4}`,
    );
  }
  return value;
}
