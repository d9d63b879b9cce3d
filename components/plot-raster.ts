// Draws a <riv-plot> scatter layer that holds many rows as one picture, like HoloViews' `rasterize`: its markers are
// painted into pixels in the page and BokehJS draws them with one `image_rgba` glyph, because BokehJS's own scatter
// strokes each marker one by one on the canvas (and builds a spatial index of every row on each update), which from
// a few thousand rows takes longer than a frame. The picture follows the axis ranges and the plot's size.
import { Bokeh } from "./bokeh.js";
import { FrameRequest } from "./frame-request.js";
import { drawAsPicture } from "./plot-raster-view.js";
import { PlotError } from "./plot-options.js";
import { MarkerPainter, type RasterGrid, type RowColors } from "./plot-raster-paint.js";
import { RowChanges } from "./plot-raster-changes.js";
import type { PlotFigure, PlotSource } from "./plot-figure.js";
import type { PlotRenderer } from "./plot-glyph-draw.js";
import type { PlotColorMapper } from "./plot-color.js";
import type { PlotBackend } from "./plot-backend.js";
import type * as NDArrayModule from "@bokeh/bokehjs/build/js/lib/core/util/ndarray";
import type * as ColorModule from "@bokeh/bokehjs/build/js/lib/core/util/color";

// The image's array maker and the colour parser are not in BokehJS's plotting API.
const { require: requireBokeh } = Bokeh as unknown as { require: (name: string) => unknown };
const { ndarray } = requireBokeh("core/util/ndarray") as typeof NDArrayModule;
const { color2rgba } = requireBokeh("core/util/color") as typeof ColorModule;

/**
 * What the `rasterize` attribute asks for: `auto` (the default) draws a scatter layer as a picture while it holds
 * at least `rasterRows` rows (`webglRasterRows` in a WebGL plot) and as BokehJS markers below; `on` always as a
 * picture; `off` never.
 *
 * @example
 * plot.rasterize = "off"; // <riv-plot rasterize="off">: BokehJS markers however many rows
 */
export type PlotRasterOption = "auto" | "on" | "off";

const rasterOptions: readonly PlotRasterOption[] = ["auto", "on", "off"];

/**
 * From this many rows held on, a scatter layer of a canvas plot with `rasterize="auto"` is drawn as one picture.
 * Below it BokehJS draws each marker itself (and can hit-test them). Painted only where rows came and went, the
 * picture costs a frame about the same whatever the rows; BokehJS's markers, drawn and indexed anew each frame, took
 * 1.1 times as long at 500 rows, 1.2 times at 1,000 and 1.8 times at 2,000, with long tasks
 * (`node bench/browser/plot-bench.mjs --crossover`; the README's benchmark figures).
 *
 * @example
 * plot.rollover = rasterRows; // once the source is full, the scatter is drawn as a picture
 */
export const rasterRows = 1_000;

/**
 * The same for a WebGL plot. Where WebGL runs in software (SwiftShader, llvmpipe: no GPU), BokehJS's WebGL markers
 * cost about twice the canvas's, most of it waiting for the GL to draw before BokehJS copies its canvas into the
 * plot: a frame of 250 of them took 1.2 times a frame of the picture, of 2,000 3.6 times, with long tasks from 1,000
 * (`node bench/browser/plot-bench.mjs --crossover`). `rasterize="off"` keeps WebGL markers however many rows, for
 * pages whose readers have a GPU.
 *
 * @example
 * plot.outputBackend = "webgl";
 * plot.rollover = webglRasterRows; // once the source is full, the scatter is drawn as a picture
 */
export const webglRasterRows = 250;

/**
 * Reads the `rasterize` attribute: `auto` (the default), `on` or `off`.
 *
 * @example
 * parseRasterize("on"); // "on"
 */
export function parseRasterize(value: string | null | undefined): PlotRasterOption {
  if (value === null || value === undefined || value === "") return "auto";
  const option = rasterOptions.find((known) => known === value);
  if (option === undefined) {
    throw new PlotError(
      `riv-plot: rasterize "${value}" is not one of ${rasterOptions.join(", ")}; use e.g. rasterize="off"`,
    );
  }
  return option;
}

/**
 * How many rows a scatter layer holds when it starts to be drawn as a picture under `option`, in a plot drawn with
 * `backend`.
 *
 * @example
 * rasterFrom("auto", "canvas"); // 1000
 * rasterFrom("auto", "webgl"); // 250
 */
export function rasterFrom(option: PlotRasterOption, backend: PlotBackend): number {
  if (option !== "auto") return option === "on" ? 0 : Infinity;
  return backend === "webgl" ? webglRasterRows : rasterRows;
}

/**
 * How a raster layer looks and where its rows are: the scatter layer's columns and style.
 *
 * @example
 * const style: RasterStyle = { x: "x", y: "y", color: "#1f77b4", size: 6, lineWidth: 1, fillAlpha: 0.6 };
 */
export interface RasterStyle {
  /** The column of the markers' x. */
  readonly x: string;
  /** The column of their y. */
  readonly y: string;
  /** A CSS colour, or the column whose values a colour mapper turns into colours. */
  readonly color: string | { readonly field: string; readonly transform: PlotColorMapper };
  /** Marker diameter in CSS pixels. */
  readonly size: number;
  /** Outline width in CSS pixels. */
  readonly lineWidth: number;
  /** Opacity of the markers' inside. */
  readonly fillAlpha: number;
}

/** The biggest picture side in pixels: zoomed far into an automatic range, the picture gets coarser instead. */
const largestSide = 4096;

interface AxisRange {
  readonly start: number;
  readonly end: number;
}

/**
 * One scatter layer drawn as a picture on `figure`: an `image_rgba` renderer over a one-row source of its own, for
 * its owner to put on the figure beside the layer's markers, hidden until `show()`. Showing and hiding only toggle
 * it, so the figure keeps its renderers: BokehJS rebuilds renderer views and lays the plot out whenever they change.
 * While shown, `redraw()` paints the rows of `source` now, `invalidate()` in the next frame, and range and plot size
 * changes repaint in the next frame (once started). Told of each `source.stream` first (`beforeStream`), it paints
 * only the rows that came and went while the picture stays where it is. `remove()` lets go of every signal and frame.
 *
 * @example
 * const raster = new PlotRaster(figure, source, style);
 * figure.renderers = [...figure.renderers, raster.renderer];
 * raster.show();
 * raster.beforeStream(rows.x.length, 100_000);
 * source.stream(rows, 100_000);
 * raster.redraw();
 */
export class PlotRaster {
  /** The renderer that draws the picture. */
  readonly renderer: PlotRenderer;
  private readonly picture = new Bokeh.ColumnDataSource({ data: { image: [], x: [], y: [], dw: [], dh: [] } });
  private readonly painter: MarkerPainter;
  private readonly frames = new FrameRequest(() => this.refit());
  private readonly signals: { readonly disconnect: () => void }[] = [];
  private grid: RasterGrid | undefined;
  /** The rows streamed since the last picture, while it can be updated with them. */
  private changes: RowChanges | undefined;
  private stale = false;
  private showing = false;
  private readonly pixelRatio: number;

  constructor(
    private readonly figure: PlotFigure,
    private readonly source: PlotSource,
    private readonly style: RasterStyle,
  ) {
    // In device pixels, as BokehJS draws its canvas, so that the picture is as sharp as its markers would be.
    this.pixelRatio = Math.max(1, globalThis.devicePixelRatio || 1);
    const ratio = this.pixelRatio;
    this.painter = new MarkerPainter({
      size: style.size * ratio,
      lineWidth: style.lineWidth * ratio,
      fillAlpha: style.fillAlpha,
      lineAlpha: 1,
    });
    if (typeof style.color === "string") this.painter.rehearse({ rgba: color2rgba(style.color), stride: 0 });
    // Not added to the figure here: its layer puts it beside its markers.
    const glyph = new Bokeh.ImageRGBA({
      image: { field: "image" },
      x: { field: "x" },
      y: { field: "y" },
      dw: { field: "dw" },
      dh: { field: "dh" },
    });
    this.renderer = new Bokeh.GlyphRenderer({ data_source: this.picture, glyph, visible: false });
    drawAsPicture(this.renderer);
    const later = () => {
      if (this.showing) this.frames.request();
    };
    for (const range of [figure.x_range, figure.y_range]) this.listen(range.change, later);
    this.listen(figure.properties.inner_width.change, later);
    this.listen(figure.properties.inner_height.change, later);
  }

  /** Whether the picture is shown (in place of the layer's markers). */
  get shown(): boolean {
    return this.showing;
  }

  /** Shows the picture; it is painted by the next `redraw()` or `invalidate()`. */
  show(): void {
    this.showing = true;
    this.renderer.visible = true;
  }

  /** Hides the picture and lets go of its pixels and of any repaint asked for. */
  hide(): void {
    this.showing = false;
    this.renderer.visible = false;
    this.frames.cancel();
    this.stale = false;
    this.paint([], [], undefined);
  }

  /**
   * Tells the picture that `rows` rows are about to be streamed into its source keeping `keep`, so that it can take
   * the rolled-over ones out of the picture it shows rather than paint every row again.
   */
  beforeStream(rows: number, keep: number): void {
    if (this.changes?.beforeStream(rows, keep) === false) this.changes = undefined;
  }

  /** Tells the picture that its source's rows were replaced (not streamed): the next paint paints every row. */
  forgetRows(): void {
    this.changes = undefined;
  }

  /** Repaints after range and size changes, and after `invalidate()`, from now on (the plot is in the page). */
  start(): void {
    this.frames.start();
    if (this.stale) this.frames.request();
  }

  /** Stops asking for frames and releases the pending request. */
  stop(): void {
    this.frames.stop();
  }

  /** Paints the rows in the next frame: for rows streamed outside a frame, which may come many times per frame. */
  invalidate(): void {
    this.stale = true;
    this.frames.request();
  }

  /** Paints every row of the source now (and drops a repaint asked for the next frame). */
  redraw(): void {
    this.frames.cancel();
    const [xs, ys] = this.positions();
    this.paint(xs, ys, this.gridFor(xs, ys));
  }

  /**
   * Paints again after the ranges or the plot's size changed, unless the picture would lie where it lies, give or
   * take a quarter pixel: an automatic range moves a little each time it fits a new picture, and so fitting settles.
   */
  private refit(): void {
    if (!this.showing) return;
    const [xs, ys] = this.positions();
    const grid = this.gridFor(xs, ys);
    if (this.stale || grid === undefined || this.grid === undefined || !sameGrid(grid, this.grid)) {
      this.paint(xs, ys, grid);
    }
  }

  /**
   * While hidden, paints the rows of `source` into the painter only, not for BokehJS: a layer nearing the rows from
   * which it is a picture keeps it painted, a few rows a frame, so that the frame that shows it has only the last
   * rows to paint. Markers of their own colours are painted whole each time, so they are not prepared.
   */
  prepare(): void {
    if (this.showing || typeof this.style.color !== "string") return;
    const [xs, ys] = this.positions();
    const grid = this.gridFor(xs, ys);
    if (grid !== undefined) this.pixelsFor(xs, ys, grid);
  }

  private paint(xs: ArrayLike<number>, ys: ArrayLike<number>, newGrid: RasterGrid | undefined): void {
    this.stale = false;
    if (newGrid === undefined) {
      this.grid = undefined;
      this.changes = undefined;
      this.picture.data = { image: [], x: [], y: [], dw: [], dh: [] };
      return;
    }
    const { grid, pixels } = this.pixelsFor(xs, ys, newGrid);
    // From its buffer, so that BokehJS wraps the pixels instead of copying them.
    const image = ndarray(pixels.buffer, { dtype: "uint32", shape: [grid.height, grid.width] });
    const data = { image: [image], x: [grid.x0], y: [grid.y0], dw: [grid.x1 - grid.x0], dh: [grid.y1 - grid.y0] };
    // The painter reuses its picture's buffer: BokehJS would compare it with itself, find no change and not draw it.
    this.picture.setv({ data }, { check_eq: false });
  }

  /** The picture of the rows on `newGrid`, updated from the last one where it can be; where it lies. */
  private pixelsFor(
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    newGrid: RasterGrid,
  ): { grid: RasterGrid; pixels: Uint32Array } {
    const changes = this.changes;
    // Within a quarter pixel of where it lies, the picture stays put, and can be updated with the rows streamed.
    const grid = this.grid !== undefined && sameGrid(newGrid, this.grid) ? this.grid : newGrid;
    this.grid = grid;
    const colors = this.colors();
    const pixels =
      changes !== undefined && this.painter.canUpdate(grid, colors) && changes.follows(xs, ys)
        ? this.painter.update(changes.added(xs, ys), changes.removed(), colors)
        : this.painter.paint(grid, xs, ys, colors);
    this.changes = colors.stride === 0 ? new RowChanges(this.source, this.style.x, this.style.y) : undefined;
    return { grid, pixels };
  }

  /** The x and the y column of the rows, as the source holds them now. */
  private positions(): [ArrayLike<number>, ArrayLike<number>] {
    return [this.source.get<number>(this.style.x), this.source.get<number>(this.style.y)];
  }

  /** Releases the signals and the frame request; whoever put the renderer on the figure takes it off. */
  remove(): void {
    this.frames.stop();
    for (const signal of this.signals.splice(0)) signal.disconnect();
  }

  private listen(
    signal: { connect(slot: () => void): boolean; disconnect(slot: () => void): boolean },
    slot: () => void,
  ): void {
    signal.connect(slot);
    this.signals.push({ disconnect: () => signal.disconnect(slot) });
  }

  /** Each row's colour: one for all, or the colour mapper's for each value of its column. */
  private colors(): RowColors {
    const color = this.style.color;
    if (typeof color === "string") return { rgba: color2rgba(color), stride: 0 };
    return { rgba: color.transform.rgba_mapper.v_compute(this.source.get<number>(color.field)), stride: 4 };
  }

  /**
   * Where the picture lies: over the visible range on a fixed axis, over the rows (and the markers' reach) on an
   * automatic one, which then fits the picture as it would fit the markers; in pixels as big as the screen's.
   */
  private gridFor(xs: ArrayLike<number>, ys: ArrayLike<number>): RasterGrid | undefined {
    const figure = this.figure;
    const ratio = this.pixelRatio;
    // A figure not yet laid out has no inner size: its outer size is the nearest guess until it is.
    const { inner_width: innerWidth, inner_height: innerHeight } = figure.properties;
    const width = innerWidth.is_unset ? 0 : innerWidth.get_value();
    const height = innerHeight.is_unset ? 0 : innerHeight.get_value();
    const frameWidth = (width > 0 ? width : (figure.width ?? 600)) * ratio;
    const frameHeight = (height > 0 ? height : (figure.height ?? 300)) * ratio;
    const reach = (this.style.size / 2 + this.style.lineWidth) * ratio;
    const x = this.axis(figure.x_range, xs, frameWidth, reach);
    const y = this.axis(figure.y_range, ys, frameHeight, reach);
    if (x === undefined || y === undefined) return undefined;
    return { x0: x.low, x1: x.high, y0: y.low, y1: y.high, width: x.pixels, height: y.pixels };
  }

  private axis(
    range: AxisRange,
    values: ArrayLike<number>,
    framePixels: number,
    reach: number,
  ): { low: number; high: number; pixels: number } | undefined {
    const span = Math.abs(range.end - range.start);
    if (!(span > 0) || values.length === 0) return undefined;
    if (!(range instanceof Bokeh.DataRange1d)) {
      return {
        low: Math.min(range.start, range.end),
        high: Math.max(range.start, range.end),
        pixels: Math.round(framePixels),
      };
    }
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i] as number;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    if (!(low <= high)) return undefined;
    const margin = (reach * span) / framePixels;
    low -= margin;
    high += margin;
    const pixels = Math.min(largestSide, Math.max(1, Math.ceil(((high - low) / span) * framePixels)));
    return { low, high, pixels };
  }
}

/** Whether two pictures have the same size in pixels and lie in the same place within a quarter pixel. */
function sameGrid(a: RasterGrid, b: RasterGrid): boolean {
  if (a.width !== b.width || a.height !== b.height) return false;
  const pixelX = (a.x1 - a.x0) / a.width / 4;
  const pixelY = (a.y1 - a.y0) / a.height / 4;
  return (
    Math.abs(a.x0 - b.x0) < pixelX &&
    Math.abs(a.x1 - b.x1) < pixelX &&
    Math.abs(a.y0 - b.y0) < pixelY &&
    Math.abs(a.y1 - b.y1) < pixelY
  );
}
