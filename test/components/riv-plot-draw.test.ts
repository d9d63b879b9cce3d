// Tests of <riv-plot>'s draw attribute in Chromium with the real BokehJS and trusted input: BokehJS's point,
// freehand, box and polygon tools report what the user drew as `draw` samples in data coordinates.
import { expect } from "chai";
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import type { PlotDrawSample, PlotPointerSample } from "../../components/plot-events.js";
import { drag, mountPlot, pagePoint, ranges, unmount, until } from "./riv-plot-input-harness.js";

const fixed = { "x-range": "0,100", "y-range": "0,100" };

function recordDraws(plot: RivPlot): { draws: PlotDrawSample[]; stop: () => void } {
  const draws: PlotDrawSample[] = [];
  return { draws, stop: plot.onPlotEvent("draw", (sample) => draws.push(sample)) };
}

/** Two CSS pixels in data units. */
const near = (plot: RivPlot) =>
  (2 * 100) / Math.min(plot.view?.frame.bbox.width ?? 1, plot.view?.frame.bbox.height ?? 1);

/** Waits for the BokehJS press (a button held still for 300 ms) at data point (x, y), then releases. */
async function press(plot: RivPlot, x: number, y: number): Promise<void> {
  const presses: PlotPointerSample[] = [];
  const stop = plot.onPlotEvent("press", (sample) => presses.push(sample));
  await sendMouse({ type: "move", position: pagePoint(plot, x, y) });
  await sendMouse({ type: "down", button: "left" });
  const pressed = await until(() => presses.length > 0);
  await sendMouse({ type: "up", button: "left" });
  stop();
  expect(pressed, `press at ${x},${y}`).to.equal(true);
}

describe("<riv-plot> draw", () => {
  afterEach(async () => {
    await resetMouse();
  });

  it("adds a point per click and moves it by a drag with draw=point, reporting every change", async () => {
    const plot = await mountPlot({ ...fixed, draw: "point" });
    const { draws, stop } = recordDraws(plot);
    await sendMouse({ type: "click", position: pagePoint(plot, 10, 10) });
    expect(await until(() => (draws.at(-1)?.columns.x?.length ?? 0) === 1)).to.equal(true);
    await drag(plot, [
      [10, 10],
      [20, 30],
    ]);
    expect(await until(() => Math.abs((draws.at(-1)?.columns.x?.[0] as number) - 20) < near(plot))).to.equal(true);
    // Two clicks within 300 ms are BokehJS's double tap, which adds nothing: a press (held 300 ms) comes between.
    await press(plot, 90, 90);
    await sendMouse({ type: "click", position: pagePoint(plot, 60, 70) });
    expect(await until(() => (draws.at(-1)?.columns.x?.length ?? 0) === 2)).to.equal(true);
    stop();
    const last = draws.at(-1) as PlotDrawSample;
    expect(last.tool).to.equal("point");
    const [x0, x1] = last.columns.x as number[];
    const [y0, y1] = last.columns.y as number[];
    expect(x0).to.be.closeTo(20, near(plot));
    expect(x1).to.be.closeTo(60, near(plot));
    expect(y0).to.be.closeTo(30, near(plot));
    expect(y1).to.be.closeTo(70, near(plot));
    expect(structuredClone(last)).to.deep.equal(last);
    await executeServerCommand("save-screenshot", { name: "riv-plot-draw-point.png" });
    unmount(plot);
  });

  it("draws a line along a drag with draw=freehand, reported once the drag ends, ranges unmoved", async () => {
    const plot = await mountPlot({ ...fixed, draw: "freehand" });
    const { draws, stop } = recordDraws(plot);
    await drag(plot, [
      [20, 20],
      [50, 70],
      [80, 30],
    ]);
    expect(await until(() => draws.length > 0)).to.equal(true);
    stop();
    const [xs] = draws.at(-1)?.columns.xs as number[][];
    const [ys] = draws.at(-1)?.columns.ys as number[][];
    expect(xs?.length).to.be.greaterThan(20);
    expect(xs?.[0]).to.be.closeTo(20, near(plot));
    expect(xs?.at(-1)).to.be.closeTo(80, near(plot));
    expect(Math.max(...(ys ?? []))).to.be.closeTo(70, near(plot));
    expect(ranges(plot)).to.deep.equal([
      [0, 100],
      [0, 100],
    ]);
    await executeServerCommand("save-screenshot", { name: "riv-plot-draw-freehand.png" });
    unmount(plot);
  });

  it("draws a box with shift+drag with draw=box and reports its centre and size", async () => {
    const plot = await mountPlot({ ...fixed, draw: "box" });
    const { draws, stop } = recordDraws(plot);
    await sendKeys({ down: "Shift" });
    await drag(plot, [
      [20, 20],
      [60, 50],
    ]);
    await sendKeys({ up: "Shift" });
    expect(await until(() => (draws.at(-1)?.columns.x?.length ?? 0) === 1)).to.equal(true);
    stop();
    const { x, y, width, height } = draws.at(-1)?.columns as Record<string, number[]>;
    expect(x?.[0]).to.be.closeTo(40, near(plot));
    expect(y?.[0]).to.be.closeTo(35, near(plot));
    expect(width?.[0]).to.be.closeTo(40, near(plot));
    expect(height?.[0]).to.be.closeTo(30, near(plot));
    await executeServerCommand("save-screenshot", { name: "riv-plot-draw-box.png" });
    unmount(plot);
  });

  it("draws a polygon with draw=poly: a press starts it, a click adds a corner, a press ends it", async () => {
    const plot = await mountPlot({ ...fixed, draw: "poly" });
    const { draws, stop } = recordDraws(plot);
    await press(plot, 20, 20);
    await sendMouse({ type: "move", position: pagePoint(plot, 80, 20) });
    await sendMouse({ type: "click", position: pagePoint(plot, 80, 20) });
    await sendMouse({ type: "move", position: pagePoint(plot, 50, 80) });
    await press(plot, 50, 80);
    expect(await until(() => (draws.at(-1)?.columns.xs?.[0] as number[] | undefined)?.length === 3)).to.equal(true);
    stop();
    const [xs] = draws.at(-1)?.columns.xs as number[][];
    const [ys] = draws.at(-1)?.columns.ys as number[][];
    [20, 80, 50].forEach((expected, i) => expect(xs?.[i]).to.be.closeTo(expected, near(plot)));
    [20, 20, 80].forEach((expected, i) => expect(ys?.[i]).to.be.closeTo(expected, near(plot)));
    await executeServerCommand("save-screenshot", { name: "riv-plot-draw-poly.png" });
    unmount(plot);
  });

  it("refuses an unknown draw tool with a clear error", () => {
    const plot = document.createElement("riv-plot");
    expect(() => (plot.draw = "spray")).to.throw(/draw "spray" is not one of point, freehand, box, poly/);
  });
});
