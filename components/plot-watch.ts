// Watches the BokehJS models of a shown <riv-plot> for the events that are model changes, not UI events: the
// source's selected rows, the inner frame's size after a repaint, and what a draw tool's source holds.
import type { PlotEventType, PlotSample } from "./plot-events.js";
import type { PlotSource, PlotView } from "./plot-figure.js";
import { drawSample, selectionSample, sizeSample } from "./plot-model-samples.js";

/** Where a `PlotWatch` sends samples, and whether anyone wants a type. */
export interface PlotWatchTarget {
  wants(type: PlotEventType): boolean;
  emit(sample: PlotSample): void;
}

/** A draw tool's source and the name of its kind (the `draw` attribute). */
export interface WatchedDrawLayer {
  readonly tool: string;
  readonly source: PlotSource;
}

/**
 * The model watches of one shown figure; `detach` disconnects every one that `attach` connected.
 *
 * @example
 * const watch = new PlotWatch(pointer);
 * watch.attach(view, plot.source, drawLayer);
 * watch.detach();
 */
export class PlotWatch {
  private undo: (() => void)[] = [];
  private width = -1;
  private height = -1;

  constructor(private readonly target: PlotWatchTarget) {}

  /** Starts watching `view`'s frame size, `source`'s selection and, if given, the draw layer's data. */
  attach(view: PlotView, source: PlotSource, draw?: WatchedDrawLayer): void {
    this.detach();
    this.width = this.height = -1;
    const repainted = (): void => this.checkSize(view);
    view.repainted.connect(repainted);
    this.undo.push(() => view.repainted.disconnect(repainted));
    const selected = source.selected;
    const selection = (): void => {
      if (this.target.wants("selection")) this.target.emit(selectionSample(selected.indices));
    };
    selected.properties.indices.change.connect(selection);
    this.undo.push(() => selected.properties.indices.change.disconnect(selection));
    if (draw !== undefined) {
      const drawn = (): void => {
        if (this.target.wants("draw")) this.target.emit(drawSample(draw.tool, columnsOf(draw.source)));
      };
      draw.source.properties.data.change.connect(drawn);
      this.undo.push(() => draw.source.properties.data.change.disconnect(drawn));
    }
    this.checkSize(view);
  }

  /** Disconnects every watch. */
  detach(): void {
    for (const undo of this.undo) undo();
    this.undo = [];
  }

  private checkSize(view: PlotView): void {
    const width = Math.round(view.frame.bbox.width);
    const height = Math.round(view.frame.bbox.height);
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    if (width > 0 && this.target.wants("plotsize")) this.target.emit(sizeSample(width, height));
  }
}

function columnsOf(source: PlotSource): Record<string, ArrayLike<unknown>> {
  return Object.fromEntries(source.columns().map((name) => [name, source.get_array(name)]));
}
