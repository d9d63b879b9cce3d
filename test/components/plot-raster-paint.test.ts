// Tests of the marker painter of <riv-plot>'s raster layers: where a marker lands, its colour and opacity, that later
// rows are composited over earlier ones, as BokehJS draws its markers, and that updating a picture with the rows that
// came and went gives the picture painting every row again gives.
import { expect } from "chai";
import { MarkerPainter, type RasterGrid } from "../../components/plot-raster-paint.js";

/** A 20 × 10 picture of data 0..20 × 0..10: one pixel per data unit, row 0 at the bottom. */
const grid: RasterGrid = { x0: 0, x1: 20, y0: 0, y1: 10, width: 20, height: 10 };

/** The pixel at column `x`, row `y` (from the bottom) as [red, green, blue, alpha]. */
function pixel(pixels: Uint32Array, x: number, y: number): number[] {
  const value = pixels[y * grid.width + x] ?? 0;
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24];
}

describe("MarkerPainter", () => {
  it("paints an opaque marker of one colour around its row's pixel and nothing far from it", () => {
    const painter = new MarkerPainter({ size: 4, lineWidth: 0, fillAlpha: 1, lineAlpha: 1 });
    const pixels = painter.paint(grid, [5.5], [4.5], { rgba: [31, 119, 180, 255], stride: 0 });
    expect(pixels.length).to.equal(200);
    expect(pixel(pixels, 5, 4)).to.deep.equal([31, 119, 180, 255]);
    expect(pixel(pixels, 6, 5)).to.deep.equal([31, 119, 180, 255]);
    expect(pixel(pixels, 12, 4)).to.deep.equal([0, 0, 0, 0]);
    expect(pixel(pixels, 5, 9)).to.deep.equal([0, 0, 0, 0]);
  });

  it("composites markers of one colour: two at 50% make 75% where they overlap", () => {
    const painter = new MarkerPainter({ size: 4, lineWidth: 0, fillAlpha: 0.5, lineAlpha: 1 });
    // A copy: the painter reuses its picture.
    const one = painter.paint(grid, [5.5], [4.5], { rgba: [255, 0, 0, 255], stride: 0 }).slice();
    const two = painter.paint(grid, [5.5, 5.5], [4.5, 4.5], { rgba: [255, 0, 0, 255], stride: 0 });
    expect(pixel(one, 5, 4)).to.deep.equal([255, 0, 0, 128]);
    expect(pixel(two, 5, 4)).to.deep.equal([255, 0, 0, 191]);
  });

  it("draws each row in its own colour, the later row over the earlier one", () => {
    const painter = new MarkerPainter({ size: 4, lineWidth: 0, fillAlpha: 1, lineAlpha: 1 });
    const colors = { rgba: [255, 0, 0, 255, 0, 0, 255, 255], stride: 4 } as const;
    const pixels = painter.paint(grid, [5.5, 7.5], [4.5, 4.5], colors);
    expect(pixel(pixels, 4, 4), "red alone").to.deep.equal([255, 0, 0, 255]);
    expect(pixel(pixels, 6, 4), "blue over red").to.deep.equal([0, 0, 255, 255]);
    expect(pixel(pixels, 8, 4), "blue alone").to.deep.equal([0, 0, 255, 255]);
  });

  it("draws the outline opaque over a translucent inside, and clips markers at the picture's edge", () => {
    const painter = new MarkerPainter({ size: 8, lineWidth: 2, fillAlpha: 0.2, lineAlpha: 1 });
    const pixels = painter.paint(grid, [0.5], [4.5], { rgba: [0, 0, 0, 255], stride: 0 });
    expect(pixel(pixels, 0, 4)[3], "inside").to.equal(51);
    expect(pixel(pixels, 4, 4)[3], "on the outline").to.equal(255);
    expect(pixel(pixels, 7, 4)[3], "beyond it").to.equal(0);
  });

  it("leaves out rows whose position is not a number", () => {
    const painter = new MarkerPainter({ size: 4, lineWidth: 0, fillAlpha: 1, lineAlpha: 1 });
    const pixels = painter.paint(grid, [Number.NaN, 5.5], [4.5, Number.NaN], { rgba: [0, 0, 0, 255], stride: 0 });
    expect(pixels.every((value) => value === 0)).to.equal(true);
  });

  it("updates a picture of one colour with the rows added and rolled over to exactly the picture of every row", () => {
    const look = { size: 6, lineWidth: 1, fillAlpha: 0.6, lineAlpha: 1 };
    const blue = { rgba: [31, 119, 180, 255], stride: 0 } as const;
    const wide: RasterGrid = { x0: -2, x1: 22, y0: -1, y1: 11, width: 48, height: 24 };
    // A fixed pseudo-random walk, with rows on and past the picture's edges and a row without a position.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const row = (i: number) => (i === 40 ? [Number.NaN, 5] : [next() * 28 - 4, next() * 14 - 2]);
    const held: number[][] = [];
    const updating = new MarkerPainter(look);
    for (let i = 0; i < 60; i += 1) held.push(row(i));
    updating.paint(
      wide,
      held.map((r) => r[0] as number),
      held.map((r) => r[1] as number),
      blue,
    );
    let rows = 60;
    for (const [added, rolledOver] of [
      [5, 0],
      [30, 25],
      [1, 12],
      [0, 3],
      [70, 50],
      [200, 190],
    ]) {
      const removed = held.splice(0, rolledOver as number);
      const from = held.length;
      for (let i = 0; i < (added as number); i += 1) held.push(row((rows += 1)));
      const xs = held.map((r) => r[0] as number);
      const ys = held.map((r) => r[1] as number);
      expect(updating.canUpdate(wide, blue), "same grid, one colour").to.equal(true);
      const updated = updating.update(
        { xs, ys, from },
        { xs: removed.map((r) => r[0] as number), ys: removed.map((r) => r[1] as number) },
        blue,
      );
      const painted = new MarkerPainter(look).paint(wide, xs, ys, blue);
      expect([...updated], `after adding ${added} and rolling over ${rolledOver}`).to.deep.equal([...painted]);
    }
    expect(updating.canUpdate({ ...wide, x1: 23 }, blue), "another grid").to.equal(false);
    expect(updating.canUpdate(wide, { rgba: [255, 0, 0, 255, 0, 0, 255, 255], stride: 4 }), "own colours").to.equal(
      false,
    );
  });

  it("refuses to update before a picture of one colour was painted", () => {
    const painter = new MarkerPainter({ size: 4, lineWidth: 0, fillAlpha: 1, lineAlpha: 1 });
    const none = { xs: [], ys: [] };
    expect(() => painter.update(none, none, { rgba: [0, 0, 0, 255], stride: 0 })).to.throw(/paint it first/);
    painter.paint(grid, [5.5], [4.5], { rgba: [255, 0, 0, 255, 0, 0, 255, 255], stride: 4 });
    expect(() => painter.update(none, none, { rgba: [0, 0, 0, 255], stride: 0 })).to.throw(/paint it first/);
  });
});
