// Tests of the glyphs of <riv-plot> in Chromium with the real BokehJS: heat maps and histograms drawn from the
// counts of the histogram2d and histogram operators, points coloured by a column, and the glyph attribute.
import { expect } from "chai";
import { Bokeh } from "../../components/bokeh.js";
import { fadingPalette } from "../../components/plot-color.js";
import { PlotError } from "../../components/plot-options.js";
import { Stream } from "../../stream/index.js";
import { frames, glyphTypes, mountPlot, pixelAt, unmount, until } from "./plot-layer-helpers.js";

const rgb = (pixel: readonly number[]) => pixel.slice(0, 3);

describe("<riv-plot> glyphs", () => {
  it("draws a heat map of histogram2d counts: the newest counts of a frame, zero bins see-through", async () => {
    const plot = await mountPlot({ "x-range": "0,4", "y-range": "0,2" });
    const heat = plot.layer("heat", { glyph: "heatmap", color: { palette: ["#fde68a", "#b91c1c"] } });
    const moves = new Stream<{ x: number; y: number }>();
    const grid = moves.histogram2d({ x: [0, 4, 4], y: [0, 2, 2] });
    grid.sink(heat.streamSink());
    const sets: number[] = [];
    heat.source.change.connect(() => sets.push(grid.state.total));
    for (const [x, y] of [
      [0.5, 0.5],
      [0.5, 0.5],
      [0.5, 0.5],
      [3.5, 1.5],
    ] as const)
      void moves.emit({ x, y });
    await frames(3);
    expect(sets, "one picture for the frame's four values").to.deep.equal([4]);
    const counts = heat.source.get("image")[0] as Float64Array & { shape: number[] };
    expect(counts.shape).to.deep.equal([2, 4]);
    expect(Array.from(counts)).to.deep.equal([3, 0, 0, 0, 0, 0, 0, 1]);
    expect(heat.source.get("x")).to.deep.equal([0]);
    expect(heat.source.get("dw")).to.deep.equal([4]);
    // The shown ones: the default scatter's picture (rasterize) waits hidden beside its markers.
    const renderers = plot.figure.select(Bokeh.GlyphRenderer).filter((renderer) => renderer.visible);
    expect(renderers.map((renderer) => (renderer.glyph as unknown) instanceof Bokeh.Image)).to.deep.equal([
      false,
      true,
    ]);
    // Points away from grid lines, which are drawn below the glyphs and show through empty bins.
    await until("the image is painted", () => rgb(pixelAt(plot, 0.7, 0.7)).join() !== "255,255,255");
    expect(rgb(pixelAt(plot, 0.7, 0.7)), "the busiest bin in the last colour").to.deep.equal([0xb9, 0x1c, 0x1c]);
    expect(rgb(pixelAt(plot, 3.3, 1.3)), "a bin of one in the first colour").to.deep.equal([0xfd, 0xe6, 0x8a]);
    expect(rgb(pixelAt(plot, 2.3, 0.7)), "an empty bin shows the white background").to.deep.equal([255, 255, 255]);
    expect(() => heat.streamSink()({ x: 1, y: 2 })).to.throw(
      PlotError,
      /a heatmap layer draws the counts of histogram2d/,
    );
    unmount(plot);
  });

  it("draws a histogram of histogram counts as one bar per bin", async () => {
    const plot = await mountPlot({ "x-range": "0,10", "y-range": "0,4", glyph: "histogram" });
    expect(plot.columns).to.deep.equal(["left", "right", "top"]);
    const speeds = new Stream<number>();
    speeds.histogram({ bins: [0, 10, 5] }).sink(plot.streamSink());
    for (const speed of [1, 1.5, 3, 9, 9.5, 9.9]) void speeds.emit(speed);
    await frames(3);
    expect(plot.source.data).to.deep.equal({
      left: [0, 2, 4, 6, 8],
      right: [2, 4, 6, 8, 10],
      top: [2, 1, 0, 0, 3],
    });
    expect(glyphTypes(plot)).to.deep.equal(["Quad"]);
    const blue = rgb(pixelAt(plot, 9, 1.3));
    expect(blue[2], "the bar is drawn in the default blue").to.be.greaterThan((blue[0] ?? 0) + 60);
    expect(rgb(pixelAt(plot, 4.7, 1.3)), "no bar over an empty bin").to.deep.equal([255, 255, 255]);
    unmount(plot);
  });

  it("colours points by a column through a LinearColorMapper with a BokehJS palette or given colours", async () => {
    const plot = await mountPlot({ "x-range": "0,10", "y-range": "0,10" });
    const points = plot.layer("points", {
      columns: "x,y,speed",
      size: 24,
      alpha: 1,
      color: { field: "speed", palette: ["#ff0000", "#0000ff"], low: 0, high: 1 },
    });
    points.stream({ x: [3, 7], y: [5, 5], speed: [0, 1] });
    await frames(3);
    expect(points.colorMapper).to.be.instanceOf(Bokeh.LinearColorMapper);
    expect(rgb(pixelAt(plot, 3, 5)), "speed 0: the first colour").to.deep.equal([255, 0, 0]);
    expect(rgb(pixelAt(plot, 7, 5)), "speed 1: the last colour").to.deep.equal([0, 0, 255]);
    const viridis = plot.layer("viridis", { color: { field: "x", palette: "Viridis256" } });
    expect(viridis.colorMapper?.palette).to.deep.equal(Bokeh.Palettes.Viridis256);
    unmount(plot);
  });

  it("moves a windowed colour map with the newest rows, so older points fade out", async () => {
    const plot = await mountPlot({ "x-range": "0,10", "y-range": "0,10" });
    const trail = plot.layer("trail", {
      columns: "x,y,t",
      size: 24,
      alpha: 1,
      color: { field: "t", palette: fadingPalette("#2563eb", 5), window: 1000 },
    });
    const sink = trail.streamSink();
    sink({ x: 3, y: 5, t: 500 });
    sink({ x: 7, y: 5, t: 1500 });
    // BokehJS paints on its own schedule, which lags on a loaded machine: wait for the paint, not a frame count.
    await until("the newest point painted", () => rgb(pixelAt(plot, 7, 5)).join() === "37,99,235");
    expect([trail.colorMapper?.low, trail.colorMapper?.high]).to.deep.equal([500, 1500]);
    expect(rgb(pixelAt(plot, 7, 5)), "the newest point, opaque").to.deep.equal([0x25, 0x63, 0xeb]);
    expect(rgb(pixelAt(plot, 3, 5)), "a point one window old, faded out").to.deep.equal([255, 255, 255]);
    sink({ x: 5, y: 7, t: 3000 });
    await until("the old point faded out", () => rgb(pixelAt(plot, 7, 5)).join() === "255,255,255");
    expect([trail.colorMapper?.low, trail.colorMapper?.high]).to.deep.equal([2000, 3000]);
    expect(rgb(pixelAt(plot, 7, 5)), "older than the window now").to.deep.equal([255, 255, 255]);
    unmount(plot);
  });

  it("lets the glyph attribute pick the default layer's columns unless columns were given, and checks both", async () => {
    const plot = await mountPlot({ glyph: "segment" });
    expect(plot.columns).to.deep.equal(["x0", "y0", "x1", "y1"]);
    plot.stream({ x0: [0], y0: [0], x1: [1], y1: [1] });
    expect(glyphTypes(plot)).to.deep.equal(["Segment"]);
    expect(() => (plot.columns = "a,b")).to.throw(PlotError, /columns "a,b" has 2 names but a segment draws 4/);
    plot.glyph = "scatter";
    expect(plot.columns, "following the glyph").to.deep.equal(["x", "y"]);
    plot.columns = "a,b";
    expect(() => (plot.glyph = "segment")).to.throw(PlotError, /columns "a,b" has 2 names but a segment draws 4/);
    expect(plot.glyph).to.equal("scatter");
    plot.glyph = "line";
    expect(plot.columns).to.deep.equal(["a", "b"]);
    unmount(plot);
  });
});
