// Lifecycle tests: 1,000 start/stop cycles of every source kind, 1,000 graph build/destroy cycles and a flood of
// 1,000,000 puts leave no timer, listener or queue consumer behind. In Node, where a garbage collection can be
// forced, the heap must also come back to its level: those tests are registered only there.
import { expect } from "chai";
import {
  AsyncQueue,
  fromEvent,
  fromIterable,
  fromPeriodic,
  fromQueue,
  VirtualScheduler,
  type AnySource,
} from "../../stream/index.js";
import { CountingTarget } from "./counting-target.js";

const cycles = 1000;
/** Heap growth allowed after 1,000 cycles, once warmed up and collected: far below one graph per cycle kept. */
const heapTolerance = 1024 * 1024;

const settle = (): Promise<void> => new VirtualScheduler().advanceBy(0);

/** One kind of source, made once, then started, fed and stopped again and again. */
interface SourceKind {
  readonly name: string;
  /** How many values one cycle emits. */
  readonly perCycle: number;
  make(scheduler: VirtualScheduler): {
    source: AnySource;
    feed: (i: number) => Promise<void> | void;
    idle: () => boolean;
  };
}

const sourceKinds: readonly SourceKind[] = [
  {
    name: "fromQueue",
    perCycle: 1,
    make: (scheduler) => {
      const queue = new AsyncQueue<number>();
      const source = fromQueue(queue, { scheduler, start: false });
      return { source, feed: (i) => queue.put(i), idle: () => queue.consumedBy === undefined && queue.size === 0 };
    },
  },
  {
    name: "fromIterable",
    perCycle: 3,
    make: (scheduler) => ({
      source: fromIterable([1, 2, 3], { scheduler, start: false }),
      feed: () => {},
      idle: () => true,
    }),
  },
  {
    name: "fromPeriodic",
    perCycle: 1,
    make: (scheduler) => {
      const source = fromPeriodic(() => 1, 10, { scheduler, start: false });
      return { source, feed: () => scheduler.advanceBy(10), idle: () => scheduler.pendingTimers === 0 };
    },
  },
  {
    name: "fromEvent on an EventTarget",
    perCycle: 1,
    make: (scheduler) => {
      const target = new CountingTarget();
      const source = fromEvent(target, "ping", { scheduler, start: false });
      return { source, feed: () => void target.dispatchEvent(new Event("ping")), idle: () => target.listeners === 0 };
    },
  },
];

/** Runs `count` start/feed/stop cycles of one source kind; returns how many values reached the sink. */
async function sourceCycles(kind: SourceKind, count: number): Promise<{ received: number; idle: boolean }> {
  const scheduler = new VirtualScheduler();
  const { source, feed, idle } = kind.make(scheduler);
  let received = 0;
  source.sink(() => void (received += 1));
  for (let i = 0; i < count; i += 1) {
    source.start();
    await feed(i);
    await settle();
    source.stop();
  }
  source.destroy();
  return { received, idle: idle() && scheduler.pendingTimers === 0 };
}

/** Builds a graph with map, filter, scan, timedWindow, delay, zip and sink, runs it, and destroys its source. */
async function graphCycle(scheduler: VirtualScheduler): Promise<number> {
  const queue = new AsyncQueue<number>({ capacity: 100 });
  const source = fromQueue(queue, { scheduler });
  // The timer-driven nodes sit below a map, so only a destroy that reaches past the map stops them.
  const doubled = source.map((x) => x * 2);
  const sums = doubled.filter((x) => x % 4 === 0).scan((total: number, x: number) => total + x, { start: 0 });
  let results = 0;
  sums.zip(doubled.delay(5)).sink(() => void (results += 1));
  doubled.timedWindow(20).sink(() => void (results += 1));
  for (let i = 0; i < 10; i += 1) queue.put(i);
  await scheduler.advanceBy(20);
  source.destroy();
  return results;
}

describe("lifecycle", () => {
  for (const kind of sourceKinds) {
    it(`leaves nothing behind after ${cycles} start/stop cycles of ${kind.name}`, async () => {
      const { received, idle } = await sourceCycles(kind, cycles);
      expect(received).to.equal(cycles * kind.perCycle);
      expect(idle).to.equal(true);
    });
  }

  it(`leaves no timer behind after ${cycles} graph build/destroy cycles`, async () => {
    const scheduler = new VirtualScheduler();
    let results = 0;
    for (let i = 0; i < cycles; i += 1) results += await graphCycle(scheduler);
    // Each graph zips 5 sums with 5 delayed values and closes one window.
    expect(results).to.equal(cycles * 6);
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("counts exactly what a flood of 1,000,000 puts into a bounded queue drops", () => {
    for (const overflow of ["drop-oldest", "drop-newest"] as const) {
      const queue = new AsyncQueue<number>({ capacity: 1000, overflow });
      for (let i = 0; i < 1_000_000; i += 1) queue.put(i);
      expect([queue.size, queue.dropped]).to.deep.equal([1000, 999_000]);
      expect(queue.getNowait()).to.equal(overflow === "drop-oldest" ? 999_000 : 0);
    }
  });
});

/** What these tests use of Node's `process`, absent in the browser. */
interface NodeProcess {
  getBuiltinModule(id: string): unknown;
  memoryUsage(): { heapUsed: number };
  getActiveResourcesInfo(): string[];
}

const nodeProcess = (globalThis as { process?: Partial<NodeProcess> }).process;

if (typeof nodeProcess?.getBuiltinModule === "function") {
  const node = nodeProcess as NodeProcess;
  // Exposes `gc` without restarting Node with --expose-gc.
  (node.getBuiltinModule("node:v8") as { setFlagsFromString(flags: string): void }).setFlagsFromString("--expose-gc");
  const gc = (node.getBuiltinModule("node:vm") as { runInNewContext(code: string): unknown }).runInNewContext(
    "gc",
  ) as () => void;

  const heapAfterGc = async (): Promise<number> => {
    await settle();
    gc();
    gc();
    return node.memoryUsage().heapUsed;
  };
  const timeouts = (): number => node.getActiveResourcesInfo().filter((name) => name === "Timeout").length;

  /** Runs `body` with 100 cycles to warm up, then measures the heap and the Node timers around 1,000 cycles. */
  const measure = async (
    body: (count: number) => Promise<void> | void,
  ): Promise<{ growth: number; timers: number }> => {
    await body(cycles / 10);
    const heap = await heapAfterGc();
    const timers = timeouts();
    await body(cycles);
    const growth = (await heapAfterGc()) - heap;
    return { growth, timers: timeouts() - timers };
  };

  describe("lifecycle in Node: heap and timers after a forced GC", () => {
    for (const kind of sourceKinds) {
      it(`${kind.name}: ${cycles} start/stop cycles leave the heap within 1 MiB and no extra Timeout`, async () => {
        const { growth, timers } = await measure(async (count) => void (await sourceCycles(kind, count)));
        expect(growth).to.be.lessThan(heapTolerance);
        expect(timers).to.equal(0);
      });
    }

    it(`fromPeriodic on the real clock: ${cycles} start/stop cycles leave no extra Timeout`, async () => {
      const { growth, timers } = await measure((count) => {
        const source = fromPeriodic(() => 1, 1000, { start: false });
        for (let i = 0; i < count; i += 1) {
          source.start();
          source.stop();
        }
        source.destroy();
      });
      expect(growth).to.be.lessThan(heapTolerance);
      expect(timers).to.equal(0);
    });

    it(`${cycles} graph build/destroy cycles leave the heap within 1 MiB`, async () => {
      const scheduler = new VirtualScheduler();
      const { growth } = await measure(async (count) => {
        for (let i = 0; i < count; i += 1) await graphCycle(scheduler);
      });
      expect(growth).to.be.lessThan(heapTolerance);
      expect(scheduler.pendingTimers).to.equal(0);
    });

    it("a flood of 1,000,000 puts leaves the heap within 1 MiB once the queue is gone", async () => {
      const { growth } = await measure(() => {
        // A flood is one cycle: the warm-up runs it too.
        const queue = new AsyncQueue<{ x: number }>({ capacity: 10_000 });
        for (let i = 0; i < 1_000_000; i += 1) queue.put({ x: i });
        expect(queue.dropped).to.equal(990_000);
      });
      expect(growth).to.be.lessThan(heapTolerance);
    });
  });
}
