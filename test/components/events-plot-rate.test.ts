// Tests of rate policies on <riv-plot>'s onPlotEvent in Chromium with the real BokehJS and trusted pointer moves:
// throttle "frame" delivers at most one sample per frame, and delivered plus dropped accounts for every sample.
import { expect } from "chai";
import { sendMouse } from "@web/test-runner-commands";
import "../../components/riv-plot.js";
import type { RivPlot } from "../../components/riv-plot.js";
import type { PlotPointerSample } from "../../components/plot-events.js";
import { PlotError } from "../../components/plot-options.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function mountPlot(): Promise<RivPlot> {
  const plot = document.createElement("riv-plot");
  plot.setAttribute("x-range", "0,100");
  plot.setAttribute("y-range", "0,100");
  plot.style.width = "400px";
  document.body.append(plot);
  await plot.updateComplete;
  for (let frames = 0; frames < 120 && !((plot.view?.frame.bbox.width ?? 0) > 0); frames += 1) await nextFrame();
  if (plot.view === undefined) throw new Error("riv-plot was not shown within 120 frames");
  return plot;
}

describe("rate policies on onPlotEvent", () => {
  it('delivers at most one raw sample per frame with throttle: "frame", and counts the rest', async () => {
    const plot = await mountPlot();
    const all: PlotPointerSample[] = [];
    const perFrame: { sample: PlotPointerSample; frame: number }[] = [];
    let frame = 0;
    let counting = true;
    const countFrames = () => {
      frame += 1;
      if (counting) requestAnimationFrame(countFrames);
    };
    requestAnimationFrame(countFrames);
    const stopAll = plot.onPlotEvent("pointermove", (sample) => all.push(sample), { coalesced: true });
    const throttled = plot.onPlotEvent("pointermove", (sample) => perFrame.push({ sample, frame }), {
      coalesced: true,
      throttle: "frame",
    });
    const box = plot.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    // Sent back to back, so that several raw samples fall into one frame.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sendMouse({ type: "move", position: [Math.round(box.left + 60 + i * 10), y] }),
      ),
    );
    while (perFrame.at(-1)?.sample.sx !== all.at(-1)?.sx) await nextFrame();
    counting = false;
    const frames = perFrame.map((entry) => entry.frame);
    expect(new Set(frames).size).to.equal(frames.length); // never two in one frame
    expect(perFrame.length + throttled.dropped).to.equal(all.length);
    expect(perFrame.at(-1)?.sample).to.deep.equal(all.at(-1)); // the last move is never lost
    stopAll();
    throttled();
    plot.remove();
  });

  it("rejects a bad rate policy, naming the event and the fix", async () => {
    const plot = await mountPlot();
    expect(() => plot.onPlotEvent("tap", () => undefined, { throttle: -3 })).to.throw(
      PlotError,
      'riv-plot.onPlotEvent: "tap": throttle -3 is not "frame" or a positive number of milliseconds',
    );
    plot.remove();
  });
});
