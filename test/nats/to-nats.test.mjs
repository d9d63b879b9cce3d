// Tests of toNats against a real nats-server: one message per maxBatch items with the wire format's ids and
// headers, the queue's bound and drops while the broker does not answer, and nothing taken lost on stop.
import { expect } from "chai";
import { AsyncQueue } from "../../stream/index.ts";
import { ensureNatsStream, NatsConnectorError, toNats } from "../../stream/nats/index.ts";
import { freshStream, natsSuite, pauseServer, storedMessages, waitFor } from "./nats-helpers.mjs";

describe("toNats", function () {
  // A hang guard only: every wait is on the broker's answer.
  this.timeout(60_000);
  const suite = natsSuite();

  it("publishes N samples as ceil(N / maxBatch) messages with ids <publisherId>:<seq> and Rivulet-Sent-At", async () => {
    const { name, subject } = await freshStream(suite);
    const queue = new AsyncQueue();
    const before = Date.now();
    const publisher = toNats(queue, subject, {
      connection: suite.connection,
      maxBatch: 40,
      publisherId: "page-1",
      flush: "microtask",
    });
    for (let i = 0; i < 100; i += 1) queue.put({ i });
    await waitFor(() => publisher.counts.published === 3, "3 messages acked");
    await publisher.stop();
    const stored = await storedMessages(suite.connection, name);
    expect(stored.map((m) => m.id)).to.deep.equal(["page-1:1", "page-1:2", "page-1:3"]);
    expect(stored.map((m) => m.items.length)).to.deep.equal([40, 40, 20]);
    expect(stored.flatMap((m) => m.items)).to.deep.equal(Array.from({ length: 100 }, (_, i) => ({ i })));
    for (const { sentAt } of stored) expect(sentAt).to.be.within(before, Date.now());
    expect(publisher.counts).to.include({ taken: 100, published: 3, acknowledged: 100, dropped: 0, retried: 0 });
    expect(queue.consumedBy).to.equal(undefined);
  });

  it("stops taking at maxPending unacked publishes, so the queue's overflow drops and counts", async () => {
    const { name, subject } = await freshStream(suite);
    const queue = new AsyncQueue({ capacity: 5, overflow: "drop-oldest" });
    const publisher = toNats(queue, subject, {
      connection: suite.connection,
      maxBatch: 1,
      maxPending: 2,
      flush: "microtask",
    });
    const paused = await pauseServer(suite.server); // the broker stops answering; the connection stays up
    try {
      for (let i = 0; i < 20; i += 1) {
        queue.put(i);
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(publisher.counts.taken).to.equal(2);
      expect(queue.size).to.equal(5);
      expect(queue.dropped).to.equal(13);
      expect(publisher.counts.dropped).to.equal(13);
    } finally {
      paused.resume();
    }
    await waitFor(() => publisher.counts.acknowledged === 7, "the 2 pending and 5 queued items acked");
    await publisher.stop();
    expect(publisher.counts).to.include({ taken: 7, acknowledged: 7, dropped: 13 });
    const stored = await storedMessages(suite.connection, name);
    expect(stored.flatMap((m) => m.items)).to.deep.equal([0, 1, 15, 16, 17, 18, 19]);
  });

  it("on stop publishes everything it took and waits for the acks, leaving the rest queued", async () => {
    const { name, subject } = await freshStream(suite);
    const queue = new AsyncQueue();
    const publisher = toNats(queue, subject, { connection: suite.connection, maxBatch: 10, flush: 60_000 });
    for (let i = 0; i < 25; i += 1) queue.put(i);
    await new Promise((resolve) => setImmediate(resolve)); // the first item is taken; the flush is a minute away
    expect(publisher.counts.taken).to.equal(1);
    await publisher.stop();
    expect(publisher.counts).to.include({ taken: 1, published: 1, acknowledged: 1, dropped: 0 });
    expect(queue.size).to.equal(24);
    expect((await storedMessages(suite.connection, name)).map((m) => m.items)).to.deep.equal([[0]]);
  });

  it("publishes everything queued when the producer closes the queue, then gives the queue up", async () => {
    const { name, subject } = await freshStream(suite);
    const queue = new AsyncQueue();
    const publisher = toNats(queue, subject, { connection: suite.connection, maxBatch: 4, flush: 0 });
    for (let i = 0; i < 10; i += 1) queue.put(i);
    queue.close();
    await waitFor(() => queue.consumedBy === undefined, "the publisher gave the queue up");
    expect(publisher.counts).to.include({ taken: 10, published: 3, acknowledged: 10 });
    expect((await storedMessages(suite.connection, name)).flatMap((m) => m.items)).to.have.length(10);
  });

  it("counts a batch the broker never stores as dropped after its retries", async () => {
    const queue = new AsyncQueue();
    const publisher = toNats(queue, "no-stream.here", {
      connection: suite.connection,
      flush: 0,
      retries: 2,
      ackTimeoutMs: 500,
    });
    queue.put(1);
    queue.put(2);
    await waitFor(() => publisher.counts.dropped === 2, "both items given up");
    await publisher.stop();
    expect(publisher.counts).to.include({ taken: 2, published: 0, acknowledged: 0, dropped: 2, retried: 2 });
  });

  it("waits between retries, so a batch sent while no stream answers is stored once the stream is back", async () => {
    // What a cluster's failover looks like to a publisher: "no responders" at once, for seconds, then acks again.
    suite.streams += 1;
    const name = `T${suite.streams}`;
    const subject = `t${suite.streams}.data`;
    const queue = new AsyncQueue();
    const publisher = toNats(queue, subject, { connection: suite.connection, flush: 0, retries: 5, retryDelayMs: 200 });
    queue.put("during the outage");
    await waitFor(() => publisher.counts.retried >= 1, "a retry failed too");
    await ensureNatsStream(suite.connection, { name, subjects: [`t${suite.streams}.>`] });
    await waitFor(() => publisher.counts.acknowledged === 1, "the batch stored on a later retry");
    await publisher.stop();
    expect(publisher.counts).to.include({ taken: 1, published: 1, acknowledged: 1, dropped: 0 });
    expect(publisher.counts.retried).to.be.within(1, 5);
    expect((await storedMessages(suite.connection, name)).map((m) => m.items)).to.deep.equal([["during the outage"]]);
  });

  it("counts a batch that is not JSON as dropped and goes on with the next", async () => {
    const { name, subject } = await freshStream(suite);
    const queue = new AsyncQueue();
    const publisher = toNats(queue, subject, { connection: suite.connection, flush: "microtask", publisherId: "j" });
    queue.put(1n);
    await new Promise((resolve) => setImmediate(resolve));
    queue.put(2);
    await waitFor(() => publisher.counts.acknowledged === 1, "the next batch acked");
    await publisher.stop();
    expect(publisher.counts).to.include({ taken: 2, published: 1, acknowledged: 1, dropped: 1 });
    expect((await storedMessages(suite.connection, name)).map((m) => [m.id, m.items])).to.deep.equal([["j:1", [2]]]);
  });

  it("rejects bad options with a NatsConnectorError naming the option, the value and a fix", () => {
    const connection = suite.connection;
    const queue = new AsyncQueue();
    expect(() => toNats(queue, "", { connection })).to.throw(
      NatsConnectorError,
      /toNats: subject "" is empty.*use e\.g\./,
    );
    expect(() => toNats(queue, "a", { connection, maxBatch: 0 })).to.throw(
      NatsConnectorError,
      /maxBatch 0 is not a positive integer; use e\.g\. \{ maxBatch: 256 \}/,
    );
    expect(() => toNats(queue, "a", { connection, maxPending: 1.5 })).to.throw(NatsConnectorError, /maxPending 1\.5/);
    expect(() => toNats(queue, "a", { connection, retries: -1 })).to.throw(NatsConnectorError, /retries -1/);
    expect(() => toNats(queue, "a", { connection, retryDelayMs: -5 })).to.throw(
      NatsConnectorError,
      /retryDelayMs -5 is not a number of ms of 0 or more; use e\.g\. \{ retryDelayMs: 200 \}/,
    );
    expect(() => toNats(queue, "a", { connection, flush: "soon" })).to.throw(NatsConnectorError, /flush soon/);
    expect(() => toNats(queue, "a", { connection: {} })).to.throw(
      NatsConnectorError,
      /connection .* is not a NatsConnection/,
    );
    expect(queue.consumedBy).to.equal(undefined);
  });
});
