// Tests of sendQueue: one message per flush rather than per item, maxBatch, numeric columns in a transferred
// buffer, the sending queue's bound between flushes, and the end on close.
import { expect } from "chai";
import { AsyncQueue, StreamError, VirtualScheduler, fromQueue } from "../../../stream/index.js";
import { sendQueue, type BridgePort, type ColumnsMessage, type ItemsMessage } from "../../../stream/port/index.js";
import { until } from "../until.js";
import { recordedChannel } from "./port-helpers.js";

const items = (n: number): { x: number; y: number }[] => Array.from({ length: n }, (_, i) => ({ x: i, y: -i }));

describe("sendQueue", () => {
  it("posts everything put before a flush as one message, and nothing before the flush is due", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<{ x: number; y: number }>();
    const sender = sendQueue(queue, channel.port1, { flush: 50, scheduler });
    for (const item of items(100)) queue.put(item);
    await scheduler.advanceBy(49);
    await until(() => scheduler.pendingTimers === 1);
    expect(channel.seen).to.deep.equal([]);
    await scheduler.advanceBy(1);
    await until(() => channel.seen.length === 1);
    expect(channel.seen[0]).to.deep.equal({ channel: "rivulet", kind: "items", items: items(100) });
    expect([sender.messages, sender.items]).to.deep.equal([1, 100]);
    sender.close();
    channel.close();
  });

  it("with flush 0 posts at the end of the task what a graph made of one batch, one message per batch", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const received = new AsyncQueue<number>();
    const results = new AsyncQueue<number>();
    fromQueue(received)
      .map((x) => x * 10)
      .sink(results.put);
    const sender = sendQueue(results, channel.port1, { flush: 0, scheduler });
    for (const x of [1, 2, 3]) received.put(x); // one arriving batch, as receiveQueue puts it
    await scheduler.advanceBy(0);
    await until(() => channel.seen.length === 1);
    for (const x of [4, 5]) received.put(x);
    await scheduler.advanceBy(0);
    await until(() => channel.seen.length === 2);
    expect(channel.seen.map((message) => (message as ItemsMessage).items)).to.deep.equal([
      [10, 20, 30],
      [40, 50],
    ]);
    expect(scheduler.pendingTimers, "no timer left once the results are posted").to.equal(0);
    sender.close();
    channel.close();
  });

  it("with flush 0 on the real clock waits for the microtasks of the task that put the first item", async () => {
    const channel = recordedChannel();
    const queue = new AsyncQueue<number>();
    const sender = sendQueue(queue, channel.port1, { flush: 0 });
    queue.put(1);
    await Promise.resolve();
    queue.put(2);
    await Promise.resolve();
    queue.put(3);
    await until(() => channel.seen.length === 1);
    expect((channel.seen[0] as ItemsMessage).items, "items put in later microtasks join the message").to.deep.equal([
      1, 2, 3,
    ]);
    expect(sender.messages).to.equal(1);
    sender.close();
    channel.close();
  });

  it('with flush "microtask" posts each synchronous burst as one message, before any timer, with no timer', async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<number>();
    const sender = sendQueue(queue, channel.port1, { flush: "microtask", scheduler });
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    /** Lets microtasks run, and no macrotask, until the sender has posted `n` messages. */
    const postedWithinMicrotasks = async (n: number) => {
      for (let turn = 0; turn < 50 && sender.messages < n; turn += 1) await Promise.resolve();
      return sender.messages === n && !timerRan;
    };
    for (const x of [1, 2, 3]) queue.put(x); // one event handler's samples
    expect(await postedWithinMicrotasks(1), "posted in microtasks, before the timer").to.equal(true);
    for (const x of [4, 5]) queue.put(x); // the next handler's
    expect(await postedWithinMicrotasks(2)).to.equal(true);
    expect(scheduler.pendingTimers, "no timer involved").to.equal(0);
    await until(() => channel.seen.length === 2);
    expect(channel.seen.map((message) => (message as ItemsMessage).items)).to.deep.equal([
      [1, 2, 3],
      [4, 5],
    ]);
    sender.close();
    channel.close();
  });

  it('with flush "microtask" a close() before the flush posts what the sender holds once, then the end', async () => {
    const channel = recordedChannel();
    const queue = new AsyncQueue<number>();
    const sender = sendQueue(queue, channel.port1, { flush: "microtask" });
    queue.put(1);
    await Promise.resolve(); // the sender has taken 1 and queued its flush
    sender.close();
    await until(() => channel.seen.length === 2);
    await until(() => false, 3).catch(() => undefined); // a few macrotasks more: the cancelled flush posts nothing
    expect(channel.seen).to.deep.equal([
      { channel: "rivulet", kind: "items", items: [1] },
      { channel: "rivulet", kind: "end" },
    ]);
    expect(sender.messages).to.equal(1);
    channel.close();
  });

  it("counts as dropped an item handed over in the same turn as close(), and schedules no flush after it", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<number>();
    const sender = sendQueue(queue, channel.port1, { flush: 10, scheduler });
    queue.put(1); // goes straight to the sender's waiting get(), which resumes only in a microtask
    sender.close(); // posts the end at once: 1 is too late for it
    await scheduler.advanceBy(0);
    await until(() => channel.seen.length === 1);
    expect(channel.seen).to.deep.equal([{ channel: "rivulet", kind: "end" }]);
    expect([queue.dropped, sender.items, scheduler.pendingTimers]).to.deep.equal([1, 0, 0]);
    channel.close();
  });

  it("splits a flush into messages of at most maxBatch items, in order", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<{ x: number; y: number }>();
    const sender = sendQueue(queue, channel.port1, { flush: 10, maxBatch: 1000, scheduler });
    for (const item of items(2500)) queue.put(item);
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(10);
    await until(() => channel.seen.length === 3);
    const batches = channel.seen.map((message) => (message as ItemsMessage).items);
    expect(batches.map((batch) => batch.length)).to.deep.equal([1000, 1000, 500]);
    expect(batches.flat()).to.deep.equal(items(2500));
    sender.close();
    channel.close();
  });

  it("sends numeric columns as one Float64Array whose buffer is transferred, not copied", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<{ x: number; y: number; label: string }>();
    const transfers: Transferable[][] = [];
    const port: BridgePort = {
      postMessage: (message, transfer) => {
        channel.port1.postMessage(message, transfer);
        transfers.push(transfer);
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    const sender = sendQueue(queue, port, { flush: 10, columns: ["x", "y"], scheduler });
    queue.put({ x: 1.5, y: 2, label: "a" });
    queue.put({ x: 3, y: -4.25, label: "b" });
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(10);
    await until(() => channel.seen.length === 1);
    const message = channel.seen[0] as ColumnsMessage;
    expect(message.kind).to.equal("columns");
    expect(message.columns).to.deep.equal(["x", "y"]);
    expect(message.data).to.be.instanceOf(Float64Array);
    expect(Array.from(message.data)).to.deep.equal([1.5, 2, 3, -4.25]);
    const [buffer] = transfers[0] as [ArrayBuffer];
    expect(buffer.byteLength, "the sender's buffer is detached: moved, not copied").to.equal(0);
    sender.close();
    channel.close();
  });

  it("lets the queue's bound and policy decide what waits between flushes, counting the drops", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<{ x: number; y: number }>({ capacity: 10, overflow: "drop-oldest" });
    const sender = sendQueue(queue, channel.port1, { flush: 10, scheduler });
    queue.put({ x: -1, y: 1 }); // taken at once by the waiting sender, posted at the flush
    await scheduler.advanceBy(0);
    for (const item of items(100)) queue.put(item);
    await scheduler.advanceBy(10);
    await until(() => channel.seen.length === 1);
    expect(queue.dropped).to.equal(90);
    expect((channel.seen[0] as ItemsMessage).items).to.deep.equal([{ x: -1, y: 1 }, ...items(100).slice(90)]);
    sender.close();
    channel.close();
  });

  it("on close posts what is still waiting, then the end, cancels its timer and gives the queue up", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<{ x: number; y: number }>();
    const sender = sendQueue(queue, channel.port1, { flush: 1000, scheduler });
    for (const item of items(3)) queue.put(item);
    await scheduler.advanceBy(0);
    expect(scheduler.pendingTimers).to.equal(1);
    sender.close();
    sender.close();
    expect(scheduler.pendingTimers).to.equal(0);
    await until(() => channel.seen.length === 2);
    expect(channel.seen).to.deep.equal([
      { channel: "rivulet", kind: "items", items: items(3) },
      { channel: "rivulet", kind: "end" },
    ]);
    expect(queue.consumedBy).to.equal(undefined);
    fromQueue(queue, { start: false }).destroy(); // another consumer may take it now
    channel.close();
  });

  it("posts the end after the last item when the producer closes the queue", async () => {
    const scheduler = new VirtualScheduler();
    const channel = recordedChannel();
    const queue = new AsyncQueue<{ x: number; y: number }>();
    sendQueue(queue, channel.port1, { flush: 5, channel: "moves", scheduler });
    queue.put({ x: 7, y: 8 });
    queue.close();
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(5);
    await until(() => channel.seen.length === 2);
    expect(channel.seen).to.deep.equal([
      { channel: "moves", kind: "items", items: [{ x: 7, y: 8 }] },
      { channel: "moves", kind: "end" },
    ]);
    expect(queue.consumedBy).to.equal(undefined);
    channel.close();
  });

  it("rejects a bad flush, maxBatch or columns, naming the value and a fix, before taking the queue", () => {
    const channel = recordedChannel();
    const queue = new AsyncQueue<{ x: number }>();
    expect(() => sendQueue(queue, channel.port1, { flush: -1 })).to.throw(
      StreamError,
      /flush -1 .*"microtask".* \{ flush: "frame" \}/,
    );
    expect(() => sendQueue(queue, channel.port1, { maxBatch: 0 })).to.throw(
      StreamError,
      /maxBatch 0 .*\{ maxBatch: 1000 \}/,
    );
    expect(() => sendQueue(queue, channel.port1, { columns: [] })).to.throw(
      StreamError,
      /columns \[\] .*"x", "y", "t"/,
    );
    expect(queue.consumedBy).to.equal(undefined);
    channel.close();
  });
});
