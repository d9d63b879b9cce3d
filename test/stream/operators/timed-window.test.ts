// Tests of timedWindow on a virtual clock: one array per interval (empty when idle), backpressure, errors, destroy.
import { expect } from "chai";
import { capturingConsoleErrors } from "../console-errors.js";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/timed-window.js";
import { Stream } from "../../../stream/stream.js";
import { VirtualScheduler } from "../../../stream/virtual-scheduler.js";

describe("timedWindow", () => {
  it("emits the values of each interval, and an empty array for an interval without any", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.timedWindow(100));
    void source.emit(1);
    void source.emit(2);
    await scheduler.advanceBy(100);
    expect(out.seen).to.deep.equal([[1, 2]]);
    await scheduler.advanceBy(100);
    expect(out.seen).to.deep.equal([[1, 2], []]);
    await scheduler.advanceBy(50);
    void source.emit(3);
    await scheduler.advanceBy(50);
    expect(out.seen).to.deep.equal([[1, 2], [], [3]]);
  });

  it("closes the first window ms after construction and the next ones every ms", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const out = new Recorder(source.timedWindow(250));
    await scheduler.advanceBy(249);
    expect(out.seen).to.deep.equal([]);
    await scheduler.advanceBy(751);
    expect(out.times).to.deep.equal([250, 500, 750, 1000]);
  });

  it("gives a value that arrives exactly at a window's end to the next window", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.timedWindow(100));
    await scheduler.advanceBy(100);
    void source.emit(1);
    await scheduler.advanceBy(100);
    expect(out.seen).to.deep.equal([[], [1]]);
  });

  it("does not hold back the upstream while the downstream is synchronous", () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    source.timedWindow(100);
    expect(source.emit(1)).to.equal(undefined);
  });

  it("returns the busy downstream's promise from update, and closes the next window when it is done", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    let release: () => void = () => undefined;
    const out = new Recorder(source.timedWindow(100), (window) =>
      window.length > 0 ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    void source.emit(1);
    await scheduler.advanceBy(100);
    const waiting = source.emit(2);
    expect(waiting).to.be.instanceOf(Promise);
    await scheduler.advanceBy(150);
    expect(out.seen).to.deep.equal([[1]]);
    release();
    await waiting;
    await scheduler.advanceBy(0);
    expect(out.seen).to.deep.equal([[1], [2]]);
    expect(out.times).to.deep.equal([100, 250]);
    expect(source.emit(3)).to.be.instanceOf(Promise);
  });

  it("reports a downstream error with console.error naming the node, and keeps its timer going", async () => {
    await capturingConsoleErrors(async (logged) => {
      const scheduler = new VirtualScheduler();
      const source = new Stream<number>({ scheduler });
      const node = source.timedWindow(100);
      node.name = "rate window";
      const out = new Recorder(node, (window) => {
        if (window.length > 0) throw new Error("bad window");
      });
      void source.emit(1);
      await scheduler.advanceBy(200);
      expect(out.seen).to.deep.equal([[1], []]);
      expect(logged).to.have.length(1);
      expect(String(logged[0]?.[0])).to.contain("rate window");
      expect((logged[0]?.[1] as Error).message).to.equal("bad window");
    });
  });

  it("reports a rejection of the downstream's promise the same way", async () => {
    await capturingConsoleErrors(async (logged) => {
      const scheduler = new VirtualScheduler();
      const source = new Stream<number>({ scheduler });
      new Recorder(source.timedWindow(100), () => Promise.reject(new Error("async bad window")));
      await scheduler.advanceBy(100);
      expect((logged[0]?.[1] as Error).message).to.equal("async bad window");
      expect(source.emit(1)).to.equal(undefined);
    });
  });

  it("rejects an interval that is not a positive number of milliseconds", () => {
    const source = new Stream<number>({ scheduler: new VirtualScheduler() });
    expect(() => source.timedWindow(-5)).to.throw(
      StreamError,
      "timedWindow: ms -5 is not a positive number of milliseconds; use e.g. timedWindow(1000)",
    );
    for (const ms of [0, Number.NaN, Number.POSITIVE_INFINITY, "100" as unknown as number]) {
      expect(() => source.timedWindow(ms)).to.throw(StreamError, `ms ${String(ms)} is not`);
    }
    expect(source.downstreams).to.deep.equal([]);
  });

  it("stops its timer and drops the open window when destroyed mid-stream", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const node = source.timedWindow(100);
    const out = new Recorder(node);
    await scheduler.advanceBy(100);
    void source.emit(1);
    expect(scheduler.pendingTimers).to.equal(1);
    node.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(500);
    expect(out.seen).to.deep.equal([[]]);
  });

  it("cancels its timer on the scheduler that started it when its upstream is disconnected", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const node = source.timedWindow(100);
    const out = new Recorder(node);
    source.disconnect(node);
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(100);
    expect(out.seen).to.deep.equal([]);
  });
});
