// Tests of <riv-plot>'s event vocabulary in Chromium with the real BokehJS and trusted input: pointer, tap, press,
// pan, wheel and pinch samples in data coordinates, ranges, selection geometry and rows, reset and frame size, all
// plain cloneable data.
import { expect } from "chai";
import { executeServerCommand, resetMouse, sendMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import type { PlotEventType, PlotSample, PlotSampleMap } from "../../components/plot-events.js";
import { drag, mountPlot, nextFrame, pagePoint, ranges, unmount, until } from "./riv-plot-input-harness.js";

const fixed = { "x-range": "0,100", "y-range": "0,100" };

/** Every sample of `types` the plot reports from now on; `stop()` removes the callbacks. */
function record(plot: RivPlot, types: readonly PlotEventType[]): { samples: PlotSample[]; stop: () => void } {
  const samples: PlotSample[] = [];
  const stops = types.map((type) => plot.onPlotEvent(type, (sample: PlotSample) => samples.push(sample)));
  return { samples, stop: () => stops.forEach((stop) => stop()) };
}

function ofType<K extends PlotEventType>(samples: readonly PlotSample[], type: K): PlotSampleMap[K][] {
  return samples.filter((sample): sample is PlotSampleMap[K] => sample.type === type);
}

/** One data unit in CSS pixels is 100 / frame width here; allow two pixels of rounding. */
function tolerance(plot: RivPlot): number {
  return (2 * 100) / Math.min(plot.view?.frame.bbox.width ?? 1, plot.view?.frame.bbox.height ?? 1);
}

const cdp = (method: string, params: object) => executeServerCommand("cdp", { method, params });

/** The element under a deep query through shadow roots whose `title` starts with `title`. */
function toolButton(root: ParentNode, title: string): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>("*")) {
    if (element.title.startsWith(title)) return element;
    const inner = element.shadowRoot ? toolButton(element.shadowRoot, title) : null;
    if (inner) return inner;
  }
  return null;
}

describe("<riv-plot> events", () => {
  afterEach(async () => {
    await resetMouse();
  });

  it("reports pointerenter, pointermove and pointerleave as the pointer crosses the plot", async () => {
    const plot = await mountPlot(fixed);
    const { samples, stop } = record(plot, ["pointerenter", "pointermove", "pointerleave"]);
    const box = plot.getBoundingClientRect();
    await sendMouse({ type: "move", position: [Math.round(box.left + 2), Math.round(box.bottom + 40)] });
    await sendMouse({ type: "move", position: pagePoint(plot, 50, 50) });
    await sendMouse({ type: "move", position: pagePoint(plot, 60, 40) });
    await sendMouse({ type: "move", position: [Math.round(box.right + 40), Math.round(box.bottom + 40)] });
    expect(await until(() => ofType(samples, "pointerleave").length > 0)).to.equal(true);
    stop();
    const types = samples.map((sample) => sample.type);
    expect(types[0]).to.equal("pointerenter");
    expect(types.at(-1)).to.equal("pointerleave");
    const moves = ofType(samples, "pointermove");
    const near = moves.find((sample) => Math.abs(sample.x - 60) < tolerance(plot));
    expect(near?.y).to.be.closeTo(40, tolerance(plot));
    expect(near?.buttons).to.equal(0);
    unmount(plot);
  });

  it("reports a click as tap, two quick clicks as doubletap, and a held button as press and pressup", async () => {
    const plot = await mountPlot({ ...fixed, tools: "" });
    const { samples, stop } = record(plot, ["tap", "doubletap", "press", "pressup"]);
    await sendMouse({ type: "click", position: pagePoint(plot, 25, 75) });
    expect(await until(() => ofType(samples, "tap").length === 1)).to.equal(true);
    const [tap] = ofType(samples, "tap");
    expect([tap?.x, tap?.y, tap?.button, tap?.pointerType]).to.deep.equal([tap?.x, tap?.y, 0, "mouse"]);
    expect(tap?.x).to.be.closeTo(25, tolerance(plot));
    expect(tap?.y).to.be.closeTo(75, tolerance(plot));
    await sendMouse({ type: "move", position: pagePoint(plot, 50, 50) });
    await sendMouse({ type: "click", position: pagePoint(plot, 50, 50) });
    await sendMouse({ type: "click", position: pagePoint(plot, 50, 50) });
    expect(await until(() => ofType(samples, "doubletap").length === 1)).to.equal(true);
    await sendMouse({ type: "move", position: pagePoint(plot, 80, 20) });
    await sendMouse({ type: "down", button: "left" });
    expect(await until(() => ofType(samples, "press").length === 1), "press after holding").to.equal(true);
    await sendMouse({ type: "up", button: "left" });
    expect(await until(() => ofType(samples, "pressup").length === 1)).to.equal(true);
    stop();
    const [press] = ofType(samples, "press");
    expect(press?.x).to.be.closeTo(80, tolerance(plot));
    expect(press?.buttons).to.equal(1);
    unmount(plot);
  });

  it("reports a drag as panstart, pan with growing deltas and panend, in data coordinates", async () => {
    const plot = await mountPlot(fixed);
    const { samples, stop } = record(plot, ["panstart", "pan", "panend"]);
    await drag(plot, [
      [20, 20],
      [60, 20],
    ]);
    expect(await until(() => ofType(samples, "panend").length === 1)).to.equal(true);
    stop();
    expect(samples[0]?.type).to.equal("panstart");
    expect(samples.at(-1)?.type).to.equal("panend");
    const pans = ofType(samples, "pan");
    expect(pans.length).to.be.greaterThan(5);
    expect(pans.every((pan) => pan.buttons === 1)).to.equal(true);
    const last = pans.at(-1);
    expect(last?.x).to.be.closeTo(60, tolerance(plot));
    const width = plot.view?.frame.bbox.width ?? 0;
    expect(last?.deltaX).to.be.closeTo(0.4 * width, 2);
    expect(last?.deltaY).to.be.closeTo(0, 1);
    expect(ranges(plot)[0]).to.deep.equal([0, 100]);
    unmount(plot);
  });

  it("reports a trusted wheel turn with its deltas, and the zoomed ranges as rangesupdate", async () => {
    const plot = await mountPlot({ ...fixed, tools: "wheel_zoom" });
    plot.figure.toolbar.active_scroll = plot.figure.toolbar.tools[0] as never;
    const { samples, stop } = record(plot, ["wheel", "rangesupdate"]);
    const starts: number[] = [];
    const stopStarts = plot.onPlotEvent("rangesupdate", (sample) => starts.push(sample.x0)); // typed per event
    const [x, y] = pagePoint(plot, 50, 50);
    await cdp("Input.dispatchMouseEvent", { type: "mouseMoved", x, y });
    await cdp("Input.dispatchMouseEvent", { type: "mouseWheel", x, y, deltaX: 0, deltaY: -120 });
    expect(await until(() => ofType(samples, "rangesupdate").length > 0)).to.equal(true);
    stop();
    const [wheel] = ofType(samples, "wheel");
    expect(wheel?.deltaY).to.equal(-120);
    expect(wheel?.x).to.be.closeTo(50, tolerance(plot));
    const update = ofType(samples, "rangesupdate").at(-1);
    const [[x0, x1], [y0, y1]] = ranges(plot) as [[number, number], [number, number]];
    expect(update).to.include({ x0, x1, y0, y1 });
    expect(x1 - x0, "zoomed in").to.be.below(100);
    stopStarts();
    expect(starts.at(-1)).to.equal(x0);
    unmount(plot);
  });

  it("reports a two-finger touch spread as pinchstart, pinch with a growing scale and pinchend", async () => {
    const plot = await mountPlot({ ...fixed, tools: "" });
    const { samples, stop } = record(plot, ["pinchstart", "pinch", "pinchend"]);
    const [cx, cy] = pagePoint(plot, 50, 50);
    const fingers = (spread: number) => [
      { x: cx - spread, y: cy, id: 1 },
      { x: cx + spread, y: cy, id: 2 },
    ];
    await cdp("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(20) });
    for (const spread of [30, 40, 50, 60]) {
      await cdp("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(spread) });
    }
    await cdp("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    expect(await until(() => ofType(samples, "pinchend").length === 1)).to.equal(true);
    stop();
    const pinches = ofType(samples, "pinch");
    expect(samples[0]?.type).to.equal("pinchstart");
    const scales = pinches.map((pinch) => pinch.scale);
    // The fingers spread from 40 to 120 px apart; the browser may merge the last moves into fewer events.
    expect(scales, "growing").to.deep.equal([...scales].sort((a, b) => a - b));
    expect(scales.at(-1)).to.be.within(1.9, 3.01);
    expect(pinches.every((pinch) => pinch.pointerType === "touch")).to.equal(true);
    unmount(plot);
  });

  it("reports box and lasso selections as geometry in data units and as the selected rows", async () => {
    const plot = await mountPlot({ ...fixed, tools: "box_select,lasso_select", "active-drag": "box_select" });
    plot.stream({ x: [10, 30, 50, 70], y: [10, 30, 50, 70] });
    const { samples, stop } = record(plot, ["selectiongeometry", "selection"]);
    await drag(
      plot,
      [
        [20, 20],
        [60, 60],
      ],
      5,
    );
    expect(await until(() => ofType(samples, "selection").length > 0)).to.equal(true);
    const box = ofType(samples, "selectiongeometry").find((sample) => sample.final);
    expect(box?.geometry.kind).to.equal("rect");
    if (box?.geometry.kind === "rect") {
      expect(box.geometry.x0).to.be.closeTo(20, tolerance(plot));
      expect(box.geometry.y1).to.be.closeTo(60, tolerance(plot));
    }
    expect(ofType(samples, "selection").at(-1)?.indices).to.deep.equal([1, 2]);
    plot.figure.toolbar.active_drag = plot.figure.toolbar.tools[1] as never;
    samples.length = 0;
    await drag(plot, [
      [5, 5],
      [40, 5],
      [40, 40],
      [5, 40],
    ]);
    expect(await until(() => ofType(samples, "selection").length > 0)).to.equal(true);
    stop();
    const lasso = ofType(samples, "selectiongeometry").at(-1);
    expect(lasso?.geometry.kind).to.equal("poly");
    if (lasso?.geometry.kind === "poly") expect(Math.max(...lasso.geometry.xs)).to.be.closeTo(40, tolerance(plot));
    expect(ofType(samples, "selection").at(-1)?.indices).to.deep.equal([0, 1]);
    unmount(plot);
  });

  it("reports a click on the reset tool as reset, and a resize as plotsize", async () => {
    const plot = await mountPlot({ ...fixed, tools: "box_zoom,reset", "active-drag": "box_zoom" });
    const { samples, stop } = record(plot, ["reset", "rangesupdate", "plotsize"]);
    await drag(
      plot,
      [
        [20, 20],
        [60, 60],
      ],
      5,
    );
    expect(await until(() => ofType(samples, "rangesupdate").length > 0), "box zoom").to.equal(true);
    const button = toolButton(plot.shadowRoot as ShadowRoot, "Reset");
    const rect = button?.getBoundingClientRect();
    expect(rect, "the reset button").to.not.equal(undefined);
    await sendMouse({
      type: "click",
      position: [Math.round((rect?.left ?? 0) + 8), Math.round((rect?.top ?? 0) + 8)],
    });
    expect(await until(() => ofType(samples, "reset").length === 1)).to.equal(true);
    expect(ranges(plot)).to.deep.equal([
      [0, 100],
      [0, 100],
    ]);
    const before = plot.view?.frame.bbox.width ?? 0;
    (plot.parentElement as HTMLElement).style.width = "700px";
    expect(await until(() => ofType(samples, "plotsize").some((sample) => sample.width > before))).to.equal(true);
    stop();
    const size = ofType(samples, "plotsize").at(-1);
    expect(size?.width).to.equal(Math.round(plot.view?.frame.bbox.width ?? 0));
    expect(size?.height).to.equal(Math.round(plot.view?.frame.bbox.height ?? 0));
    unmount(plot);
  });

  it("makes every kind of sample plain data that structuredClone copies unchanged", async () => {
    const plot = await mountPlot({ ...fixed, tools: "box_select", "active-drag": "box_select" });
    plot.stream({ x: [50], y: [50] });
    const { samples, stop } = record(plot, [
      "pointermove",
      "panstart",
      "pan",
      "panend",
      "selectiongeometry",
      "selection",
    ]);
    await drag(
      plot,
      [
        [30, 30],
        [70, 70],
      ],
      3,
    );
    expect(await until(() => ofType(samples, "selection").length > 0)).to.equal(true);
    await nextFrame();
    stop();
    const kinds = new Set(samples.map((sample) => sample.type));
    expect([...kinds].sort()).to.deep.equal([
      "pan",
      "panend",
      "panstart",
      "pointermove",
      "selection",
      "selectiongeometry",
    ]);
    for (const sample of samples) expect(structuredClone(sample)).to.deep.equal(sample);
    unmount(plot);
  });
});
