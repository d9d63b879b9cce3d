// Lifecycle of render-function components in Chromium: 1,000 elements made, rendered and removed, and one element
// moved and removed 1,000 times, leave heap, DOM nodes, listeners, frames, observers and timers where they were.
import { countAcross, type ResourceCounts } from "../harness/lifecycle.js";
import { expect } from "chai";
import { signal } from "@lit-labs/signals";
import { defineComponent } from "../../components/define-component.js";

// As in lifecycle.test.ts: one element kept per cycle would be >= 1,000 nodes and megabytes of heap.
const nodeTolerance = 50;
const heapTolerance = 300_000;
const counts = { warmUp: 100, cycles: 1000 };

/** A component whose hooks add every kind of resource: model listeners, DOM listeners, a frame, a timer. */
const Busy = defineComponent({
  tag: "render-lifecycle-busy",
  properties: { level: { attribute: false }, count: { type: Number } },
  defaults: { count: 0 },
  domEvents: { button: ["click"] },
  initialize({ model }) {
    const onMessage = (): void => model.set("count", 0);
    model.on("msg:custom", onMessage);
    const timer = setTimeout(() => model.send("tick"), 60_000);
    return () => clearTimeout(timer);
  },
  render({ model, el }) {
    const button = Object.assign(document.createElement("button"), { id: "button" });
    const show = (): void => void (button.textContent = `${String(model.get("level"))} / ${model.count}`);
    show();
    model.on(["level", "count"], show);
    const onKey = (): void => void (model.count += 1);
    window.addEventListener("keydown", onKey);
    const frame = requestAnimationFrame(show);
    el.append(button);
    return () => {
      window.removeEventListener("keydown", onKey);
      cancelAnimationFrame(frame);
    };
  },
});

function expectBackToStart(before: ResourceCounts, after: ResourceCounts): void {
  const grown = {
    heapBytes: after.heapBytes - before.heapBytes,
    nodes: after.nodes - before.nodes,
    listeners: after.listeners - before.listeners,
    pending: [after.animationFrames, after.resizeObservers, after.timers],
  };
  const text = JSON.stringify(grown);
  expect(grown.nodes, text).to.be.below(nodeTolerance);
  expect(grown.heapBytes, text).to.be.below(heapTolerance);
  expect(grown.listeners, text).to.be.at.most(0);
  expect(grown.pending, text).to.deep.equal([before.animationFrames, before.resizeObservers, before.timers]);
}

describe("render-function component lifecycle", function () {
  this.timeout(180_000);

  it("lets 1,000 new elements, rendered and removed, be collected with nothing left running", async () => {
    const level = signal(1);
    const { before, after } = await countAcross(async (i) => {
      const element = Object.assign(new Busy(), { level });
      document.body.append(element);
      await element.updateComplete;
      level.set(i);
      element.remove();
    }, counts);
    expectBackToStart(before, after);
  });

  it("moves and removes one element 1,000 times, rendering once each time and still working", async () => {
    const level = signal(0);
    const element = Object.assign(new Busy(), { level });
    const first = document.body.appendChild(document.createElement("div"));
    const second = document.body.appendChild(document.createElement("div"));
    const { before, after } = await countAcross(async (i) => {
      first.append(element);
      await element.updateComplete;
      second.append(element);
      level.set(i);
      await element.updateComplete;
      element.remove();
    }, counts);
    expectBackToStart(before, after);

    document.body.append(element);
    await element.updateComplete;
    const buttons = element.shadowRoot?.querySelectorAll("#button") ?? [];
    expect(buttons.length, "one rendering, not one per connection").to.equal(1);
    level.set(-1);
    await element.updateComplete;
    expect(buttons[0]?.textContent).to.equal("-1 / 0");
    (buttons[0] as HTMLElement).click();
    expect(element.queue.getNowait().node).to.equal("button");
    element.remove();
    first.remove();
    second.remove();
  });
});
