// Tests of rateLimit on a virtual clock: spacing without loss, promises that settle on emission, errors, destroy.
import { expect } from "chai";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/rate-limit.js";
import { Stream } from "../../../stream/stream.js";
import { VirtualScheduler } from "../../../stream/virtual-scheduler.js";

describe("rateLimit", () => {
  it("emits the first value at once and spaces the next ones ms apart, dropping none", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.rateLimit(100));
    for (let i = 0; i < 4; i += 1) void source.emit(i);
    expect(out.seen).to.deep.equal([0]);
    await scheduler.runAll();
    expect(out.seen).to.deep.equal([0, 1, 2, 3]);
    expect(out.times).to.deep.equal([0, 100, 200, 300]);
  });

  it("lets a value through synchronously once ms have passed since the previous one", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.rateLimit(100));
    expect(source.emit(1)).to.equal(undefined);
    await scheduler.advanceBy(100);
    expect(source.emit(2)).to.equal(undefined);
    await scheduler.advanceBy(30);
    void source.emit(3);
    await scheduler.advanceBy(70);
    expect(out.times).to.deep.equal([0, 100, 200]);
  });

  it("returns a promise that settles when the delayed value has been emitted, so an awaiting source slows down", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.rateLimit(50));
    void source.emit(1);
    const second = source.emit(2) as Promise<void>;
    expect(second).to.be.instanceOf(Promise);
    let settled = false;
    void second.then(() => (settled = true));
    await scheduler.advanceBy(49);
    expect(settled).to.equal(false);
    await scheduler.advanceBy(1);
    expect(settled).to.equal(true);
    expect(out.seen).to.deep.equal([1, 2]);
  });

  it("settles a delayed value's promise only when the busy downstream has finished with it", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    let release: () => void = () => undefined;
    new Recorder(source.rateLimit(10), (x) =>
      x === 2 ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    void source.emit(1);
    const second = source.emit(2) as Promise<void>;
    let settled = false;
    void second.then(() => (settled = true));
    await scheduler.advanceBy(10);
    expect(settled).to.equal(false);
    release();
    await second;
    expect(settled).to.equal(true);
  });

  it("lets a downstream error reach the caller: thrown at once, or as the rejection of a delayed value", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    new Recorder(source.rateLimit(10), () => {
      throw new Error("refused");
    });
    expect(() => source.emit(1)).to.throw("refused");
    const delayed = source.emit(2) as Promise<void>;
    const outcome = delayed.then(
      () => "resolved",
      (error: Error) => error.message,
    );
    await scheduler.advanceBy(10);
    expect(await outcome).to.equal("refused");
  });

  it("rejects an interval that is not a positive number of milliseconds", () => {
    const source = new Stream<number>({ scheduler: new VirtualScheduler() });
    expect(() => source.rateLimit(0)).to.throw(
      StreamError,
      "rateLimit: ms 0 is not a positive number of milliseconds; use e.g. rateLimit(100)",
    );
    expect(() => source.rateLimit(Number.POSITIVE_INFINITY)).to.throw(StreamError, "ms Infinity");
    expect(source.downstreams).to.deep.equal([]);
  });

  it("cancels the waiting values and settles their promises when destroyed mid-stream", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const node = source.rateLimit(100);
    const out = new Recorder(node);
    void source.emit(1);
    const waiting = [source.emit(2), source.emit(3)] as Promise<void>[];
    expect(scheduler.pendingTimers).to.equal(2);
    node.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
    await Promise.all(waiting);
    await scheduler.advanceBy(1000);
    expect(out.seen).to.deep.equal([1]);
  });
});
