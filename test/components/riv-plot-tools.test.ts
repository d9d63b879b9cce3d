// Tests of <riv-plot>'s tools in Chromium with the real BokehJS and trusted input: a plot that reports pointer
// samples draws on a drag instead of panning, and the `tools` and `active-drag` attributes choose Bokeh's tools.
import { expect } from "chai";
import { resetMouse } from "@web/test-runner-commands";
import { RivPlot } from "../../components/riv-plot.js";
import type { PlotEventType, PlotPointerSample } from "../../components/plot-events.js";
import { drag, mountPlot, ranges, unmount } from "./riv-plot-input-harness.js";

class BoundPlot extends RivPlot {
  static override plotEvents: readonly PlotEventType[] = ["pointermove"];
}
customElements.define("bound-plot", BoundPlot);

const fixed = { "x-range": "0,100", "y-range": "0,100" };

describe("<riv-plot> tools", () => {
  afterEach(async () => {
    await resetMouse();
  });

  it("keeps fixed ranges through a 20-step drag when onPlotEvent listens, and reports the drag with buttons", async () => {
    const plot = await mountPlot(fixed);
    const samples: PlotPointerSample[] = [];
    const stop = plot.onPlotEvent("pointermove", (sample) => samples.push(sample));
    await drag(plot, [
      [20, 50],
      [80, 50],
    ]);
    stop();
    expect(ranges(plot)).to.deep.equal([
      [0, 100],
      [0, 100],
    ]);
    const pressed = samples.filter((sample) => sample.buttons === 1);
    expect(pressed.length, "moves with the left button down").to.be.greaterThan(10);
    const xs = pressed.map((sample) => sample.x);
    expect(Math.min(...xs)).to.be.below(30);
    expect(Math.max(...xs)).to.be.above(75);
    expect(pressed.every((sample) => sample.pointerType === "mouse")).to.equal(true);
    unmount(plot);
  });

  it("keeps fixed ranges through a drag when a subclass declares plot events", async () => {
    const plot = await mountPlot<BoundPlot>(fixed, { tag: "bound-plot" });
    await drag(plot, [
      [30, 30],
      [70, 70],
    ]);
    expect(ranges(plot)).to.deep.equal([
      [0, 100],
      [0, 100],
    ]);
    const queued = Array.from({ length: plot.queue.size }, () => plot.queue.getNowait() as PlotPointerSample);
    expect(queued.some((sample) => sample.buttons === 1)).to.equal(true);
    unmount(plot);
  });

  it("pans with BokehJS's default tools when nothing listens, and after active-drag=pan even when something does", async () => {
    const idle = await mountPlot(fixed);
    await drag(idle, [
      [20, 50],
      [60, 50],
    ]);
    expect(idle.figure.x_range.start, "panned without bindings").to.be.below(-30);
    unmount(idle);
    const panning = await mountPlot({ ...fixed, "active-drag": "pan" });
    const stop = panning.onPlotEvent("pointermove", () => undefined);
    await drag(panning, [
      [20, 50],
      [60, 50],
    ]);
    stop();
    expect(panning.figure.x_range.start, "panned with active-drag=pan").to.be.below(-30);
    unmount(panning);
  });

  it("makes the toolbar from `tools`, none for an empty one, and refuses unknown tool names", async () => {
    const plot = await mountPlot({ ...fixed, tools: "wheel_zoom, reset" });
    const names = () => plot.figure.toolbar.tools.map((tool) => tool.constructor.name);
    expect(names()).to.deep.equal(["WheelZoomTool", "ResetTool"]);
    plot.setAttribute("tools", "");
    await plot.updateComplete;
    expect(names()).to.deep.equal([]);
    expect(() => (plot.tools = "pan,lasso")).to.throw(/tools "pan,lasso" names "lasso", which is not a BokehJS tool/);
    expect(() => (plot.activeDrag = "pan")).to.not.throw();
    expect(() => plot.figure).to.throw(/active-drag "pan" is not a drag tool of this plot/);
    plot.activeDrag = "auto";
    unmount(plot);
  });
});
