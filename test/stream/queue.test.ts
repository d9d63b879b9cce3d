// Tests of AsyncQueue: bounds and overflow policies, waiting without polling, abort, close and async iteration.
import { expect } from "chai";
import {
  AsyncQueue,
  QueueClosedError,
  QueueConsumedError,
  QueueEmptyError,
  QueueFullError,
  VirtualScheduler,
} from "../../stream/index.js";

const settle = (): Promise<void> => new VirtualScheduler().advanceBy(0);

/** Puts each item in turn. */
function putAll<T>(q: AsyncQueue<T>, items: readonly T[]): void {
  for (const item of items) q.put(item);
}

/** Takes everything queued now. */
function drain<T>(q: AsyncQueue<T>): T[] {
  const items: T[] = [];
  while (q.size > 0) items.push(q.getNowait());
  return items;
}

describe("AsyncQueue", () => {
  it("hands items out first-in first-out, across the growth of its storage", () => {
    const q = new AsyncQueue<number>();
    const items = Array.from({ length: 100 }, (_, i) => i);
    putAll(q, items.slice(0, 10));
    expect(drain(q).slice(0, 5)).to.deep.equal([0, 1, 2, 3, 4]);
    putAll(q, items);
    expect(q.size).to.equal(100);
    expect(drain(q)).to.deep.equal(items);
  });

  it("defaults to a capacity of 10 000 that drops the oldest item", () => {
    const q = new AsyncQueue<number>();
    expect([q.capacity, q.overflow, q.dropped]).to.deep.equal([10_000, "drop-oldest", 0]);
  });

  it("with drop-oldest keeps the newest items and counts the dropped ones", () => {
    const q = new AsyncQueue<number>({ capacity: 3, overflow: "drop-oldest" });
    putAll(q, [1, 2, 3, 4, 5]);
    expect(q.dropped).to.equal(2);
    expect(drain(q)).to.deep.equal([3, 4, 5]);
  });

  it("with drop-newest keeps the oldest items and counts the refused ones", () => {
    const q = new AsyncQueue<number>({ capacity: 3, overflow: "drop-newest" });
    putAll(q, [1, 2, 3, 4, 5]);
    expect(q.dropped).to.equal(2);
    expect(drain(q)).to.deep.equal([1, 2, 3]);
  });

  it("with error throws QueueFullError on a full put and keeps what it holds", () => {
    const q = new AsyncQueue<number>({ capacity: 2, overflow: "error" });
    putAll(q, [1, 2]);
    expect(() => q.put(3)).to.throw(QueueFullError, "capacity 2");
    expect(q.dropped).to.equal(0);
    expect(drain(q)).to.deep.equal([1, 2]);
  });

  it("refuses a capacity that is not a positive integer and an unknown policy, naming the fix", () => {
    expect(() => new AsyncQueue({ capacity: 0 })).to.throw(RangeError, "capacity 0 is not a positive integer");
    expect(() => new AsyncQueue({ capacity: 1.5 })).to.throw(RangeError, "use e.g. { capacity: 10000 }");
    expect(() => new AsyncQueue({ overflow: "drop-all" as "error" })).to.throw(RangeError, '"drop-all" is not one');
  });

  it("works with put passed as a bare callback", () => {
    const q = new AsyncQueue<number>();
    const callbacks: ((x: number) => void)[] = [q.put];
    [1, 2].forEach(q.put);
    for (const callback of callbacks) callback(3);
    expect(drain(q)).to.deep.equal([1, 2, 3]);
  });

  it("throws QueueEmptyError from getNowait on an empty queue", () => {
    expect(() => new AsyncQueue<number>().getNowait()).to.throw(QueueEmptyError, "check size or await get()");
  });

  it("resolves a waiting get from the next put, without queueing the item", async () => {
    const q = new AsyncQueue<string>();
    const scheduler = new VirtualScheduler();
    let got: string | undefined;
    void q.get().then((item) => (got = item));
    await scheduler.advanceBy(1000);
    expect(got).to.equal(undefined);
    expect(scheduler.pendingTimers).to.equal(0);
    q.put("a");
    expect(q.size).to.equal(0);
    await settle();
    expect(got).to.equal("a");
  });

  it("serves several waiting gets in the order they asked", async () => {
    const q = new AsyncQueue<number>();
    const first = q.get();
    const second = q.get();
    putAll(q, [1, 2]);
    expect(await Promise.all([first, second])).to.deep.equal([1, 2]);
  });

  it("rejects a get whose signal aborts, and the next put stays queued", async () => {
    const q = new AsyncQueue<number>();
    const controller = new AbortController();
    const pending = q.get(controller.signal);
    controller.abort();
    let reason: unknown;
    await pending.catch((error: unknown) => (reason = error));
    expect((reason as Error).name).to.equal("AbortError");
    q.put(1);
    expect(q.size).to.equal(1);
  });

  it("rejects a get with an already aborted signal and leaves queued items in place", async () => {
    const q = new AsyncQueue<number>();
    q.put(1);
    const controller = new AbortController();
    controller.abort(new Error("stopped"));
    let reason: unknown;
    await q.get(controller.signal).catch((error: unknown) => (reason = error));
    expect((reason as Error).message).to.equal("stopped");
    expect(q.size).to.equal(1);
  });

  it("removes its abort listener once a get settles, so a long-lived signal collects none", async () => {
    const q = new AsyncQueue<number>();
    const { signal } = new AbortController();
    let listeners = 0;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = (...args: Parameters<AbortSignal["addEventListener"]>) => {
      listeners += 1;
      add(...args);
    };
    signal.removeEventListener = (...args: Parameters<AbortSignal["removeEventListener"]>) => {
      listeners -= 1;
      remove(...args);
    };
    for (let i = 0; i < 3; i += 1) {
      const pending = q.get(signal);
      q.put(i);
      await pending;
    }
    expect(listeners).to.equal(0);
  });

  it("on close rejects waiting gets, refuses puts, and still hands out what it holds", async () => {
    const q = new AsyncQueue<number>();
    const waiting = q.get();
    q.close();
    await waiting.then(
      () => expect.fail("a waiting get must reject on close"),
      (error: unknown) => expect(error).to.be.instanceOf(QueueClosedError),
    );
    expect(() => q.put(1)).to.throw(QueueClosedError, "create a new queue");

    const full = new AsyncQueue<number>();
    putAll(full, [1, 2]);
    full.close();
    full.close();
    expect(full.isClosed).to.equal(true);
    expect(await full.get()).to.equal(1);
    expect(await full.get()).to.equal(2);
    await full.get().then(
      () => expect.fail("get on a closed, empty queue must reject"),
      (error: unknown) => expect(error).to.be.instanceOf(QueueClosedError),
    );
  });

  it("iterates asynchronously over queued and later items until closed and drained", async () => {
    const q = new AsyncQueue<number>();
    putAll(q, [1, 2]);
    const seen: number[] = [];
    const done = (async () => {
      for await (const item of q) seen.push(item);
    })();
    await settle();
    expect(seen).to.deep.equal([1, 2]);
    q.put(3);
    q.put(4);
    q.close();
    await done;
    expect(seen).to.deep.equal([1, 2, 3, 4]);
  });

  it("has one consumer at a time: a for await loop holds the queue until it ends", async () => {
    const q = new AsyncQueue<number>();
    const seen: number[] = [];
    const done = (async () => {
      for await (const item of q) {
        seen.push(item);
        if (item === 2) break;
      }
    })();
    await settle();
    expect(q.consumedBy).to.equal("a for await loop");
    expect(() => q.getNowait()).to.throw(QueueConsumedError, "a for await loop consumes this queue");
    expect(() => q.consume("another reader")).to.throw(QueueConsumedError, "fan out");
    putAll(q, [1, 2, 3]);
    await done;
    expect(seen).to.deep.equal([1, 2]);
    expect(q.consumedBy).to.equal(undefined);
    expect(q.getNowait()).to.equal(3);
  });
});
