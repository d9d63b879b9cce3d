// Tests of receiveQueue: what a sender posts arrives in order in a bounded queue of the receiver's own, whose
// policy decides what is kept with every drop counted; the end closes it; close() stops listening.
import { expect } from "chai";
import { AsyncQueue, StreamError, VirtualScheduler, fromQueue } from "../../../stream/index.js";
import { receiveQueue, sendQueue } from "../../../stream/port/index.js";
import { until } from "../until.js";

interface Point {
  x: number;
  y: number;
}
const points = (n: number): Point[] => Array.from({ length: n }, (_, i) => ({ x: i, y: 2 * i }));

describe("receiveQueue", () => {
  it("delivers every item a sender posts, in order, into a queue that fromQueue drains", async () => {
    const scheduler = new VirtualScheduler();
    const { port1, port2 } = new MessageChannel();
    const moves = new AsyncQueue<Point>();
    const sender = sendQueue(moves, port1, { flush: 10, maxBatch: 300, scheduler });
    const received = receiveQueue<Point>(port2);
    const seen = fromQueue(received.queue).sinkToList().list;
    for (const point of points(1000)) moves.put(point);
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(10);
    await until(() => seen.length === 1000);
    expect(seen).to.deep.equal(points(1000));
    expect([received.messages, received.items, received.dropped]).to.deep.equal([4, 1000, 0]);
    sender.close();
    received.close();
    port1.close();
  });

  it("keeps its own bound on arrival, counting what drop-oldest discards", async () => {
    const scheduler = new VirtualScheduler();
    const { port1, port2 } = new MessageChannel();
    const moves = new AsyncQueue<Point>();
    const sender = sendQueue(moves, port1, { flush: 10, scheduler });
    const received = receiveQueue<Point>(port2, { capacity: 100, overflow: "drop-oldest" });
    for (const point of points(1000)) moves.put(point);
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(10);
    await until(() => received.items === 1000);
    expect(received.dropped).to.equal(900);
    expect(received.queue.size).to.equal(100);
    expect(received.queue.getNowait()).to.deep.equal({ x: 900, y: 1800 });
    sender.close();
    received.close();
    port1.close();
  });

  it("keeps the first items under drop-newest, and refuses the error policy with the reason", async () => {
    const scheduler = new VirtualScheduler();
    const { port1, port2 } = new MessageChannel();
    expect(() => receiveQueue(port2, { overflow: "error" })).to.throw(StreamError, /cannot refuse a message/);
    const moves = new AsyncQueue<Point>();
    const sender = sendQueue(moves, port1, { flush: 10, scheduler });
    const received = receiveQueue<Point>(port2, { capacity: 10, overflow: "drop-newest" });
    for (const point of points(50)) moves.put(point);
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(10);
    await until(() => received.items === 50);
    expect(received.dropped).to.equal(40);
    expect(received.queue.getNowait()).to.deep.equal({ x: 0, y: 0 });
    sender.close();
    received.close();
    port1.close();
  });

  it("rebuilds numeric columns as plain objects of those fields", async () => {
    const scheduler = new VirtualScheduler();
    const { port1, port2 } = new MessageChannel();
    const moves = new AsyncQueue<Point & { t: number }>();
    const sender = sendQueue(moves, port1, { flush: 10, columns: ["x", "t"], scheduler });
    const received = receiveQueue<{ x: number; t: number }>(port2);
    const seen = fromQueue(received.queue).sinkToList().list;
    moves.put({ x: 1, y: 5, t: 10.5 });
    moves.put({ x: 2, y: 6, t: 11.25 });
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(10);
    await until(() => seen.length === 2);
    expect(seen).to.deep.equal([
      { x: 1, t: 10.5 },
      { x: 2, t: 11.25 },
    ]);
    sender.close();
    received.close();
    port1.close();
  });

  it("closes its queue at the sender's end, after delivering everything, so the source stops", async () => {
    const scheduler = new VirtualScheduler();
    const { port1, port2 } = new MessageChannel();
    const moves = new AsyncQueue<Point>();
    const sender = sendQueue(moves, port1, { flush: 1000, scheduler });
    const received = receiveQueue<Point>(port2);
    const source = fromQueue(received.queue);
    const seen = source.sinkToList().list;
    for (const point of points(5)) moves.put(point);
    await scheduler.advanceBy(0);
    sender.close(); // before the flush was due
    await until(() => received.queue.isClosed && seen.length === 5);
    expect(seen).to.deep.equal(points(5));
    await until(() => !source.started);
    port1.close();
  });

  it("carries two channels over one port, each to its own queue, and ignores other traffic", async () => {
    const scheduler = new VirtualScheduler();
    const { port1, port2 } = new MessageChannel();
    const xs = new AsyncQueue<number>();
    const names = new AsyncQueue<string>();
    const senders = [
      sendQueue(xs, port1, { channel: "xs", flush: 10, scheduler }),
      sendQueue(names, port1, { channel: "names", flush: 10, scheduler }),
    ];
    const receivedXs = receiveQueue<number>(port2, { channel: "xs" });
    const receivedNames = receiveQueue<string>(port2, { channel: "names" });
    port1.postMessage({ channel: "xs", kind: "unknown", items: [99] });
    port1.postMessage("hello");
    xs.put(1);
    names.put("a");
    xs.put(2);
    await scheduler.advanceBy(0);
    await scheduler.advanceBy(10);
    await until(() => receivedXs.items === 2 && receivedNames.items === 1);
    expect([receivedXs.queue.getNowait(), receivedXs.queue.getNowait(), receivedNames.queue.getNowait()]).to.deep.equal(
      [1, 2, "a"],
    );
    expect(receivedXs.messages).to.equal(1);
    for (const sender of senders) sender.close();
    receivedXs.close();
    receivedNames.close();
    port1.close();
  });

  it("stops listening on close(): later messages reach nothing", async () => {
    const { port1, port2 } = new MessageChannel();
    const received = receiveQueue<number>(port2);
    const witness = receiveQueue<number>(port2, { channel: "witness" });
    received.close();
    received.close();
    expect(received.queue.isClosed).to.equal(true);
    port1.postMessage({ channel: "rivulet", kind: "items", items: [1, 2] });
    port1.postMessage({ channel: "witness", kind: "items", items: [3] });
    await until(() => witness.items === 1); // messages are delivered in order: the first one has been handled
    expect([received.messages, received.items]).to.deep.equal([0, 0]);
    witness.close();
    port1.close();
  });
});
