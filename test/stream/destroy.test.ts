// Tests of tearing a graph down: destroying a source removes every node it alone fed, and timer-driven nodes left
// without an upstream stop their timers and drop what they hold.
import { expect } from "chai";
import { AsyncQueue, fromPeriodic, fromQueue, Stream, VirtualScheduler } from "../../stream/index.js";

function queueSource(scheduler: VirtualScheduler) {
  const queue = new AsyncQueue<number>();
  return { queue, source: fromQueue(queue, { scheduler }) };
}

describe("destroy and disconnect", () => {
  const timerNodes: [string, (upstream: Stream<number>) => Stream<unknown>][] = [
    ["timedWindow", (upstream) => upstream.timedWindow(100)],
    ["delay", (upstream) => upstream.delay(100)],
    ["rateLimit", (upstream) => upstream.rateLimit(100)],
    ["partition with a timeout", (upstream) => upstream.partition(5, { timeout: 100 })],
  ];
  for (const [what, build] of timerNodes) {
    it(`stops the timers of a ${what} below a destroyed source and drops what it held`, async () => {
      const scheduler = new VirtualScheduler();
      const { queue, source } = queueSource(scheduler);
      const node = build(source.map((x) => x + 1));
      const out = node.sinkToList();
      for (const x of [1, 2, 3]) queue.put(x);
      await scheduler.advanceBy(0);
      const seen = [...out.list];
      expect(scheduler.pendingTimers).to.be.greaterThan(0);
      source.destroy();
      expect(scheduler.pendingTimers).to.equal(0);
      await scheduler.advanceBy(1000);
      expect(out.list).to.deep.equal(seen);
      expect([node.upstreams, node.downstreams]).to.deep.equal([[], []]);
    });
  }

  it("leaves no timer of a fromPeriodic source, nor of a timedWindow below it, once destroyed", async () => {
    const scheduler = new VirtualScheduler();
    const ticks = fromPeriodic(() => 1, 100, { scheduler });
    const out = ticks.sinkToList();
    ticks.timedWindow(1000).sinkToList();
    await scheduler.advanceBy(300);
    expect(out.list).to.deep.equal([1, 1, 1]);
    ticks.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("keeps a node that another upstream still feeds", async () => {
    const scheduler = new VirtualScheduler();
    const first = queueSource(scheduler);
    const second = queueSource(scheduler);
    const windows = first.source.union(second.source).timedWindow(100).sinkToList();
    first.source.destroy();
    second.queue.put(7);
    await scheduler.advanceBy(100);
    expect(windows.list).to.deep.equal([[7]]);
    second.source.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("stops a timedWindow whose upstream is disconnected, and starts it again on connect", async () => {
    const scheduler = new VirtualScheduler();
    const source = new Stream<number>({ scheduler });
    const node = source.timedWindow(100);
    const out = node.sinkToList();
    void source.emit(1);
    source.disconnect(node);
    expect(scheduler.pendingTimers).to.equal(0);
    await scheduler.advanceBy(500);
    expect(out.list).to.deep.equal([]);
    source.connect(node);
    void source.emit(2);
    await scheduler.advanceBy(100);
    expect(out.list).to.deep.equal([[2]]);
    expect(out.upstreams).to.deep.equal([node]);
    node.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("tears down the graph below a destroyed source's errors stream too", () => {
    const scheduler = new VirtualScheduler();
    const { source } = queueSource(scheduler);
    const errorCounts = source.errors.timedWindow(1000).sinkToList();
    source.destroy();
    expect(scheduler.pendingTimers).to.equal(0);
    expect(errorCounts.upstreams).to.deep.equal([]);
  });
});
