// Tests of partition: groups of n, per-key groups, timeouts on a virtual clock, errors and destroy.
import { expect } from "chai";
import { capturingConsoleErrors } from "../console-errors.js";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/partition.js";
import { Stream } from "../../../stream/stream.js";
import { VirtualScheduler } from "../../../stream/virtual-scheduler.js";

function emitAll<T>(source: Stream<T>, values: readonly T[]): void {
  for (const x of values) void source.emit(x);
}

describe("partition", () => {
  it("emits groups of n and keeps the incomplete rest", () => {
    const source = new Stream<number>();
    const out = new Recorder(source.partition(3));
    emitAll(source, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(out.seen).to.deep.equal([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ]);
  });

  it("emits every value alone with n = 1, and nothing without values", () => {
    const source = new Stream<number>();
    const ones = new Recorder(source.partition(1));
    const fives = new Recorder(source.partition(5));
    expect(ones.seen).to.deep.equal([]);
    emitAll(source, [7, 8]);
    expect(ones.seen).to.deep.equal([[7], [8]]);
    expect(fives.seen).to.deep.equal([]);
  });

  it("groups by a key function", () => {
    const source = new Stream<number>();
    const out = new Recorder(source.partition(2, { key: (x) => x % 2 }));
    emitAll(source, [0, 1, 2, 3]);
    expect(out.seen).to.deep.equal([
      [0, 2],
      [1, 3],
    ]);
  });

  it("groups by a property name", () => {
    const source = new Stream<{ k: number; v: number }>();
    const out = new Recorder(source.partition(2, { key: "k" }));
    emitAll(
      source,
      [0, 1, 2, 3, 4].map((v) => ({ k: v % 2, v })),
    );
    expect(out.seen.map((group) => group.map(({ v }) => v))).to.deep.equal([
      [0, 2],
      [1, 3],
    ]);
  });

  it("flushes an incomplete group timeout ms after its first value", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.partition(5, { timeout: 1000 }));
    void source.emit(0);
    await scheduler.advanceBy(400);
    void source.emit(1);
    void source.emit(2);
    await scheduler.advanceBy(599);
    expect(out.seen).to.deep.equal([]);
    await scheduler.advanceBy(1);
    expect(out.seen).to.deep.equal([[0, 1, 2]]);
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("cancels the timeout of a group that filled up, and starts a new one with the next group", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const out = new Recorder(source.partition(2, { timeout: 100 }));
    emitAll(source, [1, 2]);
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(50);
    void source.emit(3);
    await scheduler.advanceBy(100);
    expect(out.seen).to.deep.equal([[1, 2], [3]]);
    expect(out.times).to.deep.equal([0, 150]);
  });

  it("times out each key's group on its own", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<string>({ scheduler });
    const out = new Recorder(source.partition(3, { timeout: 100, key: (s) => s[0] }));
    void source.emit("a1");
    await scheduler.advanceBy(50);
    void source.emit("b1");
    void source.emit("a2");
    await scheduler.advanceBy(50);
    expect(out.seen).to.deep.equal([["a1", "a2"]]);
    await scheduler.advanceBy(50);
    expect(out.seen).to.deep.equal([["a1", "a2"], ["b1"]]);
  });

  it("lets a downstream or key error reach the caller of emit", () => {
    const source = new Stream<number>();
    new Recorder(source.partition(2), () => {
      throw new Error("bad group");
    });
    void source.emit(1);
    expect(() => source.emit(2)).to.throw("bad group");
    const keyed = new Stream<number>();
    keyed.partition(2, {
      key: () => {
        throw new Error("bad key");
      },
    });
    expect(() => keyed.emit(1)).to.throw("bad key");
  });

  it("reports an error downstream of a timeout flush with console.error naming the node", async () => {
    await capturingConsoleErrors(async (logged) => {
      const scheduler = new VirtualScheduler();
      const source = new Stream<number>({ scheduler });
      new Recorder(source.partition(3, { timeout: 10 }), (group) => {
        if (group[0] === 1) throw new Error("sync");
        return Promise.reject(new Error("async"));
      });
      void source.emit(1);
      await scheduler.advanceBy(10);
      void source.emit(2);
      await scheduler.advanceBy(10);
      expect(logged.map((args) => (args[1] as Error).message)).to.deep.equal(["sync", "async"]);
      expect(String(logged[0]?.[0])).to.contain("Partition");
    });
  });

  it("returns the downstream's promise when a full group meets a busy downstream", async () => {
    const source = new Stream<number>();
    let release: () => void = () => undefined;
    new Recorder(source.partition(2), () => new Promise<void>((resolve) => (release = resolve)));
    expect(source.emit(1)).to.equal(undefined);
    const result = source.emit(2);
    expect(result).to.be.instanceOf(Promise);
    release();
    await result;
  });

  it("rejects a bad n, timeout or key, naming the value and the fix", () => {
    const source = new Stream<number>();
    expect(() => source.partition(0)).to.throw(
      StreamError,
      "partition: n 0 is not a positive integer; use e.g. partition(10)",
    );
    expect(() => source.partition(3, { timeout: -1 })).to.throw(
      StreamError,
      "partition: timeout -1 is not a positive number of milliseconds; use e.g. partition(3, { timeout: 1000 })",
    );
    expect(() => source.partition(3, { key: null as unknown as "toFixed" })).to.throw(
      StreamError,
      "partition: key null is neither a function nor a property name",
    );
    expect(source.downstreams).to.deep.equal([]);
  });

  it("cancels its timers and drops incomplete groups when destroyed mid-stream", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const node = source.partition(3, { timeout: 100, key: (x) => x % 2 });
    const out = new Recorder(node);
    emitAll(source, [1, 2]);
    expect(scheduler.pendingTimers).to.equal(2);
    node.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(1000);
    expect(out.seen).to.deep.equal([]);
  });
});
