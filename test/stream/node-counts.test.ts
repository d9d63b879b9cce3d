// Tests of `stream.observe(counts)`: per-node counts of received and emitted values, and nothing once detached.
import { expect } from "chai";
import { AsyncQueue, Stream, fromQueue, type NodeCounts } from "../../stream/index.js";
import { until } from "./until.js";

const isEven = (x: number) => x % 2 === 0;
const double = (x: number) => x * 2;
const newCounts = (): NodeCounts => ({ received: 0, emitted: 0 });

describe("stream.observe", () => {
  it("counts what each node of a chain receives and emits, the filter emitting only what passes", () => {
    const source = new Stream<number>({ name: "numbers" });
    const evens = source.filter(isEven);
    const doubled = evens.map(double);
    const list = doubled.sinkToList();
    const [sourceCounts, evenCounts, doubledCounts] = [newCounts(), newCounts(), newCounts()];
    source.observe(sourceCounts);
    evens.observe(evenCounts);
    doubled.observe(doubledCounts);
    for (let i = 0; i < 10; i += 1) void source.emit(i);
    expect(sourceCounts).to.deep.equal({ received: 0, emitted: 10 });
    expect(evenCounts).to.deep.equal({ received: 10, emitted: 5 });
    expect(doubledCounts).to.deep.equal({ received: 5, emitted: 5 });
    expect(list.list).to.deep.equal([0, 4, 8, 12, 16]);
  });

  it("counts every branch of a fan-out and a batch from a queue source", async () => {
    const queue = new AsyncQueue<number>({ capacity: 100 });
    const source = fromQueue(queue);
    const evens = source.filter(isEven).sinkToList();
    const all = source.sinkToList();
    const [evenCounts, allCounts] = [newCounts(), newCounts()];
    evens.observe(evenCounts);
    all.observe(allCounts);
    for (let i = 0; i < 7; i += 1) queue.put(i);
    await until(() => all.list.length === 7);
    expect(allCounts.received).to.equal(7);
    expect(evenCounts.received).to.equal(4);
    source.destroy();
  });

  it("stops counting once detached, while values still flow", () => {
    const source = new Stream<number>();
    const evens = source.filter(isEven);
    const list = evens.sinkToList();
    const counts = newCounts();
    evens.observe(counts);
    void source.emit(2);
    evens.observe(undefined);
    void source.emit(4);
    void source.emitBatch([6, 8]);
    expect(counts).to.deep.equal({ received: 1, emitted: 1 });
    expect(list.list).to.deep.equal([2, 4, 6, 8]);
  });
});
