// Loads the main example as a user gets it (its page from the test server, rivulet from dist/) in an iframe,
// sweeps the pointer across its plot with trusted mouse moves, and checks what a person would see.
import { expect } from "chai";
import { executeServerCommand, resetMouse, sendMouse, setViewport } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import type { RivRate } from "../../components/riv-rate.js";
import { canvases, errorTrap, pixels } from "./example-page.js";

const exampleUrl = new URL("/examples/mouse-movements/", location.href).href;

interface Example {
  readonly frame: HTMLIFrameElement;
  readonly errors: () => readonly string[];
  /** The plot the pointer moves over, with the trail. */
  readonly plot: RivPlot;
  /** The plot with the heat map. */
  readonly heat: RivPlot;
  readonly rate: RivRate;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Hang guards, not a pace: every wait below is on a condition. Each test loads the whole example, BokehJS included,
 * into a fresh frame, the heaviest page load of the suite: on a starved machine (the suite under `nice` beside busy
 * processes) that alone took over the runner's 60 s, so this file allows 3 minutes. `until` gives up a little
 * earlier so that a hang names what it was waiting for.
 */
const testTimeoutMs = 180_000;
const hangGuardMs = 150_000;

/** Waits, frame by frame, until `condition` holds. */
async function until(what: string, condition: () => boolean): Promise<void> {
  const deadline = performance.now() + hangGuardMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`still waiting after ${hangGuardMs} ms until ${what}`);
    await nextFrame();
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

async function loadExample(): Promise<Example> {
  // Room for the whole example page: the pointer can only reach what is inside the viewport.
  await setViewport({ width: 940, height: 800 });
  const page = await (await fetch(`${exampleUrl}index.html`)).text();
  const frame = document.createElement("iframe");
  frame.style.cssText = "width: 900px; height: 760px; border: 0; display: block";
  frame.srcdoc = page.replace("<head>", `<head><base href="${exampleUrl}">${errorTrap}`);
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const inner = frame.contentWindow;
  const plot = frame.contentDocument?.querySelector("riv-plot#trail") as RivPlot | null;
  const heat = frame.contentDocument?.querySelector("riv-plot#heat") as RivPlot | null;
  const rate = frame.contentDocument?.querySelector("riv-rate") as RivRate | null;
  if (inner === null || plot === null || heat === null || rate === null) {
    throw new Error("the example has no <riv-plot id=trail>, <riv-plot id=heat> or <riv-rate>");
  }
  for (const shown of [plot, heat]) {
    await until("the plots are shown", () => (shown.view?.frame.bbox.width ?? 0) > 0 && canvases(shown).length > 0);
  }
  const errors = () => (Reflect.get(inner, "rivuletErrors") as string[] | undefined) ?? [];
  return { frame, plot, heat, rate, errors };
}

/** Where data point (x, y) of the example's plot is in this (outer) page. */
function pagePoint(example: Example, x: number, y: number): [number, number] {
  const { plot, frame } = example;
  const { left, top, width, height } = (plot.view as NonNullable<RivPlot["view"]>).frame.bbox;
  const [x0, x1] = plot.xRange as [number, number];
  const [y0, y1] = plot.yRange as [number, number];
  const canvas = (canvases(plot)[0] as HTMLCanvasElement).getBoundingClientRect();
  const outer = frame.getBoundingClientRect();
  return [
    Math.round(outer.left + canvas.left + left + ((x - x0) / (x1 - x0)) * width),
    Math.round(outer.top + canvas.top + top + height - ((y - y0) / (y1 - y0)) * height),
  ];
}

/** Clearly blue: the trail. */
const blue = (r: number, g: number, b: number) => b > r + 60 && b > g + 20;
/** Clearly red: the drags. */
const red = (r: number, g: number, b: number) => r > g + 80 && r > b + 40;
/** Clearly coloured, not grey or white: the heat map's cells. */
const coloured = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 40;

describe("examples/mouse-movements", function () {
  this.timeout(testTimeoutMs);
  let example: Example | undefined;

  afterEach(async () => {
    await resetMouse();
    example?.frame.remove();
    example = undefined;
  });

  it("loads without console errors and shows a plot with fixed ranges, an empty heat map and a rate of 0", async () => {
    example = await loadExample();
    expect(example.plot.xRange).to.deep.equal([0, 100]);
    expect(example.plot.yRange).to.deep.equal([0, 100]);
    expect(example.heat.layer("where").source.length).to.equal(0);
    expect(example.rate.value).to.equal(0);
    expect(example.errors()).to.deep.equal([]);
  });

  it("draws a sweep as a fading trail, marks the pointer, builds the heat map, counts every move, then shows 0", async () => {
    example = await loadExample();
    const { plot, heat, rate } = example;
    const moves = plot.layer("moves");
    const sweep = Array.from({ length: 40 }, (_, i) => [5 + i * 2.25, 90 - i * 2] as const);
    // The browser merges the moves of one frame into one event; wait for each move so that none is merged.
    let delivered = 0;
    const stop = plot.onPlotEvent("pointermove", () => (delivered += 1));
    const move = async (x: number, y: number) => {
      const before = delivered;
      await sendMouse({ type: "move", position: pagePoint(example as Example, x, y) });
      await until(`the move to (${x}, ${y}) is delivered`, () => delivered > before);
    };
    // BokehJS reports the move that enters the plot as pointerenter; the sweep starts once the pointer is inside.
    await move(50, 50);
    for (const [x, y] of sweep) await move(x, y);
    stop();
    await until("the sweep is drawn", () => moves.source.length === sweep.length + 1);

    const xs = moves.source.get<number>("x");
    const ys = moves.source.get<number>("y");
    expect(xs[0], "the move into the plot").to.be.closeTo(50, 1);
    const drawn = Array.from({ length: sweep.length }, (_, i) => [xs[i + 1], ys[i + 1]]);
    const tolerance = 100 / Math.min(plot.view?.frame.bbox.width ?? 1, plot.view?.frame.bbox.height ?? 1) + 1e-9;
    drawn.forEach(([x, y], i) => {
      const [expectedX, expectedY] = sweep[i] as readonly [number, number];
      expect(x, `point ${i} x`).to.be.closeTo(expectedX, tolerance);
      expect(y, `point ${i} y`).to.be.closeTo(expectedY, tolerance);
    });
    expect(pixels(plot, blue), "blue trail pixels on the canvas").to.be.greaterThan(100);
    const [lastX, lastY] = sweep[sweep.length - 1] as readonly [number, number];
    const now = plot.layer("now").source;
    expect(now.length, "one mark where the pointer is").to.equal(1);
    expect(now.get<number>("x")[0]).to.be.closeTo(lastX, tolerance);
    expect(now.get<number>("y")[0]).to.be.closeTo(lastY, tolerance);
    // The newest point is opaque, the oldest has faded: the colour map follows the newest time stamp.
    const mapper = moves.colorMapper;
    const ts = moves.source.get<number>("t");
    expect([mapper?.low, mapper?.high]).to.deep.equal([(ts[ts.length - 1] as number) - 3000, ts[ts.length - 1]]);

    const where = heat.layer("where");
    await until("the heat map counts every move", () => {
      const image = where.source.get("image")[0] as Float64Array | undefined;
      return image !== undefined && sum(Array.from(image)) === sweep.length + 1;
    });
    await until("the heat map is painted", () => pixels(heat, coloured) > 100);

    // The per-second counts are kept as the sparkline's history, so no count is missed however slow the machine.
    await until("the rate has counted every move", () => sum(rate.recentValues) === sweep.length + 1);
    const shown = () => rate.shadowRoot?.querySelector("#value")?.textContent;
    await until("the rate shows 0 while the pointer is still", () => rate.value === 0 && shown() === "0");
    await rate.updateComplete;
    const line = rate.shadowRoot?.querySelector("#line")?.getAttribute("points") ?? "";
    const heights = line.split(" ").map((point) => Number(point.split(",")[1]));
    expect(Math.min(...heights), "the sparkline's peak, above its baseline").to.be.lessThan(Math.max(...heights));
    await executeServerCommand("save-screenshot", { name: "mouse-movements.png" });
    expect(example.errors()).to.deep.equal([]);
  });

  it("builds the heat map up where the pointer circles again and again, darkest where it went most", async () => {
    example = await loadExample();
    const { plot, heat } = example;
    let delivered = 0;
    const stop = plot.onPlotEvent("pointermove", () => (delivered += 1));
    // Three loops around (50, 50), the last one a little wider: the first two fall into the same cells.
    const path = Array.from({ length: 72 }, (_, i) => {
      const angle = (i / 24) * 2 * Math.PI;
      const radius = i < 48 ? 25 : 33;
      return [50 + radius * Math.cos(angle), 50 + radius * Math.sin(angle)] as const;
    });
    for (const [x, y] of path) {
      const before = delivered;
      await sendMouse({ type: "move", position: pagePoint(example, x, y) });
      await until(`the move to (${x}, ${y}) is delivered`, () => delivered > before);
    }
    stop();
    const where = heat.layer("where");
    const counts = () => Array.from((where.source.get("image")[0] as Float64Array | undefined) ?? []);
    await until("the heat map counts the loops", () => sum(counts()) >= path.length);
    expect(Math.max(...counts()), "some cell visited more than once").to.be.greaterThan(1);
    await until("the heat map is painted", () => pixels(heat, coloured) > 200);
    await executeServerCommand("save-screenshot", { name: "mouse-movements-loops.png" });
    expect(example.errors()).to.deep.equal([]);
  });

  it("draws a trusted drag in red where the button was held, and keeps the plot's fixed ranges", async () => {
    example = await loadExample();
    const { plot } = example;
    const drags = plot.layer("drags");
    let pressed = 0;
    const stop = plot.onPlotEvent("pointermove", (sample) => (pressed += sample.buttons === 1 ? 1 : 0));
    await sendMouse({ type: "move", position: pagePoint(example, 20, 20) });
    await sendMouse({ type: "down" });
    const path = Array.from({ length: 20 }, (_, i) => [20 + i * 3, 20 + i * 2.5] as const);
    for (const [x, y] of path) {
      const before = pressed;
      await sendMouse({ type: "move", position: pagePoint(example, x, y) });
      await until(`the drag to (${x}, ${y}) is delivered`, () => pressed > before);
    }
    await sendMouse({ type: "up" });
    stop();
    await until("the drag is drawn", () => drags.source.length >= path.length);
    const xs = drags.source.get<number>("x");
    const ys = drags.source.get<number>("y");
    const [lastX, lastY] = path[path.length - 1] as readonly [number, number];
    expect(xs[xs.length - 1], "the drag's last point x").to.be.closeTo(lastX, 1);
    expect(ys[ys.length - 1], "the drag's last point y").to.be.closeTo(lastY, 1);
    expect(plot.xRange, "a drag does not pan").to.deep.equal([0, 100]);
    const range = plot.view?.model.x_range as { start: number; end: number } | undefined;
    expect([range?.start, range?.end], "the shown x range").to.deep.equal([0, 100]);
    await until("the drag is painted red", () => pixels(plot, red) > 100);
    await executeServerCommand("save-screenshot", { name: "mouse-movements-drag.png" });
    expect(example.errors()).to.deep.equal([]);
  });

  it("shows the live pipeline behind a trusted click on its toggle, counting the trusted moves at the source", async () => {
    example = await loadExample();
    const { plot, frame } = example;
    const page = frame.contentDocument as Document;
    const toggle = page.querySelector("button#show-pipeline") as HTMLButtonElement;
    const graph = page.querySelector("riv-graph") as HTMLElementTagNameMap["riv-graph"];
    expect(graph.hidden, "hidden until asked for").to.equal(true);
    expect(graph.watching, "counting nothing while hidden").to.equal(false);
    const button = toggle.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    await sendMouse({
      type: "click",
      position: [
        Math.round(outer.left + button.left + button.width / 2),
        Math.round(outer.top + button.top + button.height / 2),
      ],
    });
    expect(toggle.getAttribute("aria-pressed")).to.equal("true");
    expect(toggle.textContent).to.equal("Hide the pipeline");
    await until("the graph watches the pipeline", () => graph.watching);
    let delivered = 0;
    const stop = plot.onPlotEvent("pointermove", () => (delivered += 1));
    for (const [x, y] of [
      [30, 30],
      [40, 45],
      [55, 60],
      [70, 65],
    ] as const) {
      const before = delivered;
      await sendMouse({ type: "move", position: pagePoint(example, x, y) });
      await until(`the move to (${x}, ${y}) is delivered`, () => delivered > before);
    }
    stop();
    const sourceCount = () =>
      Number(graph.shadowRoot?.querySelector('g.node[data-label="pointer"]')?.getAttribute("data-count") ?? 0);
    await until("the graph counts the moves at the source", () => sourceCount() >= delivered);
    expect(sourceCount()).to.be.greaterThan(0);
    const labels = [...(graph.shadowRoot?.querySelectorAll("g.node") ?? [])].map((node) =>
      node.getAttribute("data-label"),
    );
    expect(labels).to.include.members(["pointer", "filter(isMove)", "filter(isDrag)", "timedWindow(1000)"]);
    graph.scrollIntoView();
    await executeServerCommand("save-screenshot", { name: "mouse-movements-pipeline.png" });
    expect(example.errors()).to.deep.equal([]);
  });
});
