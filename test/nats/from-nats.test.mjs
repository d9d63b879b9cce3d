// Tests of fromNats against a real nats-server: records in the wire format, acks only after the graph settled
// with at most maxInFlight unacked, redelivery of what a stopped consumer left unacked, and bad options.
import { expect } from "chai";
import { AsyncQueue } from "../../stream/index.ts";
import { fromNats, NatsConnectorError, toNats } from "../../stream/nats/index.ts";
import { jetstreamManager } from "@nats-io/jetstream";
import { consumerInfo, freshStream, gate, natsSuite, waitFor } from "./nats-helpers.mjs";

/** Publishes `count` items with toNats, `maxBatch` a message, and resolves once all are acked. */
async function publish(suite, subject, count, maxBatch, publisherId = "p") {
  const queue = new AsyncQueue();
  const publisher = toNats(queue, subject, { connection: suite.connection, maxBatch, flush: 0, publisherId });
  for (let i = 0; i < count; i += 1) queue.put(i);
  await waitFor(() => publisher.counts.acknowledged === count, `${count} items acked`);
  await publisher.stop();
}

describe("fromNats", function () {
  // A hang guard only: every wait is on the broker's answer.
  this.timeout(60_000);
  const suite = natsSuite();

  it("emits each item as a record with subject, value, a stable id, sentAt and redelivered", async () => {
    const { name, subject } = await freshStream(suite);
    const before = Date.now();
    await publish(suite, subject, 5, 2);
    const source = fromNats({ connection: suite.connection, stream: name, consumer: "reader" });
    const seen = source.sinkToList();
    await waitFor(() => seen.list.length === 5, "5 records");
    source.stop();
    expect(seen.list.map((r) => r.value)).to.deep.equal([0, 1, 2, 3, 4]);
    expect(seen.list.map((r) => r.id)).to.deep.equal(["p:1/0", "p:1/1", "p:2/0", "p:2/1", "p:3/0"]);
    for (const record of seen.list) {
      expect(record.subject).to.equal(subject);
      expect(record.redelivered).to.equal(false);
      expect(record.sentAt).to.be.within(before, Date.now());
    }
    await waitFor(() => source.acked === 3, "3 messages acked");
    expect((await consumerInfo(suite.connection, name, "reader")).num_ack_pending).to.equal(0);
  });

  it("acks a message only after its emits settled, with at most maxInFlight unacked", async () => {
    const { name, subject } = await freshStream(suite);
    await publish(suite, subject, 6, 1);
    const gates = Array.from({ length: 6 }, gate);
    const source = fromNats({ connection: suite.connection, stream: name, consumer: "slow", maxInFlight: 2 });
    const started = [];
    source.sink((record) => {
      started.push(record.value);
      return gates[record.value].opened;
    });
    for (let i = 0; i < 6; i += 1) {
      await waitFor(() => started.length === i + 1, `the sink got item ${i}`);
      const info = await consumerInfo(suite.connection, name, "slow");
      expect(info.num_ack_pending, `unacked while item ${i} is in the sink`).to.be.within(1, 2);
      expect(info.ack_floor.stream_seq, `acked before item ${i} settled`).to.equal(i);
      expect(source.acked).to.equal(i);
      gates[i].open();
      await waitFor(() => source.acked === i + 1, `item ${i} acked once its sink settled`);
    }
    source.stop();
    const info = await consumerInfo(suite.connection, name, "slow");
    expect(info.num_ack_pending).to.equal(0);
    expect(info.ack_floor.stream_seq).to.equal(6);
  });

  it("leaves a message stopped in the middle unacked, and a new consumer gets it again, redelivered", async () => {
    const { name, subject } = await freshStream(suite);
    await publish(suite, subject, 4, 2, "page");
    const options = { connection: suite.connection, stream: name, consumer: "restart", ackWaitMs: 300 };
    const first = fromNats(options);
    const held = gate();
    const firstSeen = [];
    first.sink((record) => {
      firstSeen.push(record.id);
      return record.id === "page:2/0" ? held.opened : undefined;
    });
    await waitFor(() => firstSeen.length === 3, "the first consumer reached page:2/0");
    first.stop(); // in the middle of message 2: its second item is never emitted
    held.open();
    await waitFor(() => first.acked === 1, "message 1 acked");
    expect(firstSeen).to.deep.equal(["page:1/0", "page:1/1", "page:2/0"]);

    const second = fromNats(options);
    const secondSeen = second.sinkToList();
    await waitFor(() => secondSeen.list.length === 2, "message 2 redelivered");
    second.stop();
    expect(secondSeen.list.map((r) => [r.id, r.value, r.redelivered])).to.deep.equal([
      ["page:2/0", 2, true],
      ["page:2/1", 3, true],
    ]);
    await waitFor(() => second.acked === 1, "message 2 acked by the second consumer");
    const info = await consumerInfo(suite.connection, name, "restart");
    expect(info.num_ack_pending).to.equal(0);
    expect(info.num_pending).to.equal(0);
  });

  it("on a stop with the last item of a message in the graph, acks that message once the item settled", async () => {
    const { name, subject } = await freshStream(suite);
    await publish(suite, subject, 2, 2, "last");
    const source = fromNats({ connection: suite.connection, stream: name, consumer: "last" });
    const held = gate();
    const seen = [];
    source.sink((record) => {
      seen.push(record.id);
      return record.id === "last:1/1" ? held.opened : undefined;
    });
    await waitFor(() => seen.length === 2, "the last item reached the sink");
    source.stop();
    expect(source.acked).to.equal(0);
    held.open();
    await waitFor(() => source.acked === 1, "the message acked after its last item settled");
    const info = await consumerInfo(suite.connection, name, "last");
    expect(info.num_ack_pending).to.equal(0);
    expect(info.ack_floor.stream_seq).to.equal(1);
  });

  it("with retryAfterMs, reports a failed fetch and reads again: its durable deleted under it, later items arrive", async () => {
    const { name, subject } = await freshStream(suite);
    const errors = [];
    const source = fromNats({
      connection: suite.connection,
      stream: name,
      consumer: "retrying",
      retryAfterMs: 50,
      onError: ({ error }) => errors.push(error),
    });
    const seen = source.sinkToList();
    await publish(suite, subject, 1, 1);
    await waitFor(() => source.acked === 1, "the first message acked");
    await (await jetstreamManager(suite.connection)).consumers.delete(name, "retrying");
    await waitFor(() => errors.length > 0, "the failed fetch reported");
    await publish(suite, subject, 1, 1, "q");
    await waitFor(() => seen.list.some((record) => record.id === "q:1/0"), "the item published after arrived");
    source.stop();
    expect(source.started).to.equal(false);
    // The durable made again starts at the stream's first message, so the first item comes twice.
    expect(seen.list.map((record) => record.id)).to.deep.equal(["p:1/0", "p:1/0", "q:1/0"]);
  });

  it("rejects bad options with a NatsConnectorError naming the option, the value and a fix", () => {
    const connection = suite.connection;
    const base = { connection, stream: "S", consumer: "c", start: false };
    expect(() => fromNats({ ...base, stream: "" })).to.throw(NatsConnectorError, /fromNats: stream "" is empty/);
    expect(() => fromNats({ ...base, consumer: 3 })).to.throw(
      NatsConnectorError,
      /consumer 3 is empty or not a string/,
    );
    expect(() => fromNats({ ...base, maxInFlight: 0 })).to.throw(
      NatsConnectorError,
      /maxInFlight 0 .* \{ maxInFlight: 16 \}/,
    );
    expect(() => fromNats({ ...base, ackWaitMs: -1 })).to.throw(NatsConnectorError, /ackWaitMs -1/);
    expect(() => fromNats({ ...base, connection: undefined })).to.throw(NatsConnectorError, /not a NatsConnection/);
  });
});
