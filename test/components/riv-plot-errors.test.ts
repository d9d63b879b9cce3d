// Tests of what a person sees and reaches in <riv-plot>, in Chromium with the real BokehJS: a visible, accessible
// error state for bad attributes, an accessible name, and a toolbar that is one tab stop, not one per tool.
import { expect } from "chai";
import { executeServerCommand, sendKeys } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import { mountPlot, nextFrame, shown, unmount, until } from "./riv-plot-input-harness.js";

/** Records what `console.error` is given while `run` runs, and lets it through. */
async function consoleErrors(run: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    logged.push(args.map(String).join(" "));
    original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.error = original;
  }
  return logged;
}

function alertOf(plot: RivPlot): HTMLElement | null {
  return plot.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null;
}

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** How many Tab presses it takes to go from `before` to `after` through what lies between them. */
async function tabStops(before: HTMLElement, after: HTMLElement): Promise<number> {
  before.focus();
  for (let presses = 1; presses <= 30; presses += 1) {
    await sendKeys({ press: "Tab" });
    if (deepActive() === after) return presses - 1;
  }
  return Infinity;
}

describe("<riv-plot> errors and accessibility", () => {
  it("shows a rejected attribute as visible alert text, keeps attribute and property agreeing, and logs it", async () => {
    const plot = await mountPlot({ "x-range": "0,100", "y-range": "0,100" });
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener("error", onError);
    const logged = await consoleErrors(async () => {
      plot.setAttribute("x-range", "a,b");
      await plot.updateComplete;
    });
    window.removeEventListener("error", onError);
    expect(uncaught).to.deep.equal([]);
    const message = 'riv-plot: x-range "a,b" is not two different numbers; use e.g. x-range="0,100"';
    expect(
      logged.some((line) => line.includes(message)),
      "console message",
    ).to.equal(true);
    const alert = alertOf(plot);
    expect(alert?.textContent).to.include(message);
    expect(alert?.getBoundingClientRect().height, "visible").to.be.greaterThan(10);
    expect(plot.getAttribute("x-range"), "the last good value, reflected back").to.equal("0,100");
    expect(plot.xRange).to.deep.equal([0, 100]);
    await executeServerCommand("save-screenshot", { name: "riv-plot-error.png" });
    plot.setAttribute("x-range", "0,50");
    await plot.updateComplete;
    expect(alertOf(plot)?.textContent).to.equal("");
    expect(alertOf(plot)?.getBoundingClientRect().height, "hidden once fixed").to.equal(0);
    unmount(plot);
  });

  it("shows the plot and the error, not an empty box, when the first attribute value is bad", async () => {
    let plot: RivPlot | undefined;
    const logged = await consoleErrors(async () => {
      plot = await mountPlot({ "x-range": "0,100", rollover: "lots" });
    });
    if (plot === undefined) throw new Error("not mounted");
    expect(logged.join("\n")).to.include('rollover "lots" is not a positive integer');
    expect(alertOf(plot)?.textContent).to.include('rollover "lots"');
    expect(plot.getAttribute("rollover")).to.equal("10000");
    expect(plot.view?.frame.bbox.width).to.be.greaterThan(100);
    unmount(plot);
  });

  it("shows an error for attributes that only fail together, and draws again once they agree", async () => {
    const plot = await mountPlot({ tools: "reset" });
    await consoleErrors(async () => {
      plot.setAttribute("active-drag", "pan");
      expect(await until(() => (alertOf(plot)?.textContent ?? "") !== "")).to.equal(true);
    });
    expect(alertOf(plot)?.textContent).to.include('active-drag "pan" is not a drag tool of this plot');
    plot.setAttribute("tools", "pan,reset");
    await shown(plot);
    await nextFrame();
    expect(alertOf(plot)?.textContent).to.equal("");
    unmount(plot);
  });

  it("names the plot by its title, or by its axes without one", async () => {
    const plot = await mountPlot({ title: "Pointer moves" });
    const figure = () => plot.shadowRoot?.querySelector("#figure");
    expect(figure()?.getAttribute("aria-label")).to.equal("Pointer moves");
    expect(figure()?.getAttribute("role")).to.equal("figure");
    plot.title = "";
    plot.xLabel = "x px";
    plot.yLabel = "y px";
    await plot.updateComplete;
    expect(figure()?.getAttribute("aria-label")).to.equal("Plot of y px against x px");
    unmount(plot);
  });

  it("adds one tab stop for the whole toolbar, and arrow keys move between its tools", async () => {
    const before = document.createElement("button");
    const after = document.createElement("button");
    before.textContent = "before";
    after.textContent = "after";
    const plot = await mountPlot({}, { before: () => undefined });
    plot.parentElement?.before(before);
    plot.parentElement?.after(after);
    // Measured before this change: 7 (the canvas, BokehJS's logo link and each of the five tool buttons).
    // Now: the canvas, which keyboard tools listen on, and the toolbar.
    const stops = await tabStops(before, after);
    expect(stops, "tab stops inside the plot").to.equal(2);
    before.focus();
    await sendKeys({ press: "Tab" });
    await sendKeys({ press: "Tab" });
    const first = deepActive() as HTMLElement | null;
    await sendKeys({ press: "ArrowDown" });
    const second = deepActive() as HTMLElement | null;
    expect(second).to.not.equal(first);
    expect(second?.title).to.not.equal("");
    await sendKeys({ press: "Tab" });
    expect(deepActive()).to.equal(after);
    before.remove();
    after.remove();
    unmount(plot);
  });
});
