// Tests in Chromium with the real BokehJS that a <riv-plot> scatter turns into its picture and back without changing
// the figure's renderers: BokehJS rebuilds renderer views and lays the whole plot out again whenever they change.
import { expect } from "chai";
import type { RivPlot } from "../../components/riv-plot.js";
import "../../components/riv-plot.js";
import { Bokeh } from "../../components/bokeh.js";
import { rasterRows, webglRasterRows } from "../../components/plot-raster.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: string, condition: () => boolean, frames = 600): Promise<void> {
  for (let frame = 0; frame < frames; frame += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`riv-plot-raster-switch: not true within ${frames} frames: ${what}`);
}

async function mountPlot(attributes: Record<string, string>): Promise<RivPlot> {
  const container = document.createElement("div");
  container.style.width = "500px";
  const plot = document.createElement("riv-plot");
  for (const [name, value] of Object.entries(attributes)) plot.setAttribute(name, value);
  container.append(plot);
  document.body.append(container);
  await plot.updateComplete;
  await until("the plot is shown", () => plot.view?.model === plot.figure && (plot.view?.frame.bbox.width ?? 0) > 0);
  return plot;
}

/** The figure's renderers and the views BokehJS built for them, as they are now. */
function rendererSet(plot: RivPlot): { renderers: unknown[]; views: unknown[] } {
  return { renderers: [...plot.figure.renderers], views: [...(plot.view?.renderer_views.values() ?? [])] };
}

/** The glyphs of the renderers that are shown. */
function shownGlyphs(plot: RivPlot): unknown[] {
  return plot.figure.renderers
    .filter((renderer) => renderer.visible)
    .map((renderer): unknown => (renderer instanceof Bokeh.GlyphRenderer ? renderer.glyph : renderer));
}

function expectSameSet(actual: { renderers: unknown[]; views: unknown[] }, expected: typeof actual, when: string) {
  expect(actual.renderers.length, `renderers ${when}`).to.equal(expected.renderers.length);
  actual.renderers.forEach((renderer, i) =>
    expect(renderer === expected.renderers[i], `renderer ${i} ${when}`).to.equal(true),
  );
  expect(actual.views.length, `renderer views ${when}`).to.equal(expected.views.length);
  actual.views.forEach((view, i) => expect(view === expected.views[i], `renderer view ${i} ${when}`).to.equal(true));
}

/** Counts the copies of a WebGL canvas into a 2-D canvas (BokehJS's way of showing what it drew with WebGL). */
function countWebglCopies(): { count: number } {
  const webglCanvases = new WeakSet<object>();
  const getContext = Reflect.get(HTMLCanvasElement.prototype, "getContext") as (...args: unknown[]) => unknown;
  Reflect.set(HTMLCanvasElement.prototype, "getContext", function (this: object, ...args: unknown[]) {
    if (String(args[0]).startsWith("webgl")) webglCanvases.add(this);
    return Reflect.apply(getContext, this, args);
  });
  const copies = { count: 0 };
  const drawImage = Reflect.get(CanvasRenderingContext2D.prototype, "drawImage") as (...args: unknown[]) => unknown;
  Reflect.set(CanvasRenderingContext2D.prototype, "drawImage", function (this: unknown, ...args: unknown[]) {
    if (webglCanvases.has(args[0] as object)) copies.count += 1;
    return Reflect.apply(drawImage, this, args);
  });
  return copies;
}

const webglCopies = countWebglCopies();

/** The most WebGL canvas copies in one animation frame while one row is streamed in each of 20 frames. */
async function mostCopiesPerFrame(plot: RivPlot): Promise<number> {
  let most = 0;
  for (let frame = 0; frame < 20; frame += 1) {
    const before = webglCopies.count;
    plot.stream({ x: [50], y: [50] });
    await nextFrame();
    most = Math.max(most, webglCopies.count - before);
  }
  return most;
}

const lattice = (count: number) => ({
  x: Array.from({ length: count }, (_, i) => 10 + (i % 80)),
  y: Array.from({ length: count }, (_, i) => 10 + (Math.floor(i / 80) % 80)),
});

describe("<riv-plot> rasterize switch", function () {
  afterEach(() => {
    for (const plot of document.querySelectorAll("riv-plot")) plot.parentElement?.remove();
  });

  for (const backend of ["canvas", "webgl"]) {
    it(`keeps the same renderers and renderer views when a scatter turns into its picture and back (${backend})`, async () => {
      const plot = await mountPlot({ "output-backend": backend, "x-range": "0,100", "y-range": "0,100" });
      const atStart = rendererSet(plot);
      const threshold = backend === "webgl" ? webglRasterRows : rasterRows;
      plot.stream(lattice(threshold - 1));
      await nextFrame();
      expect(shownGlyphs(plot)[0], "below the threshold").to.be.instanceOf(Bokeh.Scatter);
      expectSameSet(rendererSet(plot), atStart, "with markers");
      plot.stream(lattice(1));
      expect(shownGlyphs(plot)[0], "at the threshold").to.be.instanceOf(Bokeh.ImageRGBA);
      await nextFrame();
      await nextFrame();
      expectSameSet(rendererSet(plot), atStart, "with the picture");
      plot.clear();
      expect(shownGlyphs(plot)[0], "after clear").to.be.instanceOf(Bokeh.Scatter);
      await nextFrame();
      expectSameSet(rendererSet(plot), atStart, "with markers again");
    });
  }

  it("copies the WebGL canvas once per paint with markers and never with the picture, though both renderers are there", async () => {
    const plot = await mountPlot({ "output-backend": "webgl", "x-range": "0,100", "y-range": "0,100" });
    // Markers throughout: 20 more rows stream while the copies are counted.
    plot.stream(lattice(webglRasterRows - 21));
    expect(await mostCopiesPerFrame(plot), "with markers").to.equal(1);
    expect(plot.layer("default").rasterized).to.equal(false);
    plot.stream(lattice(1));
    expect(plot.layer("default").rasterized).to.equal(true);
    // The picture is pixels already: it is drawn on the 2-D canvas, and nothing is drawn with WebGL.
    expect(await mostCopiesPerFrame(plot), "with the picture").to.equal(0);
  });
});
