// Proves the lifecycle harness counts what it claims: a leaked node, listener, frame, observer and timer each show
// up in `countResources`, and releasing them brings the counts back.
import { collectGarbage, countAcross, countPending, countResources } from "./lifecycle.js";
import { expect } from "chai";

describe("lifecycle harness", () => {
  it("counts DOM nodes and listeners that are kept alive, and forgets them once released", async () => {
    const before = await countResources();
    const kept: HTMLElement[] = [];
    const onClick = (): void => undefined;
    for (let i = 0; i < 100; i += 1) {
      const node = document.createElement("div");
      node.addEventListener("click", onClick);
      kept.push(node);
    }
    const during = await countResources();
    expect(during.nodes - before.nodes).to.be.at.least(100);
    expect(during.listeners - before.listeners).to.equal(100);
    for (const node of kept.splice(0)) node.removeEventListener("click", onClick);
    const after = await countResources();
    expect(after.nodes - before.nodes).to.be.below(10);
    expect(after.listeners).to.equal(before.listeners);
  });

  it("counts pending animation frames, observed elements and timers until they are released", () => {
    const before = countPending();
    const frame = requestAnimationFrame(() => undefined);
    const timer = setTimeout(() => undefined, 60_000);
    const interval = setInterval(() => undefined, 60_000);
    const observer = new ResizeObserver(() => undefined);
    observer.observe(document.body);
    const during = countPending();
    expect(during.animationFrames - before.animationFrames).to.equal(1);
    expect(during.timers - before.timers).to.equal(2);
    expect(during.resizeObservers - before.resizeObservers).to.equal(1);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearInterval(interval);
    observer.disconnect();
    const after = countPending();
    expect([after.animationFrames, after.timers, after.resizeObservers]).to.deep.equal([
      before.animationFrames,
      before.timers,
      before.resizeObservers,
    ]);
  });

  it("stops counting a frame or timer once its callback has run", async () => {
    const before = await countResources();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await collectGarbage();
    const after = countPending();
    expect([after.animationFrames, after.timers]).to.deep.equal([before.animationFrames, before.timers]);
  });

  it("grows the heap count with retained data and shrinks it once the data is released", async () => {
    const before = await countResources();
    let retained: number[][] | undefined = Array.from({ length: 200 }, () => new Array<number>(10_000).fill(1));
    const during = await countResources();
    expect(retained.length).to.equal(200);
    expect(during.heapBytes - before.heapBytes).to.be.above(8_000_000);
    retained = undefined;
    const after = await countResources();
    expect(after.heapBytes - before.heapBytes).to.be.below(2_000_000);
  });

  it("counts across the cycles after the warm-up, and calls whenWarm in between", async () => {
    const calls: string[] = [];
    const kept: HTMLElement[] = [];
    const { before, after } = await countAcross(
      async (i) => {
        calls.push(`cycle ${i}`);
        kept.push(document.createElement("div"));
        await Promise.resolve();
      },
      { warmUp: 2, cycles: 3, whenWarm: () => calls.push("warm") },
    );
    expect(calls).to.deep.equal(["cycle 0", "cycle 1", "warm", "cycle 0", "cycle 1", "cycle 2"]);
    expect(after.nodes - before.nodes).to.be.at.least(3);
    expect(kept).to.have.length(5);
  });
});
