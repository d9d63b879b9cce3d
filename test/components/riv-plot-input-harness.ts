// Helpers for the <riv-plot> input tests (tools, events, draw, errors): mounting a plot, waiting for its view, and
// turning data coordinates into page positions for trusted `sendMouse` input.
import { sendMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import "../../components/riv-plot.js";

/** Resolves at the next animation frame. */
export const nextFrame = (): Promise<number> => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Adds a `<riv-plot>` (or `tag`) with `attributes` in a container `width` px wide and waits until it is shown. */
export async function mountPlot<T extends RivPlot = RivPlot>(
  attributes: Record<string, string>,
  options: { width?: number; tag?: string; before?: (plot: T) => void } = {},
): Promise<T> {
  const container = document.createElement("div");
  container.style.width = `${options.width ?? 500}px`;
  const plot = document.createElement(options.tag ?? "riv-plot") as T;
  for (const [name, value] of Object.entries(attributes)) plot.setAttribute(name, value);
  options.before?.(plot);
  container.append(plot);
  document.body.append(container);
  await shown(plot);
  return plot;
}

/** Waits until the view of the plot's current figure is in the page and laid out. */
export async function shown(plot: RivPlot): Promise<NonNullable<RivPlot["view"]>> {
  await plot.updateComplete;
  for (let frames = 0; frames < 300; frames += 1) {
    const view = plot.view;
    if (view?.model === plot.figure && view.frame.bbox.width > 0) return view;
    await nextFrame();
  }
  throw new Error("riv-plot was not shown within 300 frames");
}

/** Waits (frame by frame, at most 120) until `done()` holds; returns whether it did. */
export async function until(done: () => boolean): Promise<boolean> {
  for (let frames = 0; frames < 120 && !done(); frames += 1) await nextFrame();
  return done();
}

/** Removes the plot and its container. */
export function unmount(plot: RivPlot): void {
  plot.parentElement?.remove();
}

/** Where data point (x, y) is on the page, from the frame's box and its current ranges. */
export function pagePoint(plot: RivPlot, x: number, y: number): [number, number] {
  const view = plot.view;
  if (view === undefined) throw new Error("plot not shown");
  const { left, top, width, height } = view.frame.bbox;
  const { x_range, y_range } = plot.figure;
  const rect = view.canvas_view.events_el.getBoundingClientRect();
  return [
    Math.round(rect.left + left + ((x - x_range.start) / (x_range.end - x_range.start)) * width),
    Math.round(rect.top + top + height - ((y - y_range.start) / (y_range.end - y_range.start)) * height),
  ];
}

/** A trusted drag with the left button through data points `path`, `steps` moves between each two of them. */
export async function drag(plot: RivPlot, path: readonly (readonly [number, number])[], steps = 20): Promise<void> {
  const points = path.map(([x, y]) => pagePoint(plot, x, y));
  const [first] = points;
  if (first === undefined) return;
  await sendMouse({ type: "move", position: first });
  await sendMouse({ type: "down", button: "left" });
  for (let i = 1; i < points.length; i += 1) {
    const [x0, y0] = points[i - 1] as [number, number];
    const [x1, y1] = points[i] as [number, number];
    for (let step = 1; step <= steps; step += 1) {
      const f = step / steps;
      await sendMouse({ type: "move", position: [Math.round(x0 + (x1 - x0) * f), Math.round(y0 + (y1 - y0) * f)] });
    }
  }
  await sendMouse({ type: "up", button: "left" });
}

/** The current `[start, end]` of the figure's x and y ranges. */
export function ranges(plot: RivPlot): number[][] {
  const { x_range, y_range } = plot.figure;
  return [
    [x_range.start, x_range.end],
    [y_range.start, y_range.end],
  ];
}
