// Tests of FrameBatcher in Chromium: one hand-over per frame, and a bound on the rows it holds while no frame
// comes (a hidden tab gets no animation frames, yet its queue keeps filling).
import { expect } from "chai";
import { FrameBatcher, framelessBound, type ColumnBatch } from "../../components/frame-batcher.js";

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe("FrameBatcher", () => {
  it("hands the rows of one frame over in one call of columns", async () => {
    const batches: ColumnBatch[] = [];
    const batcher = new FrameBatcher(["x", "y"], (batch) => batches.push(batch), 100);
    batcher.start();
    batcher.add({ x: 1, y: 2 });
    batcher.add({ x: 3, y: 4 });
    expect(batches).to.have.length(0);
    await nextFrame();
    batcher.stop();
    expect(batches).to.deep.equal([{ x: [1, 3], y: [2, 4] }]);
  });

  it("holds a bounded number of rows while started but given no frame, and loses none of them", () => {
    const batches: ColumnBatch[] = [];
    const batcher = new FrameBatcher(["x"], (batch) => batches.push(batch), 10);
    batcher.start();
    const rows = framelessBound * 2 + 5;
    // Synchronous adds: no animation frame can run in between, as in a tab that gets none.
    for (let x = 0; x < rows; x += 1) {
      batcher.add({ x });
      expect(batcher.pending, `pending after row ${x}`).to.be.below(framelessBound);
    }
    batcher.stop();
    batcher.flush();
    expect(batches.flatMap((batch) => batch.x)).to.deep.equal(Array.from({ length: rows }, (_, x) => x));
    expect(batches.slice(0, 2).map((batch) => batch.x?.length)).to.deep.equal([framelessBound, framelessBound]);
  });

  it("bounds a started batcher by its limit when that is larger than framelessBound", () => {
    let handedOver = 0;
    const limit = framelessBound * 3;
    const batcher = new FrameBatcher(["x"], (batch) => (handedOver += batch.x?.length ?? 0), limit);
    batcher.start();
    for (let x = 0; x < limit; x += 1) batcher.add({ x });
    batcher.stop();
    expect([handedOver, batcher.pending]).to.deep.equal([limit, 0]);
  });

  it("hands a stopped batcher's rows over at its limit", () => {
    const batches: ColumnBatch[] = [];
    const batcher = new FrameBatcher(["x"], (batch) => batches.push(batch), 3);
    for (let x = 0; x < 7; x += 1) batcher.add({ x });
    expect(batches).to.deep.equal([{ x: [0, 1, 2] }, { x: [3, 4, 5] }]);
    expect(batcher.pending).to.equal(1);
  });
});
