// Drives examples/drag-rate with two trusted drags and checks what a person would see: two paths in two colours,
// and both rates above zero while a button is held.
import { expect } from "chai";
import { executeServerCommand, sendMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import type { RivRate } from "../../components/riv-rate.js";
import { exampleHooks, loadExample, near, pixels, plotMover, plotShown, required, until } from "./example-page.js";

describe("examples/drag-rate", function () {
  const current = exampleHooks(this);

  it("draws two trusted drags as two paths in two colours, counting both rates only while a button is held", async () => {
    const example = (current.example = await loadExample("drag-rate"));
    const plot = required<RivPlot>(example, "riv-plot#drags");
    const dispatched = required<RivRate>(example, "riv-rate#dispatched");
    const raw = required<RivRate>(example, "riv-rate#raw");
    await plotShown(plot);
    const mover = plotMover(example, plot);
    const move = (x: number, y: number) => mover.move(x, y);

    // Moves with no button held, at y = 50, are not recorded: no path below comes near y = 50.
    for (let i = 0; i < 10; i += 1) await move(10 + i * 8, 50);

    // Each drag goes on until both rates have shown a count above zero while the button is still held.
    const drag = async (y: number) => {
      await move(10, y);
      await sendMouse({ type: "down" });
      const counted = { dispatched: 0, raw: 0 };
      for (let i = 0; i < 20 || counted.dispatched === 0 || counted.raw === 0; i += 1) {
        await move(10 + (i % 40) * 2, y + 10 * Math.sin(i / 4));
        counted.dispatched = Math.max(counted.dispatched, dispatched.value);
        counted.raw = Math.max(counted.raw, raw.value);
      }
      await sendMouse({ type: "up" });
      return counted;
    };
    const first = await drag(25);
    await move(50, 50);
    const second = await drag(75);
    mover.stop();

    for (const counted of [first, second]) {
      expect(counted.dispatched, "dispatched events/s during a drag").to.be.greaterThan(0);
      // Every dispatched event carries at least one raw sample, but each rate is its own timedWindow(1000), whose
      // windows close at their own instants: one can hold an event the other counts in its next window.
      expect(counted.raw, "raw samples/s during a drag").to.be.at.least(counted.dispatched - 1);
    }
    const paths = ["drag-1", "drag-2"].map((name) => plot.layer(name));
    await until("both paths are drawn", () => paths.every((path) => path.source.length >= 20));
    const [bottom, top] = paths.map((path) => path.source.get<number>("y")) as [number[], number[]];
    expect(Math.max(...bottom), "the first drag stays low").to.be.lessThan(40);
    expect(Math.min(...top), "the second drag stays high").to.be.greaterThan(60);
    // The page's colours: blue for the first drag, red for the second.
    await until("both paths are painted in their colours", () => {
      return pixels(plot, near("#2563eb")) > 100 && pixels(plot, near("#e11d48")) > 100;
    });
    await executeServerCommand("save-screenshot", { name: "example-drag-rate.png" });
    expect(example.errors()).to.deep.equal([]);
  });
});
