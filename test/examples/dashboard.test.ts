// Drives examples/dashboard with trusted input: moves over the positions plot feed both plots and both rates, and
// the widgets change the pipeline (pause stops updates, the window sets how often the rates update, the select
// changes the glyph); at phone width the grid is one column with nothing overflowing.
import { expect } from "chai";
import { executeServerCommand, sendKeys, sendMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import type { RivRate } from "../../components/riv-rate.js";
import { exampleHooks, loadExample, plotMover, plotShown, required, until, type ExamplePage } from "./example-page.js";

interface Dashboard {
  readonly example: ExamplePage;
  readonly positions: RivPlot;
  readonly speeds: RivPlot;
  readonly moves: RivRate;
  readonly distance: RivRate;
}

async function loadDashboard(current: { example: ExamplePage | undefined }, width = 900, height = 900) {
  const example = (current.example = await loadExample("dashboard", { width, height }));
  const positions = required<RivPlot>(example, "riv-plot#positions");
  const speeds = required<RivPlot>(example, "riv-plot#speeds");
  await plotShown(positions);
  await plotShown(speeds);
  const moves = required<RivRate>(example, "riv-rate#moves");
  const distance = required<RivRate>(example, "riv-rate#distance");
  return { example, positions, speeds, moves, distance } satisfies Dashboard;
}

/** Where, in the test page, the centre of an element inside the example (or inside its shadow root) is. */
function centreOf(example: ExamplePage, element: Element): [number, number] {
  const frame = example.frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(frame.left + box.left + box.width / 2), Math.round(frame.top + box.top + box.height / 2)];
}

/** The control inside a widget's shadow root. */
function control<E extends Element>(example: ExamplePage, tag: string, id: string): E {
  const found = required<HTMLElement>(example, tag).shadowRoot?.getElementById(id);
  if (!found) throw new Error(`<${tag}> has no #${id}`);
  return found as unknown as E;
}

async function click(example: ExamplePage, element: Element): Promise<void> {
  await sendMouse({ type: "click", position: centreOf(example, element) });
}

/** Moves the pointer over the positions plot, waiting for each move to be delivered. */
async function sweep(dashboard: Dashboard, count: number, y = 50): Promise<void> {
  const mover = plotMover(dashboard.example, dashboard.positions);
  for (let i = 0; i < count; i += 1) await mover.move(10 + (i % 40) * 2, y);
  mover.stop();
}

/** The times, in ms, between the next `count` updates of a rate (each window adds one value to its history). */
async function updateIntervals(rate: RivRate, count: number): Promise<number[]> {
  const times: number[] = [];
  let seen = rate.recentValues.length;
  await until(`${count + 1} updates of ${rate.id}`, () => {
    const length = rate.recentValues.length;
    if (length !== seen) times.push(performance.now());
    seen = length;
    return times.length > count;
  });
  return times.slice(1).map((time, i) => time - (times[i] as number));
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

describe("examples/dashboard", function () {
  const current = exampleHooks(this);

  it("feeds both plots and both rates from one source, and pause stops every update", async () => {
    const dashboard = await loadDashboard(current);
    const { example, positions, speeds, moves, distance } = dashboard;
    await sweep(dashboard, 30);
    await until("positions are drawn", () => positions.source.length >= 30);
    await until("speeds are counted", () => speeds.layer("speeds").source.length > 0);
    await until("both rates count the moves", () => moves.recentValues.some((v) => v > 0) && distance.value >= 0);
    expect(
      distance.recentValues.some((v) => v > 0),
      "distance/s",
    ).to.equal(true);
    await executeServerCommand("save-screenshot", { name: "example-dashboard.png" });

    await click(example, control(example, "pause-toggle", "box"));
    await until("the pause reaches the pipeline", () => moves.label.includes("window") && isPaused(example));
    const drawn = positions.source.length;
    const updates = moves.recentValues.length;
    await sweep(dashboard, 15, 70);
    // Two whole windows pass with nothing let through: no point drawn, no rate updated.
    const since = performance.now();
    await until("two windows pass", () => performance.now() - since > 2000);
    expect(positions.source.length, "points drawn while paused").to.equal(drawn);
    expect(moves.recentValues.length, "rate updates while paused").to.equal(updates);

    await click(example, control(example, "pause-toggle", "box"));
    await sweep(dashboard, 5, 30);
    await until("moves are drawn again after the pause", () => positions.source.length > drawn);
    expect(example.errors()).to.deep.equal([]);
  });

  it("updates the rates once per window: the slider sets the window, the select sets the glyph", async () => {
    const dashboard = await loadDashboard(current);
    const { example, positions, moves } = dashboard;
    const slider = control<HTMLInputElement>(example, "window-slider", "range");
    // Trusted keys on the focused slider: End is 5000 ms, then Home and two steps up is 750 ms.
    await click(example, slider);
    await sendKeys({ press: "End" });
    await until("the window is 5000 ms", () => moves.label === "Moves, 5000 ms window:");
    await sendKeys({ press: "Home" });
    await sendKeys({ press: "ArrowRight" });
    await sendKeys({ press: "ArrowRight" });
    await until("the window is 750 ms", () => moves.label === "Moves, 750 ms window:");
    expect(control(example, "window-slider", "shown").textContent).to.equal("750 ms");
    const intervals = await updateIntervals(moves, 4);
    expect(median(intervals), "ms between rate updates with a 750 ms window").to.be.within(700, 1000 * 2);

    const select = control<HTMLSelectElement>(example, "glyph-select", "select");
    select.focus();
    await sendKeys({ press: "ArrowDown" });
    await until("the plot draws a line", () => positions.glyph === "line");
    await sweep(dashboard, 20);
    await until("the line is drawn", () => positions.source.length >= 20);
    await executeServerCommand("save-screenshot", { name: "example-dashboard-line.png" });
    expect(example.errors()).to.deep.equal([]);
  });

  it("lays out in one column at phone width with nothing wider than the screen", async () => {
    const dashboard = await loadDashboard(current, 360, 1400);
    const { example, positions, speeds } = dashboard;
    const root = example.document.documentElement;
    expect(root.scrollWidth, "page width at 360 px").to.be.at.most(root.clientWidth);
    expect(speeds.getBoundingClientRect().top, "plots one above the other").to.be.greaterThan(
      positions.getBoundingClientRect().bottom - 1,
    );
    await executeServerCommand("save-screenshot", { name: "example-dashboard-phone.png" });
    expect(example.errors()).to.deep.equal([]);
  });
});

function isPaused(example: ExamplePage): boolean {
  return control<HTMLInputElement>(example, "pause-toggle", "box").checked;
}
