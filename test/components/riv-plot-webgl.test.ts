// Tests of <riv-plot>'s output-backend in Chromium with the real BokehJS and its WebGL build: a WebGL plot draws
// its points through BokehJS's GL glyphs, and "auto" stays on the canvas, which measured quicker than software WebGL.
import { expect } from "chai";
import { executeServerCommand } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import "../../components/riv-plot.js";
import { PlotError } from "../../components/plot-options.js";
import { Bokeh } from "../../components/bokeh.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: string, condition: () => boolean, frames = 600): Promise<void> {
  for (let frame = 0; frame < frames; frame += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`riv-plot-webgl: not true within ${frames} frames: ${what}`);
}

async function mountPlot(attributes: Record<string, string>): Promise<RivPlot> {
  const container = document.createElement("div");
  container.style.width = "500px";
  const plot = document.createElement("riv-plot");
  for (const [name, value] of Object.entries(attributes)) plot.setAttribute(name, value);
  container.append(plot);
  document.body.append(container);
  await shown(plot);
  return plot;
}

async function shown(plot: RivPlot): Promise<void> {
  await plot.updateComplete;
  await until("the plot's current figure is shown", () => plot.view?.model === plot.figure && canvasOf(plot) !== null);
}

function canvasOf(plot: RivPlot): HTMLCanvasElement | null {
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

/** Whether the plot's glyph is drawn by BokehJS's WebGL glyph (its renderer view's `has_webgl`). */
function drawnWithWebgl(plot: RivPlot): boolean {
  const renderer = plot.figure.renderers[0];
  const view = renderer === undefined ? undefined : plot.view?.renderer_views.get(renderer);
  return view !== undefined && "has_webgl" in view && view.has_webgl === true;
}

/** Pixels of the plot's canvas that are clearly blue: the glyph's colour, absent from axes and text. */
function bluePixels(plot: RivPlot): number {
  const canvas = canvasOf(plot);
  const context = canvas?.getContext("2d");
  if (canvas === null || context === null || context === undefined) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
    if (a > 0 && b > r + 60 && b > g + 20) count += 1;
  }
  return count;
}

/**
 * How many WebGL buffers BokehJS's one regl instance holds (regl's own count); read once a WebGL plot was shown,
 * when `get_regl` returns that instance whatever it is given.
 */
function reglBuffers(): number {
  const requireBokeh = Reflect.get(Bokeh, "require") as (name: string) => { get_regl(gl: unknown): object };
  const regl = Reflect.get(requireBokeh("models/glyphs/webgl").get_regl(null), "_regl") as {
    stats: { bufferCount: number };
  };
  return regl.stats.bufferCount;
}

const columns = (count: number, at: (i: number) => number) => Array.from({ length: count }, (_, i) => at(i));

describe("<riv-plot> output-backend", function () {
  afterEach(() => {
    for (const plot of document.querySelectorAll("riv-plot")) plot.parentElement?.remove();
  });

  it("draws 100,000 streamed points with BokehJS's WebGL glyphs when output-backend is webgl", async () => {
    const plot = await mountPlot({
      "output-backend": "webgl",
      rasterize: "off",
      "x-range": "0,100",
      "y-range": "0,100",
    });
    expect(plot.figure.output_backend).to.equal("webgl");
    await until("the glyph is drawn with WebGL", () => drawnWithWebgl(plot));
    expect(bluePixels(plot), "no points yet").to.equal(0);
    const rows = 100_000;
    plot.stream({ x: columns(rows, (i) => (i * 7.3) % 100), y: columns(rows, (i) => (i * 13.7) % 100) }, rows);
    await until("the points are on the canvas", () => bluePixels(plot) > 10_000);
    expect(plot.source.length).to.equal(rows);
    await executeServerCommand("save-screenshot", { name: "riv-plot-webgl-100k.png" });
  });

  it("draws on the canvas when output-backend is auto, at any rollover, and with WebGL when asked", async () => {
    const plot = await mountPlot({ rollover: "100000", rasterize: "off" });
    expect(plot.outputBackend).to.equal("auto");
    expect(plot.figure.output_backend).to.equal("canvas");
    expect(drawnWithWebgl(plot)).to.equal(false);
    plot.setAttribute("output-backend", "webgl");
    await shown(plot);
    expect(plot.figure.output_backend).to.equal("webgl");
    await until("the glyph is drawn with WebGL", () => drawnWithWebgl(plot));
    plot.setAttribute("output-backend", "canvas");
    await shown(plot);
    expect(plot.figure.output_backend).to.equal("canvas");
    expect(drawnWithWebgl(plot)).to.equal(false);
  });

  it("releases the WebGL buffers of every figure it showed when it is moved and removed", async () => {
    // BokehJS's WebGL markers, below the rows from which the scatter is a picture.
    const plot = await mountPlot({ "output-backend": "webgl", rollover: "200" });
    plot.stream({ x: columns(200, (i) => i / 2), y: columns(200, (i) => i / 2) });
    const container = plot.parentElement as HTMLElement;
    /** Shows the plot again and waits until its points are painted: BokehJS makes its buffers when it paints. */
    const showAgain = async () => {
      plot.remove();
      container.append(plot);
      await shown(plot);
      await until("the points are painted with WebGL", () => drawnWithWebgl(plot) && bluePixels(plot) > 100);
    };
    await showAgain();
    const before = reglBuffers();
    for (let i = 0; i < 10; i += 1) await showAgain();
    expect(reglBuffers(), "regl buffers after 10 more showings").to.equal(before);
  });

  it("refuses an unknown output-backend, naming it and the choices", () => {
    const plot = document.createElement("riv-plot");
    expect(() => (plot.outputBackend = "svg")).to.throw(
      PlotError,
      'riv-plot: output-backend "svg" is not one of auto, canvas, webgl; use e.g. output-backend="webgl"',
    );
    expect(plot.outputBackend).to.equal("auto");
  });
});
