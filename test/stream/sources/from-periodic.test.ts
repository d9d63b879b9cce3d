// Tests of fromPeriodic on the virtual clock: tick times, stop and restart, errors, and a busy graph.
import { expect } from "chai";
import { Stream, StreamError, VirtualScheduler } from "../../../stream/index.js";
import { FromPeriodic, fromPeriodic } from "../../../stream/sources/from-periodic.js";
import { Recorder } from "../recorder.js";

describe("fromPeriodic", () => {
  it("calls fn every ms on the graph's scheduler and emits its result", async () => {
    const scheduler = new VirtualScheduler();
    const source = fromPeriodic(() => scheduler.now(), 100, { scheduler });
    const end = new Recorder(source);
    await scheduler.advanceBy(350);
    expect(end.seen).to.deep.equal([100, 200, 300]);
    source.stop();
  });

  it("is a static method of Stream as well", () => {
    expect(Stream.fromPeriodic(() => 1, 10, { start: false })).to.be.instanceOf(FromPeriodic);
  });

  it("clears its timer on stop and starts a fresh period on restart", async () => {
    const scheduler = new VirtualScheduler();
    const source = fromPeriodic(() => scheduler.now(), 100, { scheduler });
    const end = new Recorder(source);
    await scheduler.advanceBy(150);
    source.stop();
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(200);
    expect(end.seen).to.deep.equal([100]);
    source.start();
    await scheduler.advanceBy(100);
    expect(end.seen).to.deep.equal([100, 450]);
    source.stop();
  });

  it("stays stopped when a downstream stops it during a tick", async () => {
    const scheduler = new VirtualScheduler();
    const source = fromPeriodic(() => 1, 10, { scheduler });
    const end = new Recorder(source, () => source.stop());
    await scheduler.advanceBy(100);
    expect(end.seen).to.deep.equal([1]);
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("reports an error thrown by fn and keeps ticking", async () => {
    const scheduler = new VirtualScheduler();
    const caught: unknown[] = [];
    let calls = 0;
    const source = fromPeriodic(
      () => {
        calls += 1;
        if (calls === 1) throw new Error("first tick fails");
        return calls;
      },
      10,
      { scheduler, onError: ({ error }) => caught.push((error as Error).message) },
    );
    const end = new Recorder(source);
    await scheduler.advanceBy(30);
    expect(caught).to.deep.equal(["first tick fails"]);
    expect(end.seen).to.deep.equal([2, 3]);
    source.stop();
  });

  it("waits for a busy graph, then ticks once at once instead of catching up on every missed tick", async () => {
    const scheduler = new VirtualScheduler();
    let release: () => void = () => undefined;
    const source = fromPeriodic(() => scheduler.now(), 10, { scheduler });
    const end = new Recorder(source, (x) =>
      x === 10 ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    await scheduler.advanceBy(50);
    expect(end.seen).to.deep.equal([10]);
    expect(scheduler.pendingTimers).to.equal(0);
    release();
    await scheduler.advanceBy(10);
    expect(end.seen).to.deep.equal([10, 50, 60]);
    source.stop();
  });

  it("rejects a period that is not a positive number, naming the fix", () => {
    expect(() => fromPeriodic(() => 1, 0)).to.throw(StreamError, "fromPeriodic: ms 0 is not a positive number");
  });
});
