// Drives examples/plain-html's bundle page (dist/rivulet.bundle.js, no build step) with trusted pointer moves over
// its defineComponent pad and checks they are drawn on the plot, the way up, in pad pixels.
import { expect } from "chai";
import { executeServerCommand, sendMouse } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import { exampleHooks, loadExample, pixels, plotShown, required, until } from "./example-page.js";

/** Clearly blue: the plot's default glyph colour, absent from axes and text. */
const blue = (r: number, g: number, b: number) => b > r + 60 && b > g + 20;

describe("examples/plain-html", function () {
  const current = exampleHooks(this);

  it("draws trusted moves over the bundle page's pad on its plot, with no console errors", async () => {
    const example = (current.example = await loadExample("plain-html"));
    const pad = required<HTMLElement>(example, "pointer-pad");
    const plot = required<RivPlot>(example, "riv-plot");
    await plotShown(plot);
    const frame = example.frame.getBoundingClientRect();
    const box = pad.getBoundingClientRect();
    const path = Array.from({ length: 12 }, (_, i) => [20 + i * 24, 180 - i * 14] as const);
    for (const [x, y] of path) {
      const before = plot.source.length;
      await sendMouse({
        type: "move",
        position: [Math.round(frame.left + box.left + x), Math.round(frame.top + box.top + y)],
      });
      await until(`the move to (${x}, ${y}) is on the plot`, () => plot.source.length > before);
    }
    const xs = plot.source.get<number>("x");
    const ys = plot.source.get<number>("y");
    const [lastX, lastY] = path[path.length - 1] as readonly [number, number];
    expect(xs[xs.length - 1], "x in pad pixels").to.be.closeTo(lastX, 1);
    expect(ys[ys.length - 1], "y the way up").to.be.closeTo(200 - lastY, 1);
    await until("the moves are painted", () => pixels(plot, blue) > 100);
    await executeServerCommand("save-screenshot", { name: "example-plain-html.png" });
    expect(example.errors()).to.deep.equal([]);
  });
});
