// In Chromium: a page connects to a real nats-server's WebSocket listener with wsconnect, publishes a queue with
// toNats and reads it back with fromNats, through the browser builds of the official clients.
import { expect } from "chai";
import { executeServerCommand } from "@web/test-runner-commands";
import { wsconnect, type NatsConnection } from "@nats-io/nats-core";
import { AsyncQueue } from "../../stream/index.js";
import { ensureNatsStream, fromNats, toNats, type NatsRecord } from "../../stream/nats/index.js";
import { until } from "../stream/until.js";

interface Sample {
  x: number;
  y: number;
}

describe("rivulet/nats in a page", () => {
  let connection: NatsConnection;
  before(async () => {
    const { websocketUrl } = await executeServerCommand<{ websocketUrl: string }, object>("nats-server");
    connection = await wsconnect({ servers: websocketUrl });
  });
  after(async () => {
    await connection?.close();
  });

  it("publishes a queue per frame over WebSocket and reads every sample back, acked, in order", async () => {
    const name = `PAGE${Date.now()}`;
    await ensureNatsStream(connection, { name, subjects: [`${name}.>`] });
    const queue = new AsyncQueue<Sample>({ capacity: 1000 });
    const publisher = toNats(queue, `${name}.pointer`, { connection, maxBatch: 64, publisherId: "tab-1" });
    for (let i = 0; i < 150; i += 1) queue.put({ x: i, y: -i });
    const source = fromNats<Sample>({ connection, stream: name, consumer: "page" });
    const seen: NatsRecord<Sample>[] = [];
    source.sink((record) => {
      seen.push(record);
    });
    await until(() => seen.length === 150 && source.acked === 3, 20_000);
    await publisher.stop();
    source.stop();
    expect(publisher.counts).to.include({ taken: 150, published: 3, acknowledged: 150, dropped: 0 });
    expect(seen.map((r) => r.value.x)).to.deep.equal(Array.from({ length: 150 }, (_, i) => i));
    expect(seen[64]?.id).to.equal("tab-1:2/0");
    expect(seen.every((r) => r.subject === `${name}.pointer` && !r.redelivered)).to.equal(true);
  });
});
