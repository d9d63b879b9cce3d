// Tests in Chromium with the real BokehJS WebGL backend that a WebGL <riv-plot> compiles its GL programs while it
// starts, not in its first paints with rows: a program compiled mid-stream was a long task of its own.
import { expect } from "chai";
import type { RivPlot } from "../../components/riv-plot.js";
import "../../components/riv-plot.js";
import { webglRasterRows } from "../../components/plot-raster.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: string, condition: () => boolean, frames = 600): Promise<void> {
  for (let frame = 0; frame < frames; frame += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`riv-plot-webgl-warm-up: not true within ${frames} frames: ${what}`);
}

/** Counts the GL programs made in this page, on the real WebGL contexts, from now on. */
function countPrograms(): { readonly count: number } {
  const counter = { count: 0 };
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const createProgram = Reflect.get(context.prototype, "createProgram") as (...args: unknown[]) => unknown;
    Reflect.set(context.prototype, "createProgram", function (this: unknown, ...args: unknown[]) {
      counter.count += 1;
      return Reflect.apply(createProgram, this, args);
    });
  }
  return counter;
}

const programs = countPrograms();

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

/** Pixels of the plot's canvas that are clearly blue: the scatter's colour, absent from axes and text. */
function bluePixels(plot: RivPlot): number {
  const canvas = canvasOf(plot);
  const data = canvas?.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
    if (a > 0 && b > r + 60 && b > g + 20) count += 1;
  }
  return count;
}

const lattice = (count: number, offset: number) => ({
  x: Array.from({ length: count }, (_, i) => 5 + ((i * 7 + offset) % 90)),
  y: Array.from({ length: count }, (_, i) => 5 + ((i * 13 + offset) % 90)),
});

describe("<riv-plot> WebGL warm-up", function () {
  afterEach(() => {
    for (const plot of document.querySelectorAll("riv-plot")) plot.parentElement?.remove();
  });

  it("compiles no GL program in its first paints with markers and with the picture", async () => {
    const container = document.createElement("div");
    container.style.width = "500px";
    const plot = document.createElement("riv-plot");
    for (const [name, value] of Object.entries({ "output-backend": "webgl", "x-range": "0,100", "y-range": "0,100" }))
      plot.setAttribute(name, value);
    container.append(plot);
    document.body.append(container);
    await plot.updateComplete;
    await until("the plot is shown", () => plot.view?.model === plot.figure && canvasOf(plot) !== null);
    await nextFrame();
    const atStart = programs.count;
    expect(atStart, "programs compiled while the plot started").to.be.greaterThan(0);
    plot.stream(lattice(webglRasterRows - 1, 0));
    await until("the markers are painted", () => bluePixels(plot) > 400);
    expect(plot.layer("default").rasterized).to.equal(false);
    expect(programs.count, "programs compiled for the first paint with markers").to.equal(atStart);
    plot.stream(lattice(webglRasterRows, 3));
    expect(plot.layer("default").rasterized).to.equal(true);
    const withMarkers = bluePixels(plot);
    await until("the picture is painted", () => bluePixels(plot) !== withMarkers && bluePixels(plot) > 400);
    expect(programs.count, "programs compiled for the first paint with the picture").to.equal(atStart);
  });
});
