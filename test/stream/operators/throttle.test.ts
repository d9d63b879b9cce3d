// Tests of throttle on a virtual clock: leading and trailing edges as RxJS's throttleTime, counted drops, errors
// from the trailing timer, backpressure, and the timer's lifecycle (stops without an upstream, destroy cleans up).
import { expect } from "chai";
import { capturingConsoleErrors } from "../console-errors.js";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import { AsyncQueue, fromQueue, type SourceError } from "../../../stream/index.js";
import "../../../stream/operators/throttle.js";
import { Stream } from "../../../stream/stream.js";
import { VirtualScheduler } from "../../../stream/virtual-scheduler.js";

/** Emits `values` at the virtual times given, in order (time 0 first). */
async function emitAt(scheduler: VirtualScheduler, source: Stream<string>, timed: readonly [number, string][]) {
  for (const [time, value] of timed) {
    await scheduler.advanceBy(time - scheduler.now());
    void source.emit(value);
  }
}

describe("throttle", () => {
  it("emits the leading value at once and drops the others of its window (leading only, the default)", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const node = source.throttle(100);
    const out = new Recorder(node);
    await emitAt(scheduler, source, [
      [0, "a"],
      [30, "b"],
      [99, "c"],
      [100, "d"],
      [150, "e"],
      [250, "f"],
    ]);
    await scheduler.runAll();
    expect(out.seen).to.deep.equal(["a", "d", "f"]);
    expect(out.times).to.deep.equal([0, 100, 250]);
    expect(node.dropped).to.equal(3);
  });

  it("emits the latest value of each window at its end with trailing, and starts a new window then", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const node = source.throttle(100, { leading: true, trailing: true });
    const out = new Recorder(node);
    await emitAt(scheduler, source, [
      [0, "a"],
      [30, "b"],
      [60, "c"],
      [120, "d"],
      [350, "e"],
    ]);
    await scheduler.runAll();
    // a leads; c is the last of [0, 100) and trails at 100, opening [100, 200), whose last value d trails at 200.
    expect(out.seen).to.deep.equal(["a", "c", "d", "e"]);
    expect(out.times).to.deep.equal([0, 100, 200, 350]);
    expect(node.dropped).to.equal(1);
  });

  it("emits only window ends with trailing only (RxJS auditTime-like), the first value starting the window", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const node = source.throttle(100, { leading: false, trailing: true });
    const out = new Recorder(node);
    await emitAt(scheduler, source, [
      [10, "a"],
      [50, "b"],
      [130, "c"],
    ]);
    await scheduler.runAll();
    expect(out.seen).to.deep.equal(["b", "c"]);
    expect(out.times).to.deep.equal([110, 210]);
    expect(node.dropped).to.equal(1);
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("keeps no timer while idle, and one while a window is open", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    new Recorder(source.throttle(100, { trailing: true }));
    expect(scheduler.pendingTimers).to.equal(0);
    for (let i = 0; i < 50; i += 1) void source.emit(i);
    expect(scheduler.pendingTimers).to.equal(1);
    await scheduler.runAll();
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("takes the same path when fused into a chain (map -> throttle -> map)", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const node = source.map((x) => x * 10).throttle(100, { trailing: true });
    const out = new Recorder(node.map((x) => x + 1));
    for (let i = 1; i <= 4; i += 1) void source.emit(i);
    expect(out.seen).to.deep.equal([11]);
    await scheduler.runAll();
    expect(out.seen).to.deep.equal([11, 41]);
    expect(node.dropped).to.equal(2);
  });

  it("lets a leading value's downstream error reach the caller of emit", () => {
    const source = new Stream<number>({ scheduler: new VirtualScheduler() });
    source.throttle(100).sink(() => {
      throw new Error("refused");
    });
    expect(() => source.emit(1)).to.throw("refused");
  });

  it("reports a trailing value's downstream error to the source above, and goes on", async () => {
    const scheduler = new VirtualScheduler();
    const queue = new AsyncQueue<number>();
    const caught: SourceError[] = [];
    const source = fromQueue(queue, { scheduler, onError: (error) => caught.push(error) });
    const seen: number[] = [];
    source.throttle(100, { leading: false, trailing: true }).sink((x) => {
      if (x === 1) throw new Error("refused");
      seen.push(x);
    });
    queue.put(1);
    await scheduler.advanceBy(100);
    queue.put(2);
    await scheduler.advanceBy(100);
    expect(caught.map((error) => [(error.error as Error).message, error.value])).to.deep.equal([["refused", 1]]);
    expect(seen).to.deep.equal([2]);
    source.destroy();
  });

  it("names itself on the console when a trailing error has no source to go to", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    source.throttle(100, { leading: false, trailing: true }).sink(() => {
      throw new Error("refused");
    });
    await capturingConsoleErrors(async (logged) => {
      void source.emit(1);
      await scheduler.runAll();
      expect(String(logged[0]?.[0])).to.include('"Throttle"');
    });
  });

  it("returns the downstream's promise from update while it is busy with a trailing value", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    let release: () => void = () => undefined;
    source
      .throttle(100, { leading: false, trailing: true })
      .sink(() => new Promise<void>((resolve) => (release = resolve)));
    expect(source.emit(1)).to.equal(undefined);
    await scheduler.advanceBy(100);
    const busy = source.emit(2);
    expect(busy).to.be.instanceOf(Promise);
    release();
    await busy;
    await scheduler.advanceBy(100);
    release();
    await scheduler.advanceBy(0);
    expect(source.emit(3)).to.equal(undefined);
  });

  it("stops its timer and drops (and counts) the held value when left without an upstream, then starts afresh", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const node = source.throttle(100, { trailing: true });
    const out = new Recorder(node);
    void source.emit("a");
    void source.emit("b");
    source.disconnect(node);
    expect(scheduler.pendingTimers).to.equal(0);
    expect(node.dropped).to.equal(1);
    await scheduler.advanceBy(20);
    source.connect(node);
    void source.emit("c");
    await scheduler.runAll();
    expect(out.seen).to.deep.equal(["a", "c"]);
    expect(out.times).to.deep.equal([0, 20]);
  });

  it("leaves no timer once its source is destroyed", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.throttle(100, { trailing: true }));
    void source.emit(1);
    void source.emit(2);
    source.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(1000);
    expect(out.seen).to.deep.equal([1]);
  });

  it("rejects a bad interval or options, naming the value and a fix", () => {
    const source = new Stream<number>({ scheduler: new VirtualScheduler() });
    expect(() => source.throttle(0)).to.throw(
      StreamError,
      "throttle: ms 0 is not a positive number of milliseconds; use e.g. throttle(100)",
    );
    expect(() => source.throttle(100, { leading: false, trailing: false })).to.throw(
      StreamError,
      "throttle: leading and trailing are both false, so nothing would be emitted; use e.g. throttle(100, { trailing: true })",
    );
    expect(() => source.throttle(100, "trailing" as never)).to.throw(StreamError, "throttle: options trailing");
    expect(source.downstreams).to.deep.equal([]);
  });
});
