// Lifecycle of what <riv-plot>'s events, tools, draw layer and toolbar add, in Chromium with the real BokehJS:
// shown plots with every event bound, a draw tool and the roving toolbar, removed again and again, must leave
// DOM nodes, listeners, frames, observers and timers where they started, and BokehJS's event bus as it was.
import { countResources } from "../harness/lifecycle.js";
import { expect } from "chai";
import { plotEventTypes, type PlotSample } from "../../components/plot-events.js";
import { mountPlot, unmount } from "./riv-plot-input-harness.js";

const cycles = 60;
const warmUp = 10;

/** Shows a plot with a draw tool, selection and zoom tools and a callback for every event, then removes it. */
async function cycle(): Promise<void> {
  const plot = await mountPlot({
    "x-range": "0,100",
    "y-range": "0,100",
    tools: "pan,wheel_zoom,box_select,reset",
    draw: "freehand",
  });
  const sink: PlotSample[] = [];
  const stops = plotEventTypes.map((type) => plot.onPlotEvent(type, (sample: PlotSample) => sink.push(sample)));
  stops.forEach((stop) => stop());
  unmount(plot);
}

describe("<riv-plot> events lifecycle", () => {
  it("leaves nothing behind after shown plots with every event bound and a draw tool are removed", async function () {
    this.timeout(300_000);
    for (let i = 0; i < warmUp; i += 1) await cycle();
    const before = await countResources();
    for (let i = 0; i < cycles; i += 1) await cycle();
    const after = await countResources();
    expect(after.nodes - before.nodes, "DOM nodes added").to.be.below(100);
    expect(after.listeners - before.listeners, "listeners added").to.be.below(10);
    expect(after.animationFrames, "animation frames pending").to.equal(before.animationFrames);
    expect(after.resizeObservers, "elements observed").to.equal(before.resizeObservers);
    expect(after.timers, "timers pending").to.equal(before.timers);
  });

  it("holds no view tree in a removed plot that the page still keeps", async () => {
    await cycle();
    const before = await countResources();
    const kept = await mountPlot({ "x-range": "0,100", "y-range": "0,100", draw: "freehand" });
    unmount(kept);
    const after = await countResources();
    expect(kept.isConnected).to.equal(false);
    expect(after.nodes - before.nodes, "DOM nodes the removed plot keeps").to.be.below(100);
  });

  it("gives BokehJS's event bus its own method back when the view goes", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    const bus = plot.view?.canvas_view.ui_event_bus;
    expect(Object.hasOwn(bus ?? {}, "_trigger_bokeh_event"), "wrapped while shown").to.equal(true);
    unmount(plot);
    expect(Object.hasOwn(bus ?? {}, "_trigger_bokeh_event"), "unwrapped once removed").to.equal(false);
  });
});
