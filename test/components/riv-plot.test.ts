// Tests of <riv-plot> in Chromium with the real BokehJS: rendering, trusted pointer sweeps in data coordinates,
// checked streaming, rollover, frame-coalesced sinks and the release of everything on disconnect.
import { expect } from "chai";
import { executeServerCommand, sendMouse, resetMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import { RivPlot as RivPlotClass } from "../../components/riv-plot.js";
import type { PlotEventType, PlotPointerSample } from "../../components/plot-events.js";
import { sampleEventName } from "../../components/reactive-html.js";
import { PlotError } from "../../components/plot-options.js";
import { Bokeh } from "../../components/bokeh.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function mountPlot(attributes: Record<string, string>, width = 500): Promise<RivPlot> {
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  const plot = document.createElement("riv-plot");
  for (const [name, value] of Object.entries(attributes)) plot.setAttribute(name, value);
  container.append(plot);
  document.body.append(container);
  await shown(plot);
  return plot;
}

/** Waits until the view of the plot's current figure is in the page and laid out. */
async function shown(plot: RivPlot): Promise<NonNullable<RivPlot["view"]>> {
  await plot.updateComplete;
  for (let frames = 0; frames < 120; frames += 1) {
    const view = plot.view;
    if (view?.model === plot.figure && view.frame.bbox.width > 0 && canvasOf(plot) !== null) return view;
    await nextFrame();
  }
  throw new Error("riv-plot was not shown within 120 frames");
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

/** The text of a BokehJS `PlainText`, or a note saying what else it is (a string would be read as TeX). */
function plainText(value: unknown): string {
  return value instanceof Bokeh.PlainText ? value.text : `not plain text: ${String(value)}`;
}

/** How many pixels of the plot's canvas are dark: axes, ticks and text, once BokehJS has painted. */
function darkPixels(plot: RivPlot): number {
  const canvas = canvasOf(plot);
  const context = canvas?.getContext("2d");
  if (canvas === null || context === null || context === undefined) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i + 3] as number) > 128 && (data[i] as number) < 100) dark += 1;
  return dark;
}

function unmount(plot: RivPlot): void {
  plot.parentElement?.remove();
}

/** Where data point (x, y) is on the page, from the frame's box and the plot's fixed ranges. */
function pagePoint(plot: RivPlot, x: number, y: number): [number, number] {
  const view = plot.view;
  const canvas = canvasOf(plot);
  if (view === undefined || canvas === null) throw new Error("plot not shown");
  const { left, top, width, height } = view.frame.bbox;
  const [x0, x1] = plot.xRange as [number, number];
  const [y0, y1] = plot.yRange as [number, number];
  const rect = canvas.getBoundingClientRect();
  return [
    Math.round(rect.left + left + ((x - x0) / (x1 - x0)) * width),
    Math.round(rect.top + top + height - ((y - y0) / (y1 - y0)) * height),
  ];
}

describe("<riv-plot>", () => {
  afterEach(async () => {
    await resetMouse();
  });

  it("draws a BokehJS figure with the given title, labels and fixed ranges over its own ColumnDataSource", async () => {
    const plot = await mountPlot({
      title: "Moves",
      "x-label": "x px",
      "y-label": "y px",
      "x-range": "0,100",
      "y-range": "-5,5",
    });
    const figure = plot.figure;
    expect(plot.view?.model).to.equal(figure);
    expect([figure.x_range.start, figure.x_range.end]).to.deep.equal([0, 100]);
    expect([figure.y_range.start, figure.y_range.end]).to.deep.equal([-5, 5]);
    expect(figure.xaxes.map((axis) => plainText(axis.axis_label))).to.deep.equal(["x px"]);
    expect(plot.source.columns()).to.deep.equal(["x", "y"]);
    expect(canvasOf(plot)?.width).to.be.greaterThan(0);
    unmount(plot);
  });

  it("shows $$…$$ in its title and axis labels literally, as plain text, and draws the plot", async () => {
    const plot = await mountPlot({
      title: "$$x^2$$",
      "x-label": "$$\\alpha$$ px",
      "y-label": "cost in $$ and $$",
      "x-range": "0,1",
      "y-range": "0,1",
    });
    const figure = plot.figure;
    const labels = [figure.title, ...figure.xaxes, ...figure.yaxes].map((model) =>
      plainText(model instanceof Bokeh.Title ? model.text : model instanceof Bokeh.Axis ? model.axis_label : model),
    );
    expect(labels).to.deep.equal(["$$x^2$$", "$$\\alpha$$ px", "cost in $$ and $$"]);
    expect(darkPixels(plot), "axes, ticks and labels drawn").to.be.greaterThan(500);
    plot.stream({ x: [0.1, 0.3, 0.5, 0.7, 0.9], y: [0.01, 0.09, 0.25, 0.49, 0.81] });
    for (let frames = 0; frames < 3; frames += 1) await nextFrame();
    await executeServerCommand("save-screenshot", { name: "riv-plot-plain-text.png" });
    unmount(plot);
  });

  it("draws automatic ranges with no data without BokehJS's range warning, and fits them to the data", async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    Bokeh.logger.set_level(Bokeh.logger.level); // BokehJS binds console.warn when its level is set
    try {
      const plot = await mountPlot({ title: "empty" });
      for (let frames = 0; frames < 5; frames += 1) await nextFrame();
      expect(warnings).to.deep.equal([]);
      await executeServerCommand("save-screenshot", { name: "riv-plot-empty.png" });
      const round = (value: number) => Math.round(value * 1e9) / 1e9;
      const ranges = () =>
        [plot.figure.x_range, plot.figure.y_range].map(({ start, end }) => [round(start), round(end)]);
      expect(ranges()).to.deep.equal([
        [-0.05, 1.05],
        [-0.05, 1.05],
      ]);
      plot.stream({ x: [0, 10], y: [0, 100] });
      for (let frames = 0; frames < 60 && ranges()[0]?.[1] !== 10.5; frames += 1) await nextFrame();
      expect(ranges()).to.deep.equal([
        [-0.5, 10.5],
        [-5, 105],
      ]);
      plot.clear();
      for (let frames = 0; frames < 5; frames += 1) await nextFrame();
      expect(warnings).to.deep.equal([]);
      unmount(plot);
    } finally {
      console.warn = warn;
      Bokeh.logger.set_level(Bokeh.logger.level);
    }
  });

  it("fills its container's width and follows when the container resizes", async () => {
    const plot = await mountPlot({ "x-range": "0,1", "y-range": "0,1" }, 420);
    expect(plot.figure.width).to.equal(420);
    (plot.parentElement as HTMLElement).style.width = "640px";
    for (let frames = 0; frames < 60 && plot.figure.width !== 640; frames += 1) await nextFrame();
    expect(plot.figure.width).to.equal(640);
    unmount(plot);
  });

  it("reports a trusted pointer sweep as samples in data coordinates, in order", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,50" });
    const samples: PlotPointerSample[] = [];
    const stop = plot.onPlotEvent("pointermove", (sample) => samples.push(sample));
    const targets = [10, 30, 50, 70, 90].map((x) => [x, x / 2] as const);
    for (const [x, y] of targets) {
      const before = samples.length;
      await sendMouse({ type: "move", position: pagePoint(plot, x, y) });
      // The browser merges the moves of one frame into one event: wait for each.
      for (let frames = 0; frames < 60 && samples.length === before; frames += 1) await nextFrame();
    }
    stop();
    const last = samples.slice(-targets.length);
    expect(last.map((s) => s.type)).to.deep.equal(targets.map(() => "pointermove"));
    // One CSS pixel is 100/width data units on x and 50/height on y; allow that rounding.
    const xTolerance = 100 / (plot.view?.frame.bbox.width ?? 1) + 1e-9;
    const yTolerance = 50 / (plot.view?.frame.bbox.height ?? 1) + 1e-9;
    last.forEach((sample, i) => {
      const [x, y] = targets[i] as readonly [number, number];
      expect(sample.x).to.be.closeTo(x, xTolerance);
      expect(sample.y).to.be.closeTo(y, yTolerance);
    });
    expect(last.map((s) => s.t)).to.deep.equal([...last.map((s) => s.t)].sort((a, b) => a - b));
    unmount(plot);
  });

  it("reports every raw pointer sample with coalesced: true, even when the browser merges moves", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    const raw: PlotPointerSample[] = [];
    const stop = plot.onPlotEvent("pointermove", (sample) => raw.push(sample), { coalesced: true });
    const targets = [20, 35, 50, 65, 80];
    // Sent back to back, several moves may fall into one frame and reach the page as one event.
    await Promise.all(targets.map((x) => sendMouse({ type: "move", position: pagePoint(plot, x, 100 - x) })));
    for (let frames = 0; frames < 60 && raw.length < targets.length; frames += 1) await nextFrame();
    stop();
    const tolerance = 100 / Math.min(plot.view?.frame.bbox.width ?? 1, plot.view?.frame.bbox.height ?? 1) + 1e-9;
    expect(raw.map((sample) => sample.x)).to.have.length(targets.length);
    raw.forEach((sample, i) => {
      expect(sample.x).to.be.closeTo(targets[i] as number, tolerance);
      expect(sample.y).to.be.closeTo(100 - (targets[i] as number), tolerance);
    });
    expect(() => plot.onPlotEvent("tap", () => undefined, { coalesced: true })).to.throw(
      PlotError,
      /"pointermove" only/,
    );
    unmount(plot);
  });

  it("stops reporting to a callback once its remover was called", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    const samples: PlotPointerSample[] = [];
    const stop = plot.onPlotEvent("pointermove", (sample) => samples.push(sample));
    await sendMouse({ type: "move", position: pagePoint(plot, 20, 20) });
    stop();
    const seen = samples.length;
    await sendMouse({ type: "move", position: pagePoint(plot, 60, 60) });
    expect(seen).to.be.greaterThan(0);
    expect(samples.length).to.equal(seen);
    expect(() => plot.onPlotEvent("pointerdance" as "tap", () => undefined)).to.throw(PlotError, /pointerdance/);
    unmount(plot);
  });

  it("puts the plot events a subclass declares into its queue and dispatches them as riv-event", async () => {
    class PointerPlot extends RivPlotClass {
      static override plotEvents: readonly PlotEventType[] = ["pointermove"];
    }
    customElements.define("pointer-plot", PointerPlot);
    const plot = document.createElement("pointer-plot") as PointerPlot;
    plot.setAttribute("x-range", "0,10");
    plot.setAttribute("y-range", "0,10");
    const container = document.createElement("div");
    container.append(plot);
    document.body.append(container);
    await shown(plot);
    const dispatched: PlotPointerSample[] = [];
    container.addEventListener(sampleEventName, (event) =>
      dispatched.push((event as CustomEvent<PlotPointerSample>).detail),
    );
    await sendMouse({ type: "move", position: pagePoint(plot, 5, 5) });
    expect(plot.queue.size).to.be.greaterThan(0);
    const queued = plot.queue.getNowait() as PlotPointerSample;
    expect([queued.type, queued.node]).to.deep.equal(["pointermove", "figure"]);
    expect(queued.x).to.be.closeTo(5, 0.1);
    expect(dispatched[0]).to.equal(queued);
    container.remove();
  });

  it("streams checked columns into the source and clears them", async () => {
    const plot = await mountPlot({});
    plot.stream({ x: [1, 2], y: [3, 4] });
    plot.stream({ x: new Float64Array([5]), y: [6] });
    expect(plot.source.data).to.deep.equal({ x: [1, 2, 5], y: [3, 4, 6] });
    plot.clear();
    expect(plot.source.length).to.equal(0);
    unmount(plot);
  });

  it("refuses a bad batch with a clear error and leaves the source unchanged", async () => {
    const plot = await mountPlot({ columns: "x,y,label" });
    plot.stream({ x: [1], y: [2], label: ["a"] });
    const bad: [Record<string, ArrayLike<unknown>>, RegExp][] = [
      [{ x: [1, 2], y: [3], label: ["a", "b"] }, /column "y" has 1 values but "x" has 2/],
      [{ x: [1], y: ["3"], label: ["a"] }, /y\[0\] is "3", not a number; a scatter glyph needs numbers/],
      [{ x: [1], y: [2] }, /column "label" is missing/],
      [{ x: [1], y: [2], label: ["a"], z: [0] }, /"z" is not a column of this plot \(x, y, label\)/],
    ];
    for (const [batch, message] of bad) expect(() => plot.stream(batch)).to.throw(PlotError, message);
    expect(() => plot.stream({ x: [1], y: [2], label: ["a"] }, 0)).to.throw(PlotError, /rollover 0/);
    expect(plot.source.data).to.deep.equal({ x: [1], y: [2], label: ["a"] });
    unmount(plot);
  });

  it("keeps at most `rollover` rows, the newest ones", async () => {
    const plot = await mountPlot({ rollover: "10" });
    for (let i = 0; i < 5; i += 1) plot.stream({ x: [3 * i, 3 * i + 1, 3 * i + 2], y: [0, 0, 0] });
    expect(plot.source.get("x")).to.deep.equal([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    plot.stream({ x: [1, 2, 3], y: [1, 2, 3] }, 2);
    expect(plot.source.length).to.equal(2);
    unmount(plot);
  });

  it("gathers the rows a sink receives within one frame into one source.stream call in the next frame", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    const sink = plot.streamSink({ rollover: 50 });
    const streamed: number[] = [];
    plot.source.streaming.connect(() => streamed.push(plot.source.length));
    for (let i = 0; i < 40; i += 1) sink({ x: i, y: i, extra: "ignored" });
    expect(plot.source.length).to.equal(0);
    await nextFrame();
    await nextFrame();
    expect(streamed).to.deep.equal([40]);
    for (let i = 40; i < 70; i += 1) sink({ x: i, y: i });
    await nextFrame();
    await nextFrame();
    expect(streamed).to.deep.equal([40, 50]);
    expect(plot.source.get("x")[0]).to.equal(20);
    unmount(plot);
  });

  it("refuses a sink row without numbers in x and y and draws the good ones", async () => {
    const plot = await mountPlot({});
    const sink = plot.streamSink();
    sink({ x: 1, y: 1 });
    expect(() => sink({ x: 1, y: null })).to.throw(PlotError, /y is null, not a number/);
    await nextFrame();
    await nextFrame();
    expect(plot.source.data).to.deep.equal({ x: [1], y: [1] });
    unmount(plot);
  });

  it("keeps a sink made before `columns` changed drawing every row in the new columns, with no uncaught error", async () => {
    const plot = await mountPlot({});
    const sink = plot.streamSink();
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener("error", onError);
    sink({ x: 0, y: 0 }); // pending when the columns change: cleared with the source, as `clear()` does
    plot.columns = "t,v,label";
    sink({ t: 1, v: 2, label: "a" });
    expect(() => sink({ x: 3, y: 4 })).to.throw(PlotError, /t is undefined, not a number; .* numbers in t and v/);
    sink({ t: 3, v: 4, label: "b" });
    await nextFrame();
    await nextFrame();
    sink({ t: 5, v: 6, label: "c" });
    await nextFrame();
    await nextFrame();
    window.removeEventListener("error", onError);
    expect(uncaught).to.deep.equal([]);
    expect(plot.source.data).to.deep.equal({ t: [1, 3, 5], v: [2, 4, 6], label: ["a", "b", "c"] });
    unmount(plot);
  });

  it("throws a clear error for bad property values and keeps the old value", async () => {
    const plot = await mountPlot({ "x-range": "0,100" });
    expect(() => (plot.xRange = "a,b")).to.throw(
      PlotError,
      'riv-plot: x-range "a,b" is not two different numbers; use e.g. x-range="0,100"',
    );
    expect(() => (plot.rollover = "-3")).to.throw(PlotError, /rollover "-3" is not a positive integer/);
    expect(() => (plot.glyph = "bars")).to.throw(PlotError, /glyph "bars" is not one of scatter, line/);
    expect(() => (plot.columns = "x")).to.throw(PlotError, /columns "x" is not a list of two or more/);
    expect(plot.xRange).to.deep.equal([0, 100]);
    expect(plot.rollover).to.equal(10_000);
    unmount(plot);
  });

  it("draws a line glyph and rebuilds the figure over the same source when an attribute changes", async () => {
    const plot = await mountPlot({ glyph: "line" });
    plot.stream({ x: [1, 2], y: [1, 4] });
    const before = plot.figure;
    const glyphs = (figure: RivPlot["figure"]) =>
      figure
        .select(Bokeh.GlyphRenderer)
        .map((renderer) => ((renderer.glyph as unknown) instanceof Bokeh.Line ? "line" : "other"));
    expect(glyphs(before)).to.deep.equal(["line"]);
    plot.setAttribute("x-range", "0,10");
    await shown(plot);
    expect(plot.figure).to.not.equal(before);
    expect(plot.view?.model).to.equal(plot.figure);
    expect(plot.source.length).to.equal(2);
    unmount(plot);
  });

  it("removes its view and frame request when disconnected, keeps the data, and shows again when reconnected", async () => {
    const plot = await mountPlot({});
    const container = plot.parentElement as HTMLElement;
    const sink = plot.streamSink();
    sink({ x: 1, y: 2 });
    plot.remove();
    expect(plot.view).to.equal(undefined);
    expect(canvasOf(plot)).to.equal(null);
    expect(plot.source.data).to.deep.equal({ x: [1], y: [2] });
    sink({ x: 3, y: 4 });
    await nextFrame();
    await nextFrame();
    expect(plot.source.length, "no frame while disconnected").to.equal(1);
    container.append(plot);
    await shown(plot);
    await nextFrame();
    await nextFrame();
    expect(plot.source.data).to.deep.equal({ x: [1, 3], y: [2, 4] });
    container.remove();
  });
});
