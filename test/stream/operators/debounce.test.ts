// Tests of debounce on a virtual clock: a value goes out after ms of quiet, as RxJS's debounceTime; replaced values
// are counted; errors from the timer, backpressure, and the timer's lifecycle (stops without an upstream).
import { expect } from "chai";
import { capturingConsoleErrors } from "../console-errors.js";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import { AsyncQueue, fromQueue, type SourceError } from "../../../stream/index.js";
import "../../../stream/operators/debounce.js";
import { Stream } from "../../../stream/stream.js";
import { VirtualScheduler } from "../../../stream/virtual-scheduler.js";

describe("debounce", () => {
  it("emits a value once ms passed without a newer one, and drops (counts) the values replaced before that", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const node = source.debounce(100);
    const out = new Recorder(node);
    const timed: [number, string][] = [
      [0, "a"],
      [50, "b"],
      [149, "c"],
      [300, "d"],
      [400, "e"],
    ];
    for (const [time, value] of timed) {
      await scheduler.advanceBy(time - scheduler.now());
      void source.emit(value);
    }
    await scheduler.runAll();
    // c is followed by 151 ms of quiet; d by exactly 100 ms (e comes at 400, when d is due: d goes first).
    expect(out.seen).to.deep.equal(["c", "d", "e"]);
    expect(out.times).to.deep.equal([249, 400, 500]);
    expect(node.dropped).to.equal(2);
  });

  it("emits nothing synchronously, and keeps one timer however many values arrive, none when idle", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.debounce(50));
    expect(scheduler.pendingTimers).to.equal(0);
    for (let i = 0; i < 100; i += 1) {
      expect(source.emit(i)).to.equal(undefined);
      await scheduler.advanceBy(10);
    }
    expect(out.seen).to.deep.equal([]);
    expect(scheduler.pendingTimers).to.equal(1);
    await scheduler.runAll();
    expect(out.seen).to.deep.equal([99]);
    expect(out.times).to.deep.equal([1040]);
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("takes the same path inside a chain (map -> debounce -> map)", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(
      source
        .map((x) => x * 10)
        .debounce(10)
        .map((x) => x + 1),
    );
    void source.emit(1);
    void source.emit(2);
    await scheduler.runAll();
    expect(out.seen).to.deep.equal([21]);
  });

  it("reports a downstream error to the source above and goes on with the next value", async () => {
    const scheduler = new VirtualScheduler();
    const queue = new AsyncQueue<number>();
    const caught: SourceError[] = [];
    const source = fromQueue(queue, { scheduler, onError: (error) => caught.push(error) });
    const seen: number[] = [];
    source.debounce(10).sink((x) => {
      if (x === 1) throw new Error("refused");
      seen.push(x);
    });
    queue.put(1);
    await scheduler.advanceBy(10);
    queue.put(2);
    await scheduler.advanceBy(10);
    expect(caught.map((error) => [(error.error as Error).message, error.value])).to.deep.equal([["refused", 1]]);
    expect(seen).to.deep.equal([2]);
    source.destroy();
  });

  it("names itself on the console when an error has no source to go to", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    source.debounce(10).sink(() => {
      throw new Error("refused");
    });
    await capturingConsoleErrors(async (logged) => {
      void source.emit(1);
      await scheduler.runAll();
      expect(String(logged[0]?.[0])).to.include('"Debounce"');
    });
  });

  it("returns the downstream's promise from update while it is busy with an emitted value", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    let release: () => void = () => undefined;
    source.debounce(10).sink(() => new Promise<void>((resolve) => (release = resolve)));
    void source.emit(1);
    await scheduler.advanceBy(10);
    const busy = source.emit(2);
    expect(busy).to.be.instanceOf(Promise);
    release();
    await busy;
    await scheduler.advanceBy(10);
    release();
    await scheduler.advanceBy(0);
    expect(source.emit(3)).to.equal(undefined);
  });

  it("stops its timer and drops (and counts) the held value when left without an upstream, then starts afresh", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const node = source.debounce(100);
    const out = new Recorder(node);
    void source.emit("a");
    source.disconnect(node);
    expect(scheduler.pendingTimers).to.equal(0);
    expect(node.dropped).to.equal(1);
    source.connect(node);
    void source.emit("b");
    await scheduler.runAll();
    expect(out.seen).to.deep.equal(["b"]);
    expect(out.times).to.deep.equal([100]);
  });

  it("leaves no timer once its source is destroyed", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.debounce(100));
    void source.emit(1);
    source.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(1000);
    expect(out.seen).to.deep.equal([]);
  });

  it("rejects an interval that is not a positive number of milliseconds", () => {
    const source = new Stream<number>({ scheduler: new VirtualScheduler() });
    expect(() => source.debounce(-5)).to.throw(
      StreamError,
      "debounce: ms -5 is not a positive number of milliseconds; use e.g. debounce(250)",
    );
    expect(source.downstreams).to.deep.equal([]);
  });
});
