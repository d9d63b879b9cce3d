// Tests of fromQueue: waking on put without polling, draining, backpressure, stop/restart and closing.
import { expect } from "chai";
import { AsyncQueue, QueueConsumedError, Stream, VirtualScheduler, type SourceError } from "../../../stream/index.js";
import { FromQueue, fromQueue } from "../../../stream/sources/from-queue.js";
import { Recorder } from "../recorder.js";

/** Lets every pending promise reaction run. */
const settle = (): Promise<void> => new VirtualScheduler().advanceBy(0);

describe("fromQueue", () => {
  it("emits items put after it started, in order, a microtask after the put", async () => {
    const q = new AsyncQueue<number>();
    const source = fromQueue(q);
    const end = new Recorder(source);
    await settle();
    q.put(1);
    q.put(2);
    expect(end.seen).to.deep.equal([]);
    await settle();
    expect(end.seen).to.deep.equal([1, 2]);
    q.put(3);
    await settle();
    expect(end.seen).to.deep.equal([1, 2, 3]);
    source.stop();
  });

  it("emits the items queued before it started", async () => {
    const q = new AsyncQueue<number>();
    for (const x of [1, 2, 3]) q.put(x);
    const source = fromQueue(q, { start: false });
    const end = new Recorder(source);
    source.start();
    await settle();
    expect(end.seen).to.deep.equal([1, 2, 3]);
    expect(q.size).to.equal(0);
    source.stop();
  });

  it("is a static method of Stream as well", () => {
    const source = Stream.fromQueue(new AsyncQueue<string>(), { start: false });
    expect(source).to.be.instanceOf(FromQueue);
  });

  it("waits for a busy graph before taking the next item, leaving the rest queued", async () => {
    const q = new AsyncQueue<number>();
    let release: () => void = () => undefined;
    const source = fromQueue(q);
    const end = new Recorder(source, (x) =>
      x === 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    await settle();
    q.put(1);
    q.put(2);
    q.put(3);
    await settle();
    expect(end.seen).to.deep.equal([1]);
    expect(q.size).to.equal(2);
    release();
    await settle();
    expect(end.seen).to.deep.equal([1, 2, 3]);
    source.stop();
  });

  it("leaves items put after stop in the queue, and emits them after a restart", async () => {
    const q = new AsyncQueue<number>();
    const source = fromQueue(q);
    const end = new Recorder(source);
    await settle();
    source.stop();
    q.put(1);
    await settle();
    expect(end.seen).to.deep.equal([]);
    expect(q.size).to.equal(1);
    source.start();
    await settle();
    expect(end.seen).to.deep.equal([1]);
    source.stop();
  });

  it("stops in the middle of a drain when a downstream stops it", async () => {
    const q = new AsyncQueue<number>();
    const source = fromQueue(q);
    const end = new Recorder(source, (x) => (x === 2 ? source.stop() : undefined));
    for (const x of [1, 2, 3]) q.put(x);
    await settle();
    expect(end.seen).to.deep.equal([1, 2]);
    expect(q.size).to.equal(1);
  });

  it("reports an error thrown downstream and goes on with the next item", async () => {
    const q = new AsyncQueue<number>();
    const caught: SourceError[] = [];
    const source = fromQueue(q, { onError: (error) => caught.push(error) });
    const errors = new Recorder(source.errors);
    const end = new Recorder(source, (x) => {
      if (x === 2) throw new Error("bad 2");
    });
    for (const x of [1, 2, 3]) q.put(x);
    await settle();
    expect(end.seen).to.deep.equal([1, 2, 3]);
    expect(caught.map((c) => [c.value, (c.error as Error).message, c.source])).to.deep.equal([[2, "bad 2", source]]);
    expect(errors.seen).to.deep.equal(caught);
    source.stop();
  });

  it("stops by itself once the queue is closed and drained", async () => {
    const q = new AsyncQueue<number>();
    const source = fromQueue(q);
    const end = new Recorder(source);
    q.put(1);
    q.close();
    await settle();
    expect(end.seen).to.deep.equal([1]);
    expect(source.started).to.equal(false);
  });

  it("schedules no timer while the queue is idle", async () => {
    const scheduler = new VirtualScheduler();
    const q = new AsyncQueue<number>();
    const source = fromQueue(q, { scheduler });
    new Recorder(source);
    await settle();
    expect(scheduler.pendingTimers).to.equal(0);
    q.put(1);
    await settle();
    expect(scheduler.pendingTimers).to.equal(0);
    source.stop();
  });

  it("refuses a second consumer of one queue, saying how to fan out instead", async () => {
    const q = new AsyncQueue<number>();
    const first = fromQueue(q);
    expect(() => fromQueue(q)).to.throw(QueueConsumedError, "const s = fromQueue(q); s.sink(a); s.sink(b)");
    const a = first.sinkToList();
    const b = first.sinkToList();
    await settle();
    for (let i = 0; i < 60; i += 1) q.put(i);
    await settle();
    expect([a.list.length, b.list.length]).to.deep.equal([60, 60]);
    first.destroy();
  });

  it("lets a new consumer take the queue once the old one is stopped or destroyed", async () => {
    const q = new AsyncQueue<number>();
    const stopped = fromQueue(q);
    stopped.stop();
    const destroyed = fromQueue(q);
    destroyed.destroy();
    const neverStarted = fromQueue(q, { start: false });
    neverStarted.stop();
    const current = fromQueue(q);
    const seen = current.sinkToList();
    expect(() => stopped.start()).to.throw(QueueConsumedError, '"FromQueue"');
    await settle();
    q.put(1);
    await settle();
    expect(seen.list).to.deep.equal([1]);
    expect(stopped.started).to.equal(false);
    current.destroy();
  });

  it("refuses a get by hand while it consumes the queue, and allows it again once stopped", async () => {
    const q = new AsyncQueue<number>();
    const source = fromQueue(q, { name: "moves", start: false }); // consumes from construction on
    q.put(1);
    expect(() => q.getNowait()).to.throw(QueueConsumedError, 'the source "moves" consumes this queue');
    let rejected: unknown;
    await q.get().catch((error: unknown) => (rejected = error));
    expect(rejected).to.be.instanceOf(QueueConsumedError);
    source.stop();
    expect(q.getNowait()).to.equal(1);
  });
});
