// Tests of sinkToNats and ensureNatsStream against a real nats-server: results published back and read again by
// fromNats, the core-NATS variant, a bounded stream that dedupes a repeated message id, and bad options.
import { expect } from "chai";
import { jetstream } from "@nats-io/jetstream";
import { Stream } from "../../stream/index.ts";
import { ensureNatsStream, fromNats, NatsConnectorError, SinkToNats } from "../../stream/nats/index.ts";
import { freshStream, natsSuite, storedMessages, waitFor } from "./nats-helpers.mjs";

describe("sinkToNats", function () {
  // A hang guard only: every wait is on the broker's answer.
  this.timeout(60_000);
  const suite = natsSuite();

  it("publishes each value, awaiting its ack, in the wire format fromNats reads back", async () => {
    const { name, subject } = await freshStream(suite);
    const results = new Stream();
    const sink = results.sinkToNats(subject, { connection: suite.connection, publisherId: "rates" });
    expect(sink).to.be.instanceOf(SinkToNats);
    const busy = results.emit({ rate: 1 });
    expect(busy).to.be.instanceOf(Promise);
    await busy;
    expect(sink.published).to.equal(1);
    await results.emit({ rate: 2 });
    const source = fromNats({ connection: suite.connection, stream: name, consumer: "watcher" });
    const seen = source.sinkToList();
    await waitFor(() => seen.list.length === 2, "both results read back");
    source.stop();
    expect(seen.list.map((r) => [r.id, r.value])).to.deep.equal([
      ["rates:1/0", { rate: 1 }],
      ["rates:2/0", { rate: 2 }],
    ]);
  });

  it("with jetstream: false publishes on core NATS without waiting", async () => {
    const subscription = suite.connection.subscribe("core.results", { max: 1 });
    const results = new Stream();
    results.sinkToNats("core.results", { connection: suite.connection, jetstream: false, publisherId: "x" });
    expect(results.emit(7)).to.equal(undefined);
    for await (const message of subscription) {
      expect(message.json()).to.deep.equal([7]);
      expect(message.headers.get("Nats-Msg-Id")).to.equal("x:1");
    }
  });

  it("rejects bad options with a NatsConnectorError", () => {
    const results = new Stream();
    expect(() => results.sinkToNats("", { connection: suite.connection })).to.throw(NatsConnectorError, /subject ""/);
    expect(() => results.sinkToNats("a", {})).to.throw(NatsConnectorError, /not a NatsConnection/);
  });
});

describe("ensureNatsStream", function () {
  this.timeout(60_000);
  const suite = natsSuite();

  it("creates a bounded stream that discards old messages and dedupes a repeated message id", async () => {
    const info = await ensureNatsStream(suite.connection, { name: "BOUNDED", subjects: ["bounded.>"] });
    expect(info.config).to.include({ discard: "old", retention: "limits", num_replicas: 1, max_msgs: 1_000_000 });
    expect(info.config.duplicate_window).to.equal(120_000_000_000);
    const js = jetstream(suite.connection);
    const data = new TextEncoder().encode("[1]");
    const first = await js.publish("bounded.x", data, { msgID: "page:1" });
    const again = await js.publish("bounded.x", data, { msgID: "page:1" });
    expect(first.duplicate).to.equal(false);
    expect(again.duplicate).to.equal(true);
    expect(again.seq).to.equal(first.seq);
    expect(await storedMessages(suite.connection, "BOUNDED")).to.have.length(1);
  });

  it("updates an existing stream's limits", async () => {
    await ensureNatsStream(suite.connection, { name: "LIMITS", subjects: ["limits.>"] });
    const info = await ensureNatsStream(suite.connection, { name: "LIMITS", subjects: ["limits.>"], maxMessages: 3 });
    expect(info.config.max_msgs).to.equal(3);
    const { subject } = await freshStream(suite, { maxMessages: 2 });
    const js = jetstream(suite.connection);
    for (let i = 0; i < 4; i += 1) await js.publish(subject, new TextEncoder().encode(`[${i}]`));
    expect((await storedMessages(suite.connection, "T1")).map((m) => m.items)).to.deep.equal([[2], [3]]);
  });

  it("rejects bad options with a NatsConnectorError", async () => {
    const connection = suite.connection;
    const fails = async (options, pattern) => {
      const error = await ensureNatsStream(connection, options).then(
        () => undefined,
        (e) => e,
      );
      expect(error).to.be.instanceOf(NatsConnectorError);
      expect(error.message).to.match(pattern);
    };
    await fails({ name: "", subjects: ["a"] }, /ensureNatsStream: name "" is empty/);
    await fails({ name: "A", subjects: [] }, /subjects \[\] is not a list of subjects; use e\.g\./);
    await fails(
      { name: "A", subjects: ["a"], replicas: 0 },
      /replicas 0 is not a positive integer; use e\.g\. \{ replicas: 1 \}/,
    );
    await fails({ name: "A", subjects: ["a"], duplicateWindowMs: -5 }, /duplicateWindowMs -5/);
  });
});
