// Tests of examples/many-pages/pipeline.ts against a real nats-server: known samples of three pages published with
// toNats come out as exact per-page counts, rates and heat-map bins, one summary per window of a virtual clock.
import { expect } from "chai";
import { AsyncQueue, VirtualScheduler } from "../../stream/index.ts";
import { toNats } from "../../stream/nats/index.ts";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { ensureNatsStream } from "../../stream/nats/index.ts";
import { ensureManyPagesStream, startPipeline } from "../../examples/many-pages/pipeline.ts";
import { manyPagesNames } from "../../examples/many-pages/summary.ts";
import { natsSuite, waitFor } from "./nats-helpers.mjs";

/** Publishes `samples` on `<prefix>.<page>` (default `pointer`), a few per message, and resolves once JetStream acked them all. */
async function publishSamples(connection, page, samples, publisherId = page, prefix = "pointer") {
  const queue = new AsyncQueue();
  const publisher = toNats(queue, `${prefix}.${page}`, { connection, flush: 0, maxBatch: 4, publisherId });
  for (const sample of samples) queue.put(sample);
  await waitFor(() => publisher.counts.acknowledged === samples.length, `${page}: ${samples.length} samples acked`);
  await publisher.stop();
  return publisher.counts.published;
}

/** `count` samples spread over the cell whose lower left corner is (x, y), on a grid of 10-unit cells. */
const inCell = (x, y, count) => Array.from({ length: count }, (_, i) => ({ x: x + 1 + (i % 8), y: y + 1 + (i % 5) }));

describe("examples/many-pages pipeline", function () {
  // A hang guard only: every wait is on the broker's answer or the pipeline's counts.
  this.timeout(60_000);
  const suite = natsSuite();

  it("publishes per-page and global counts, rates and heat-map bins once per window, exactly", async () => {
    const { connection } = suite;
    await ensureManyPagesStream(connection);
    const summaries = [];
    const subscription = connection.subscribe(manyPagesNames.results, {
      callback: (error, message) => summaries.push(message.json()[0]),
    });
    const scheduler = new VirtualScheduler();
    const pipeline = startPipeline({ connection, scheduler, windowMs: 500, grid: [0, 100, 10] });
    try {
      const messages =
        (await publishSamples(connection, "tab-a", inCell(10, 10, 12))) +
        (await publishSamples(connection, "tab-b", inCell(50, 50, 7))) +
        (await publishSamples(connection, "tab-c", [...inCell(80, 20, 3), ...inCell(0, 90, 2)]));
      await waitFor(() => pipeline.acked === messages, `the pipeline acked all ${messages} messages`);
      await scheduler.advanceBy(500);
      await waitFor(() => summaries.length === 1, "the first summary arrived");
      const [first] = summaries;
      expect(first.at).to.equal(500);
      expect(first.rate).to.equal(48); // 24 samples in half a second
      expect(first.total).to.equal(24);
      expect(first.pages).to.deep.equal([
        { page: "tab-a", rate: 24, total: 12 },
        { page: "tab-b", rate: 14, total: 7 },
        { page: "tab-c", rate: 10, total: 5 },
      ]);
      expect(first.heatmap.x).to.deep.equal([0, 100, 10]);
      const cells = Object.fromEntries(first.heatmap.counts.flatMap((count, i) => (count > 0 ? [[i, count]] : [])));
      // counts[row * 10 + column]: tab-a in (1, 1), tab-b in (5, 5), tab-c in (8, 2) and (0, 9).
      expect(cells).to.deep.equal({ 11: 12, 55: 7, 28: 3, 90: 2 });

      // A publisher id of its own: "tab-b:1" again would be dropped by JetStream as a repeat.
      await publishSamples(connection, "tab-b", inCell(50, 50, 3), "tab-b-again");
      await waitFor(() => pipeline.acked === messages + 1, "the pipeline acked tab-b's second message");
      await scheduler.advanceBy(500);
      await scheduler.advanceBy(500);
      await waitFor(() => summaries.length === 3, "two more summaries arrived");
      const [, second, idle] = summaries;
      expect(second.pages.map(({ rate, total }) => [rate, total])).to.deep.equal([
        [0, 12],
        [6, 10],
        [0, 5],
      ]);
      expect(second.heatmap.counts[55]).to.equal(10);
      expect(idle.rate, "a window with no samples").to.equal(0);
      expect(idle.total).to.equal(27);
      expect(idle.pages.every(({ rate }) => rate === 0)).to.equal(true);
    } finally {
      pipeline.stop();
      subscription.unsubscribe();
    }
  });

  it("counts a sample once when a message with the same id is delivered twice", async () => {
    const { connection } = suite;
    // A duplicate window of 100 ms (JetStream's least), so that JetStream stores a message with an id it has seen once that has passed.
    await ensureNatsStream(connection, {
      name: manyPagesNames.stream,
      subjects: ["pointer.>"],
      duplicateWindowMs: 100,
    });
    const summaries = [];
    const subscription = connection.subscribe("results.repeats", {
      callback: (error, message) => summaries.push(message.json()[0]),
    });
    const scheduler = new VirtualScheduler();
    const pipeline = startPipeline({ connection, scheduler, resultsSubject: "results.repeats", grid: [0, 100, 10] });
    try {
      const js = jetstream(connection);
      const payload = JSON.stringify([{ x: 15, y: 15 }]);
      await js.publish("pointer.tab-r", payload, { msgID: "tab-r:1" });
      // The same message again, as a publisher that lost its ack would send it, until JetStream stores it.
      let stored = false;
      while (!stored) stored = !(await js.publish("pointer.tab-r", payload, { msgID: "tab-r:1" })).duplicate;
      await waitFor(() => pipeline.acked === 2, "the pipeline acked both copies");
      await scheduler.advanceBy(1000);
      await waitFor(() => summaries.length === 1, "the summary arrived");
      const line = summaries[0].pages.find(({ page }) => page === "tab-r");
      expect(line).to.deep.equal({ page: "tab-r", rate: 1, total: 1 });
      expect(summaries[0].heatmap.counts[11]).to.equal(1);
    } finally {
      pipeline.stop();
      subscription.unsubscribe();
    }
  });

  it("reads on after a failed fetch stopped its source: its durable deleted, it reads the stream again, counting each sample once", async () => {
    const { connection } = suite;
    const from = { stream: "RESTART", consumer: "restart", subjects: "restart.>" };
    await ensureNatsStream(connection, { name: from.stream, subjects: [from.subjects] });
    const summaries = [];
    const subscription = connection.subscribe("results.restart", {
      callback: (error, message) => summaries.push(message.json()[0]),
    });
    const scheduler = new VirtualScheduler();
    const pipeline = startPipeline({ connection, scheduler, resultsSubject: "results.restart", from });
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      await publishSamples(connection, "tab-d", inCell(10, 10, 2), "tab-d", "restart");
      await waitFor(() => pipeline.acked === 1, "the pipeline acked the first message");
      await (await jetstreamManager(connection)).consumers.delete(from.stream, from.consumer);
      await waitFor(() => warnings.length > 0, "the pipeline reported the failed fetch");
      await publishSamples(connection, "tab-d", inCell(10, 10, 3), "tab-d-after", "restart");
      // The durable made again starts at the stream's first message: the first one is read twice.
      await waitFor(() => pipeline.acked === 3, "the pipeline, reading again, acked both messages");
      await scheduler.advanceBy(1000);
      await waitFor(() => summaries.length === 1, "the summary arrived");
      expect(summaries[0].total).to.equal(5);
      expect(warnings[0]).to.match(/^many-pages pipeline: .* \(reading RESTART\)/);
    } finally {
      console.warn = warn;
      pipeline.stop();
      subscription.unsubscribe();
    }
  });
});
