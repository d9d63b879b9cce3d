// Tests of <riv-plot>'s raster layers in Chromium with the real BokehJS: a scatter holding many rows is drawn as one
// `image_rgba` picture where its markers would be, follows the ranges, turns back into markers below the count, and
// paints only the rows that came and went, to the picture of every row held.
import { countPending } from "../harness/lifecycle.js"; // first: it counts the frames the code under test asks for
import { expect } from "chai";
import type { RivPlot } from "../../components/riv-plot.js";
import "../../components/riv-plot.js";
import { Bokeh } from "../../components/bokeh.js";
import { PlotError } from "../../components/plot-options.js";
import { rasterRows } from "../../components/plot-raster.js";
import { PlotLayer } from "../../components/plot-layer.js";
import { MarkerPainter } from "../../components/plot-raster-paint.js";
import { scatterDefaults } from "../../components/plot-glyph-draw.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: string, condition: () => boolean, frames = 300): Promise<void> {
  for (let frame = 0; frame < frames; frame += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`riv-plot-raster: not true within ${frames} frames: ${what}`);
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

/** The canvas pixel [r, g, b, a] where the data point (x, y) is drawn. */
function pixelAt(plot: RivPlot, x: number, y: number): number[] {
  const view = plot.view;
  const canvas = canvasOf(plot);
  const context = canvas?.getContext("2d");
  if (view === undefined || canvas === null || context === null || context === undefined) return [];
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const sx = Math.round(view.frame.x_scale.compute(x) * ratio);
  const sy = Math.round(view.frame.y_scale.compute(y) * ratio);
  return [...context.getImageData(sx, sy, 1, 1).data];
}

/** Whether the pixel is the layer's default blue (#1f77b4), drawn at least half opaque over white. */
const isBlue = ([r = 0, g = 0, b = 0, a = 0]: number[]) => a > 0 && b > r + 40 && b > g + 20;

/** The glyph of the `index`th renderer that is shown: a layer that can be a picture has its markers' and the picture's. */
const renderedGlyph = (plot: RivPlot, index = 0): unknown => {
  const renderer = plot.figure.renderers.filter((drawn) => drawn.visible)[index];
  return renderer instanceof Bokeh.GlyphRenderer ? renderer.glyph : renderer;
};

/** `count` rows on a 4 × 4 lattice inside 20..80, plus one row at (50, 90) to look for. */
function rows(count: number): { x: number[]; y: number[] } {
  const x = Array.from({ length: count - 1 }, (_, i) => 20 + (i % 4) * 20);
  const y = Array.from({ length: count - 1 }, (_, i) => 20 + (Math.floor(i / 4) % 4) * 20);
  return { x: [...x, 50], y: [...y, 90] };
}

/** The picture's source of the plot's default layer: one image and where it lies. */
function pictureOf(plot: RivPlot): InstanceType<typeof Bokeh.ColumnDataSource> {
  const renderer = plot.figure.renderers.find(
    (drawn) => drawn instanceof Bokeh.GlyphRenderer && drawn.glyph instanceof Bokeh.ImageRGBA,
  ) as InstanceType<typeof Bokeh.GlyphRenderer>;
  return renderer.data_source;
}

/** Whether the plot's picture is, pixel for pixel, the default blue markers of every row its source holds, painted anew. */
function isWholePicture(plot: RivPlot): boolean {
  const picture = pictureOf(plot);
  const image = picture.get<Uint32Array & { shape: number[] }>("image")[0];
  if (image === undefined) return false;
  const [height = 0, width = 0] = image.shape;
  const [x0 = 0, y0 = 0, dw = 0, dh = 0] = ["x", "y", "dw", "dh"].map((name) => picture.get<number>(name)[0]);
  const grid = { x0, y0, x1: x0 + dw, y1: y0 + dh, width, height };
  const ratio = Math.max(1, devicePixelRatio);
  const look = {
    size: scatterDefaults.size * ratio,
    lineWidth: scatterDefaults.lineWidth * ratio,
    fillAlpha: scatterDefaults.alpha,
    lineAlpha: 1,
  };
  const xs = plot.source.get<number>("x");
  const ys = plot.source.get<number>("y");
  const whole = new MarkerPainter(look).paint(grid, xs, ys, { rgba: [31, 119, 180, 255], stride: 0 });
  return whole.length === image.length && whole.every((pixel, i) => pixel === image[i]);
}

describe("<riv-plot> rasterize", function () {
  afterEach(() => {
    for (const plot of document.querySelectorAll("riv-plot")) plot.parentElement?.remove();
  });

  it("draws a scatter as one picture from rasterRows rows on, where its markers are, and as markers again below", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    plot.stream(rows(rasterRows - 1));
    expect(renderedGlyph(plot)).to.be.instanceOf(Bokeh.Scatter);
    await until("the markers are painted", () => isBlue(pixelAt(plot, 50, 90)));
    plot.stream({ x: [10], y: [10] });
    expect(renderedGlyph(plot)).to.be.instanceOf(Bokeh.ImageRGBA);
    await until("the picture is painted", () => isBlue(pixelAt(plot, 10, 10)));
    expect(isBlue(pixelAt(plot, 50, 90)), "the row at (50, 90)").to.equal(true);
    expect(isBlue(pixelAt(plot, 50, 50)), "no row at (50, 50)").to.equal(false);
    expect(plot.source.get_length(), "the source keeps every row").to.equal(rasterRows);
    plot.clear();
    expect(renderedGlyph(plot)).to.be.instanceOf(Bokeh.Scatter);
  });

  it("keeps the layer's place below the layers above it when it turns into a picture", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    const above = plot.layer("above", { glyph: "line" });
    plot.stream(rows(rasterRows));
    expect(renderedGlyph(plot, 0)).to.be.instanceOf(Bokeh.ImageRGBA);
    expect(renderedGlyph(plot, 1)).to.be.instanceOf(Bokeh.Line);
    expect(above.glyph).to.equal("line");
  });

  it("paints the picture again for the new range when the range changes", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    plot.stream(rows(rasterRows));
    await until("the picture is painted", () => isBlue(pixelAt(plot, 50, 90)));
    plot.setAttribute("x-range", "40,60");
    await until("the figure for the new range is shown", () => plot.view?.model === plot.figure);
    await until("the row at (50, 90) is painted in the new range", () => isBlue(pixelAt(plot, 50, 90)));
    const range = plot.figure.x_range as InstanceType<typeof Bokeh.Range1d>;
    range.setv({ start: 0, end: 200 });
    await until(
      "the picture follows a pan or zoom",
      () => isBlue(pixelAt(plot, 50, 90)) && isBlue(pixelAt(plot, 80, 80)),
    );
  });

  it("fits an automatic range to the rows of a picture", async () => {
    const plot = await mountPlot({});
    const count = rasterRows;
    plot.stream({
      x: Array.from({ length: count }, (_, i) => 1000 + (i % 100) * 10),
      y: Array.from({ length: count }, (_, i) => -5 + (i % 50) / 5),
    });
    expect(renderedGlyph(plot)).to.be.instanceOf(Bokeh.ImageRGBA);
    const x = plot.figure.x_range as InstanceType<typeof Bokeh.DataRange1d>;
    const y = plot.figure.y_range as InstanceType<typeof Bokeh.DataRange1d>;
    await until("the ranges fit the rows", () => x.start < 1000 && x.start > 800 && x.end > 1990 && x.end < 2200);
    expect(y.start).to.be.within(-7, -5);
    expect(y.end).to.be.within(4.8, 7);
    await until("the row at the far corner is painted", () => isBlue(pixelAt(plot, 1990, 4.8)));
  });

  it("updates its picture with the rows that came and went, to the picture of all rows, whoever changed them", async () => {
    const updates = { count: 0 };
    const update = Reflect.get(MarkerPainter.prototype, "update") as (...args: unknown[]) => unknown;
    Reflect.set(MarkerPainter.prototype, "update", function (this: unknown, ...args: unknown[]) {
      updates.count += 1;
      return Reflect.apply(update, this, args);
    });
    try {
      const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100", rollover: String(rasterRows + 500) });
      plot.stream(rows(rasterRows));
      await nextFrame();
      expect(isWholePicture(plot), "painted whole").to.equal(true);
      // The painter rehearsed with an update of its own when the layer was drawn: count from here.
      updates.count = 0;
      let seed = 11;
      const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      // Rows inside the range, past its edges and one without a position.
      const batch = (count: number) => ({
        x: Array.from({ length: count }, (_, i) => (i === 3 ? Number.NaN : next() * 110 - 5)),
        y: Array.from({ length: count }, () => next() * 110 - 5),
      });
      for (const [count, when] of [
        [300, "growing"],
        [400, "rolling over"],
        [250, "rolling over again"],
      ] as const) {
        plot.stream(batch(count));
        plot.stream(batch(7));
        await nextFrame();
        expect(isWholePicture(plot), when).to.equal(true);
      }
      expect(updates.count, "pictures updated, not painted anew").to.equal(3);
      plot.source.stream(batch(40), rasterRows + 500);
      plot.stream(batch(20));
      await nextFrame();
      expect(isWholePicture(plot), "after rows were streamed into the source directly").to.equal(true);
      expect(updates.count, "painted anew").to.equal(3);
    } finally {
      Reflect.set(MarkerPainter.prototype, "update", update);
    }
  });

  it("paints the picture ahead, hidden, from half the rows, so that the frame that shows it only updates it", async () => {
    const calls = { paint: 0, update: 0 };
    const originals = (["paint", "update"] as const).map((name) => {
      const original = Reflect.get(MarkerPainter.prototype, name) as (...args: unknown[]) => unknown;
      Reflect.set(MarkerPainter.prototype, name, function (this: unknown, ...args: unknown[]) {
        calls[name] += 1;
        return Reflect.apply(original, this, args);
      });
      return [name, original] as const;
    });
    try {
      const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
      const sink = plot.streamSink();
      const feed = async (count: number) => {
        for (let i = 0; i < count; i += 1) sink({ x: 10 + (i % 80), y: 10 + ((i * 7) % 80) });
        await nextFrame();
      };
      await feed(rasterRows / 2 - 1);
      Object.assign(calls, { paint: 0, update: 0 });
      await feed(1);
      expect(calls, "at half the rows: painted whole, hidden").to.deep.equal({ paint: 1, update: 0 });
      expect(plot.layer("default").rasterized).to.equal(false);
      await feed(rasterRows / 4);
      expect(calls, "then updated").to.deep.equal({ paint: 1, update: 1 });
      await feed(rasterRows / 4);
      expect(plot.layer("default").rasterized, "shown at rasterRows").to.equal(true);
      expect(calls, "the frame that shows it updates it").to.deep.equal({ paint: 1, update: 2 });
      expect(isWholePicture(plot), "the picture of every row").to.equal(true);
    } finally {
      for (const [name, original] of originals) Reflect.set(MarkerPainter.prototype, name, original);
    }
  });

  it("keeps BokehJS's markers with rasterize=off and draws a picture from the first row with rasterize=on", async () => {
    const off = await mountPlot({ rasterize: "off", rollover: "20000" });
    off.stream(rows(2 * rasterRows));
    expect(renderedGlyph(off)).to.be.instanceOf(Bokeh.Scatter);
    const on = await mountPlot({ rasterize: "on" });
    on.stream({ x: [1], y: [2] });
    expect(renderedGlyph(on)).to.be.instanceOf(Bokeh.ImageRGBA);
  });

  it("draws other markers than circles with BokehJS, however many rows", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    const squares = plot.layer("squares", { marker: "square" });
    squares.stream(rows(rasterRows));
    expect(renderedGlyph(plot, 1)).to.be.instanceOf(Bokeh.Scatter);
  });

  it("lets go of its frame request when its plot stops, with a repaint pending", () => {
    const before = countPending().animationFrames;
    const figure = Bokeh.Plotting.figure({ x_range: [0, 100], y_range: [0, 100] });
    const layer = new PlotLayer("many", {}, () => 10_000);
    layer.draw(figure);
    layer.start();
    layer.stream(rows(rasterRows));
    expect(layer.rasterized).to.equal(true);
    layer.stream({ x: [1], y: [1] });
    expect(countPending().animationFrames, "the repaint asked for").to.equal(before + 1);
    layer.stop();
    expect(countPending().animationFrames, "after stop").to.equal(before);
    layer.start();
    layer.undraw(figure);
    expect(countPending().animationFrames, "after undraw").to.equal(before);
    expect(figure.renderers, "the picture's renderer is off the figure").to.deep.equal([]);
  });

  it("refuses an unknown rasterize, naming it and the choices", () => {
    const plot = document.createElement("riv-plot");
    expect(() => (plot.rasterize = "always")).to.throw(
      PlotError,
      'riv-plot: rasterize "always" is not one of auto, on, off; use e.g. rasterize="off"',
    );
    expect(plot.rasterize).to.equal("auto");
  });
});
