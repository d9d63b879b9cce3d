// What the layer and glyph tests of <riv-plot> share: mounting a plot, waiting until it is shown, and reading the
// colour its canvas shows at a point in data coordinates.
import type { RivPlot } from "../../components/riv-plot.js";
import "../../components/riv-plot.js";
import { Bokeh } from "../../components/bokeh.js";

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Waits `count` animation frames: a sink draws in the next one, BokehJS paints in the one after. */
export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

/** Mounts a `<riv-plot>` with `attributes` in a container `width` pixels wide and waits until it is shown. */
export async function mountPlot(attributes: Record<string, string>, width = 400): Promise<RivPlot> {
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  const plot = document.createElement("riv-plot");
  for (const [name, value] of Object.entries(attributes)) plot.setAttribute(name, value);
  container.append(plot);
  document.body.append(container);
  await shown(plot);
  return plot;
}

/** Waits until the view of the plot's current figure is in the page and laid out. */
export async function shown(plot: RivPlot): Promise<NonNullable<RivPlot["view"]>> {
  await plot.updateComplete;
  for (let count = 0; count < 600; count += 1) {
    const view = plot.view;
    if (view?.model === plot.figure && view.frame.bbox.width > 0 && canvasOf(plot) !== null) return view;
    await nextFrame();
  }
  throw new Error("riv-plot was not shown within 600 frames");
}

/** The canvas BokehJS paints the plot on. */
export function canvasOf(plot: RivPlot): HTMLCanvasElement | null {
  const search = (root: ParentNode): HTMLCanvasElement | null => {
    const direct = root.querySelector("canvas");
    if (direct) return direct;
    for (const element of root.querySelectorAll("*")) {
      const inner = element.shadowRoot ? search(element.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  return plot.shadowRoot ? search(plot.shadowRoot) : null;
}

/** The `[r, g, b, a]` the canvas shows at data point (x, y) of a plot with fixed ranges. */
export function pixelAt(plot: RivPlot, x: number, y: number): [number, number, number, number] {
  const view = plot.view;
  const canvas = canvasOf(plot);
  const context = canvas?.getContext("2d");
  if (view === undefined || canvas === null || context === null || context === undefined) {
    throw new Error("plot not shown");
  }
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const sx = view.frame.x_scale.compute(x);
  const sy = view.frame.y_scale.compute(y);
  const data = context.getImageData(Math.round(sx * ratio), Math.round(sy * ratio), 1, 1).data;
  return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0, data[3] ?? 0];
}

/** Removes a mounted plot with its container. */
export function unmount(plot: RivPlot): void {
  plot.parentElement?.remove();
}

/** The BokehJS glyph type each renderer of the plot's figure draws, bottom first: `Scatter`, `Image`, … */
export function glyphTypes(plot: RivPlot): string[] {
  // The shown ones: a scatter's picture (rasterize) waits hidden beside its markers until the rows call for it.
  return plot.figure
    .select(Bokeh.GlyphRenderer)
    .filter((renderer) => renderer.visible)
    .map((renderer) => (renderer.glyph as { type: string }).type);
}

/** Whether `pixel` shows `#rrggbb` within `tolerance` per channel (edges of shapes are antialiased). */
export function shows(pixel: readonly number[], color: string, tolerance = 6): boolean {
  const expected = [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16));
  return expected.every((channel, i) => Math.abs(channel - (pixel[i] ?? -255)) <= tolerance);
}

/** Waits, frame by frame, until `condition` holds (BokehJS paints some glyphs, such as images, a few frames late). */
export async function until(what: string, condition: () => boolean): Promise<void> {
  for (let count = 0; count < 600; count += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`still waiting after 600 frames until ${what}`);
}
