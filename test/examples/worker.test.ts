// Drives examples/worker with trusted pointer moves and checks what a person would see: the heavy work's results
// drawn on the plot, first from the Web Worker, then, after a trusted click on the switch, from the main thread.
import { expect } from "chai";
import { executeServerCommand, sendMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import type { RivRate } from "../../components/riv-rate.js";
import {
  exampleHooks,
  loadExample,
  near,
  pixels,
  plotMover,
  plotShown,
  required,
  until,
  type ExamplePage,
} from "./example-page.js";

/** Clicks the middle of `element`, inside the example's frame, with a trusted mouse click. */
async function click(example: ExamplePage, element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  const outer = example.frame.getBoundingClientRect();
  const position: [number, number] = [
    Math.round(outer.left + box.left + box.width / 2),
    Math.round(outer.top + box.top + box.height / 2),
  ];
  await sendMouse({ type: "click", position });
}

describe("examples/worker", function () {
  const current = exampleHooks(this);

  it("draws the worker's results of a trusted sweep, then the main thread's after the switch, with no errors", async () => {
    const example = (current.example = await loadExample("worker"));
    const plot = required<RivPlot>(example, "riv-plot#pointer");
    const rate = required<RivRate>(example, "riv-rate#results");
    const onMain = required<HTMLInputElement>(example, 'input[name="thread"][value="main"]');
    const inWorker = required<HTMLInputElement>(example, 'input[name="thread"][value="worker"]');
    await plotShown(plot);
    const samples = plot.layer("samples");
    const results = plot.layer("results");
    expect(inWorker.checked, "the work starts in the worker").to.equal(true);
    expect(results.source.length).to.equal(0);

    const mover = plotMover(example, plot);
    /** Sweeps the pointer along `y` and waits until every drawn sample has its result on the plot. */
    const sweep = async (y: number) => {
      for (let i = 0; i < 30; i += 1) await mover.move(10 + i * 2.5, y + 8 * Math.sin(i / 3));
      await until("every sample has its result drawn", () => results.source.length === samples.source.length);
    };

    await sweep(30);
    const fromWorker = results.source.length;
    expect(fromWorker, "results from the worker").to.be.at.least(30);
    const ys = results.source.get<number>("y");
    expect(Math.max(...ys.slice(5)), "the smoothed path follows the low sweep").to.be.lessThan(45);
    await until("the rate counts the results", () => rate.recentValues.some((value) => value > 0));
    await until("the results line is painted blue", () => pixels(plot, near("#2563eb")) > 100);
    await executeServerCommand("save-screenshot", { name: "example-worker.png" });

    await click(example, onMain);
    expect(onMain.checked, "the switch names the main thread").to.equal(true);
    await sweep(70);
    const fromMain = results.source.get<number>("y").slice(fromWorker);
    expect(fromMain.length, "results from the main thread").to.be.at.least(30);
    expect(fromMain[fromMain.length - 1], "the smoothed path follows the high sweep").to.be.greaterThan(55);
    mover.stop();
    await executeServerCommand("save-screenshot", { name: "example-worker-main-thread.png" });
    expect(example.errors()).to.deep.equal([]);
  });
});
