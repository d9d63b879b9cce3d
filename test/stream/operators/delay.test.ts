// Tests of delay on a virtual clock: each value ms later and in order, busy downstreams, errors and destroy.
import { expect } from "chai";
import { capturingConsoleErrors } from "../console-errors.js";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/delay.js";
import { Stream } from "../../../stream/stream.js";
import { VirtualScheduler } from "../../../stream/virtual-scheduler.js";

describe("delay", () => {
  it("re-emits every value ms after it arrived, in order", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const out = new Recorder(source.delay(100));
    void source.emit("a");
    await scheduler.advanceBy(30);
    void source.emit("b");
    void source.emit("c");
    await scheduler.advanceBy(69);
    expect(out.seen).to.deep.equal([]);
    await scheduler.advanceBy(1);
    expect(out.seen).to.deep.equal(["a"]);
    await scheduler.advanceBy(100);
    expect(out.seen).to.deep.equal(["a", "b", "c"]);
    expect(out.times).to.deep.equal([100, 130, 130]);
  });

  it("delays a value that comes after a long idle time by the full ms", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.delay(200));
    await scheduler.advanceBy(5000);
    void source.emit(1);
    await scheduler.advanceBy(1000);
    expect(out.times).to.deep.equal([5200]);
  });

  it("keeps only one timer however many values wait, and none when idle", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    new Recorder(source.delay(100));
    expect(scheduler.pendingTimers).to.equal(0);
    for (let i = 0; i < 5; i += 1) void source.emit(i);
    expect(scheduler.pendingTimers).to.equal(1);
    await scheduler.runAll();
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("emits after a delay of 0 on the next turn of the clock, not synchronously", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.delay(0));
    expect(source.emit(1)).to.equal(undefined);
    expect(out.seen).to.deep.equal([]);
    await scheduler.advanceBy(0);
    expect(out.seen).to.deep.equal([1]);
  });

  it("holds later values back while the downstream is busy, and returns its promise from update", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    let release: () => void = () => undefined;
    const out = new Recorder(source.delay(100), (x) =>
      x === 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    void source.emit(1);
    void source.emit(2);
    await scheduler.advanceBy(100);
    const waiting = source.emit(3);
    expect(waiting).to.be.instanceOf(Promise);
    await scheduler.advanceBy(100);
    expect(out.seen).to.deep.equal([1]);
    release();
    await waiting;
    await scheduler.advanceBy(0);
    expect(out.seen).to.deep.equal([1, 2, 3]);
    expect(out.times).to.deep.equal([100, 200, 200]);
  });

  it("reports a downstream error with console.error naming the node, and emits the following values", async () => {
    await capturingConsoleErrors(async (logged) => {
      const scheduler = new VirtualScheduler();
      const source = new Stream<number>({ scheduler });
      const out = new Recorder(source.delay(10), (x) => {
        if (x === 1) throw new Error("one");
        return x === 2 ? Promise.reject(new Error("two")) : undefined;
      });
      for (const x of [1, 2, 3]) void source.emit(x);
      await scheduler.advanceBy(10);
      expect(out.seen).to.deep.equal([1, 2, 3]);
      expect(logged.map((args) => (args[1] as Error).message)).to.deep.equal(["one", "two"]);
      expect(String(logged[0]?.[0])).to.contain("Delay");
    });
  });

  it("rejects a delay that is not a non-negative number of milliseconds", () => {
    const source = new Stream<number>({ scheduler: new VirtualScheduler() });
    expect(() => source.delay(-1)).to.throw(
      StreamError,
      "delay: ms -1 is not a non-negative number of milliseconds; use e.g. delay(100)",
    );
    expect(() => source.delay(Number.NaN)).to.throw(StreamError, "ms NaN");
    expect(source.downstreams).to.deep.equal([]);
  });

  it("cancels its timer and drops the waiting values when destroyed mid-stream", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const node = source.delay(100);
    const out = new Recorder(node);
    void source.emit(1);
    await scheduler.advanceBy(50);
    void source.emit(2);
    node.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(500);
    expect(out.seen).to.deep.equal([]);
  });
});
