// Loads the Jupyter example as a user gets it (its page and widget state from the test server, the widget manager
// and the rivulet module from dist/) in an iframe, moves the pointer over the pad with trusted mouse moves, and
// checks what a person would see: both widgets with the properties Python set, and the samples counted.
import { expect } from "chai";
import { until } from "../jupyter/frames.js";
import { executeServerCommand, resetMouse, sendMouse, setViewport } from "@web/test-runner-commands";

describe("the Jupyter widgets example", function () {
  this.timeout(120_000);

  after(() => resetMouse());

  it("shows the widgets Python exported and counts trusted pointer moves over the pad", async () => {
    await setViewport({ width: 940, height: 800 });
    const frame = document.createElement("iframe");
    frame.style.cssText = "width: 900px; height: 760px; border: 0; display: block";
    frame.src = "/examples/jupyter/";
    document.body.append(frame);
    const inner = () => frame.contentDocument;
    const pad = () => inner()?.querySelector("riv-pad") ?? null;
    const rate = () => inner()?.querySelector("riv-rate") ?? null;
    await until(
      () => "the pad is 240 px high and the rate is shown",
      () => pad()?.getBoundingClientRect().height === 240 && (rate()?.shadowRoot?.textContent ?? "") !== "",
    );
    expect(pad()?.getAttribute("title")).to.equal("Move the pointer here");
    expect(rate()?.shadowRoot?.textContent).to.include("Set in Python:").and.include("widgets");
    const box = pad()!.getBoundingClientRect();
    const frameBox = frame.getBoundingClientRect();
    for (let i = 0; i < 8; i += 1) {
      await sendMouse({
        type: "move",
        position: [Math.round(frameBox.left + box.left + 40 + i * 40), Math.round(frameBox.top + box.top + 120)],
      });
    }
    const moves = () => inner()?.querySelector("output#moves")?.textContent ?? "";
    const lastAt = () => (/the last at (\d+), (\d+)$/.exec(moves()) ?? []).slice(1).map(Number);
    await until(
      () => `the page counts the samples (now "${moves()}")`,
      () => /^\d+ samples, the last at 3\d\d, 1\d\d$/.test(moves()) && (lastAt()[0] ?? 0) > 300,
    );
    // The pad's own area starts inside its 1 px border.
    expect(lastAt()[0]).to.be.closeTo(320, 2);
    expect(lastAt()[1]).to.be.closeTo(120, 2);
    await executeServerCommand("save-screenshot", { name: "example-jupyter.png" });
    frame.remove();
  });
});
