// Tests of <riv-plot> layers in Chromium with the real BokehJS: several glyphs over several sources, drawn in
// order, kept across figure rebuilds, fed by frame-batched sinks, removed again, and refused with clear errors.
import { expect } from "chai";
import { resetMouse, sendMouse } from "@web/test-runner-commands";
import "../../components/riv-pad.js";
import type { EventSample } from "../../components/events.js";
import { fromQueue } from "../../stream/index.js";
import { PlotError } from "../../components/plot-options.js";
import { frames, glyphTypes, mountPlot, pixelAt, shown, shows, unmount } from "./plot-layer-helpers.js";

describe("<riv-plot> layers", () => {
  afterEach(async () => {
    await resetMouse();
  });

  it("draws the default layer and named layers over their own sources, in the order they were made", async () => {
    const plot = await mountPlot({ "x-range": "0,10", "y-range": "0,10" });
    const path = plot.layer("path", { glyph: "line", color: "#16a34a" });
    const arrows = plot.layer("arrows", { glyph: "segment", color: "#e11d48", lineWidth: 3 });
    plot.stream({ x: [1], y: [1] });
    path.stream({ x: [1, 9], y: [1, 9] });
    arrows.stream({ x0: [2], y0: [8], x1: [8], y1: [8] });
    expect(glyphTypes(plot)).to.deep.equal(["Scatter", "Line", "Segment"]);
    expect(new Set([plot.source, path.source, arrows.source]).size).to.equal(3);
    expect(arrows.source.data).to.deep.equal({ x0: [2], y0: [8], x1: [8], y1: [8] });
    expect(plot.layer("path")).to.equal(path);
    expect(plot.layer("default").source).to.equal(plot.source);
    await frames(3);
    expect(shows(pixelAt(plot, 5, 5), "#16a34a"), `the green line: ${pixelAt(plot, 5, 5).join()}`).to.equal(true);
    expect(shows(pixelAt(plot, 5, 8), "#e11d48"), `the red segment: ${pixelAt(plot, 5, 8).join()}`).to.equal(true);
    unmount(plot);
  });

  it("keeps every layer, with its rows, when an attribute change rebuilds the figure", async () => {
    const plot = await mountPlot({ "x-range": "0,10", "y-range": "0,10" });
    const path = plot.layer("path", { glyph: "line" });
    path.stream({ x: [1, 2], y: [3, 4] });
    const before = plot.figure;
    plot.setAttribute("y-range", "0,20");
    await shown(plot);
    expect(plot.figure).to.not.equal(before);
    expect(glyphTypes(plot)).to.deep.equal(["Scatter", "Line"]);
    expect(path.source.data).to.deep.equal({ x: [1, 2], y: [3, 4] });
    unmount(plot);
  });

  it("gathers a layer sink's rows of one frame into one source.stream call, keeping the layer's rollover", async () => {
    const plot = await mountPlot({ "x-range": "0,10", "y-range": "0,10" });
    const now = plot.layer("now", { size: 14, rollover: 1 });
    const sink = now.streamSink();
    const streamed: number[] = [];
    now.source.streaming.connect(() => streamed.push(now.source.length));
    for (let i = 0; i < 5; i += 1) sink({ x: i, y: i });
    expect(now.source.length).to.equal(0);
    await frames(2);
    expect(streamed).to.deep.equal([1]);
    expect(now.source.data).to.deep.equal({ x: [4], y: [4] });
    unmount(plot);
  });

  it("replaces a layer's rows with set() and removes a layer with its renderer", async () => {
    const plot = await mountPlot({ "x-range": "0,10", "y-range": "0,10" });
    const marks = plot.layer("marks", { color: "#e11d48", size: 20, alpha: 1 });
    marks.stream({ x: [1, 2], y: [1, 2] });
    marks.set({ x: [5], y: [5] });
    expect(marks.source.data).to.deep.equal({ x: [5], y: [5] });
    await frames(3);
    expect(shows(pixelAt(plot, 5, 5), "#e11d48")).to.equal(true);
    plot.removeLayer("marks");
    expect(glyphTypes(plot)).to.deep.equal(["Scatter"]);
    await frames(3);
    expect(shows(pixelAt(plot, 5, 5), "#ffffff"), "white where the mark was").to.equal(true);
    expect(plot.layer("marks", { glyph: "line" }).glyph, "the name is free again").to.equal("line");
    unmount(plot);
  });

  it("refuses a second layer of the same name and bad options with errors that name the fix", async () => {
    const plot = await mountPlot({});
    plot.layer("a", {});
    expect(() => plot.layer("a", { glyph: "line" })).to.throw(PlotError, /"a" is already a layer; get it with/);
    expect(() => plot.layer("default", {})).to.throw(PlotError, /"default" is already a layer/);
    expect(() => plot.layer("b", { glyph: "pie" as "line" })).to.throw(PlotError, /glyph "pie" is not one of/);
    expect(() => plot.layer("c", { glyph: "segment", columns: "x,y" })).to.throw(
      PlotError,
      /columns "x,y" has 2 names but a segment draws 4 \(x0, y0, x1, y1\)/,
    );
    expect(() => plot.layer("d", { glyph: "line", color: { field: "t" } })).to.throw(
      PlotError,
      /a line has one colour/,
    );
    expect(() => plot.layer("e", { alpha: 2 })).to.throw(PlotError, /alpha 2 is not a number from 0 to 1/);
    expect(() => plot.layer("f", { color: { field: "t", palette: "Rainbow7" } })).to.throw(
      PlotError,
      /palette "Rainbow7" is not a BokehJS palette name/,
    );
    const segments = plot.layer("g", { glyph: "segment" }).streamSink();
    expect(() => segments({ x0: 1, y0: 2, x1: 3 })).to.throw(
      PlotError,
      /y1 is undefined, not a number; a segment glyph needs numbers in x0, y0, x1 and y1/,
    );
    unmount(plot);
  });

  it("routes real pointer samples by their buttons: a trusted drag to a drag layer, hovering to a trail", async () => {
    // The main example's routing, fed by the DOM samples of <riv-pad>, which carry the real buttons.
    const plot = await mountPlot({ "x-range": "0,200", "y-range": "0,100" });
    const pad = document.createElement("riv-pad");
    pad.height = 100;
    pad.style.width = "200px";
    document.body.append(pad);
    await pad.updateComplete;
    const trail = plot.layer("trail", { columns: "x,y,buttons" });
    const drags = plot.layer("drags", { columns: "x,y,buttons", color: "#e11d48" });
    const samples = fromQueue(pad.queue).filter((sample: EventSample) => sample.type === "pointermove");
    samples.filter((sample) => sample.buttons === 0).sink(trail.streamSink());
    samples.filter((sample) => sample.buttons !== 0).sink(drags.streamSink());
    const box = pad.getBoundingClientRect();
    const at = (x: number): [number, number] => [Math.round(box.left + x), Math.round(box.top + 50)];
    const delivered = () => trail.source.length + drags.source.length;
    const move = async (x: number) => {
      const before = delivered();
      await sendMouse({ type: "move", position: at(x) });
      for (let count = 0; count < 120 && delivered() === before; count += 1) await frames(1);
    };
    await move(10);
    await move(20);
    await sendMouse({ type: "down" });
    await move(60);
    await move(100);
    await sendMouse({ type: "up" });
    await move(150);
    expect(drags.source.get<number>("x")).to.deep.equal([60, 100]);
    expect(drags.source.get<number>("buttons")).to.deep.equal([1, 1]);
    expect(trail.source.get<number>("x")).to.deep.equal([10, 20, 150]);
    pad.remove();
    unmount(plot);
  });
});
