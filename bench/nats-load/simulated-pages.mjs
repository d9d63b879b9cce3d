// The load run's simulated pages: each one a bounded AsyncQueue fed at a fixed rate and published by its own
// `toNats` publisher, the pages sharing at most `maxConnections` real NATS connections round-robin.
import { connect } from "@nats-io/transport-node";
import { AsyncQueue } from "../../stream/index.ts";
import { toNats } from "../../stream/nats/index.ts";
import { waitUntil } from "./wait-until.mjs";

/** Most NATS connections the pages open; beyond that page i uses connection i mod this (one process is one client). */
export const maxConnections = 200;
/** How often the pages' clock puts the samples that became due. */
const tickMs = 10;
/** Hang guard for the publishers to send what is queued when the run stops. */
const drainTimeoutMs = 120_000;

/**
 * `pages` simulated pages on `subjectPrefix.<page>`, each putting `rate` samples `{ page, seq, t, x, y }` a second
 * (a pointer position from 0 to 99 on both axes, a path of its own per page) for `seconds` into its own queue (`capacity`, overflow "drop-newest", so a dropped sample is known when it is put),
 * published by `toNats` with `publisherId` "page-<page>", `retries` and `maxBatch`. `run()` resolves once every
 * sample was put, every queue closed and every publisher stopped: each sample is then acknowledged or counted
 * dropped.
 *
 * @example
 * const pages = await SimulatedPages.connect({ servers, pages: 10, rate: 20, seconds: 5, capacity: 10_000 });
 * await pages.run();
 * console.log(pages.counts(), pages.droppedAtPut(3, 17));
 * await pages.close();
 */
export class SimulatedPages {
  #connections;
  #queues = [];
  #publishers = [];
  #droppedAtPut;

  /** Opens the connections (every page's client reconnects forever, as a page would) and returns the pages. */
  static async connect(settings) {
    const count = Math.min(settings.pages, maxConnections);
    const connections = [];
    try {
      for (let i = 0; i < count; i += 1) {
        connections.push(
          await connect({ servers: settings.servers, maxReconnectAttempts: -1, reconnectTimeWait: 250 }),
        );
      }
    } catch (error) {
      await Promise.all(connections.map((connection) => connection.close()));
      throw error;
    }
    return new SimulatedPages(settings, connections);
  }

  constructor(settings, connections) {
    this.settings = settings;
    this.samplesPerPage = Math.ceil(settings.rate * settings.seconds);
    this.#connections = connections;
    this.#droppedAtPut = new Uint8Array(settings.pages * this.samplesPerPage);
  }

  /** Sends every page's samples on the clock, then closes the queues and waits for every publisher to finish. */
  async run() {
    const { pages, capacity, subjectPrefix, retries, maxBatch } = this.settings;
    for (let page = 0; page < pages; page += 1) {
      const queue = new AsyncQueue({ capacity, overflow: "drop-newest" });
      const connection = this.#connections[page % this.#connections.length];
      const publisherId = `page-${page}`;
      this.#queues.push(queue);
      this.#publishers.push(toNats(queue, `${subjectPrefix}.${page}`, { connection, publisherId, retries, maxBatch }));
    }
    await this.#putOnTheClock();
    for (const queue of this.#queues) queue.close();
    // A closed queue's publisher takes what is left, then stops by itself; stop() now would leave that queued.
    await waitUntil(() => this.#queues.every((queue) => queue.size === 0), "every page's queue sent", drainTimeoutMs);
    await Promise.all(this.#publishers.map((publisher) => publisher.stop()));
  }

  /** Puts each page's due samples every tick (pages spread over one sample interval) until all were put. */
  async #putOnTheClock() {
    const { pages, rate } = this.settings;
    const sent = new Uint32Array(pages);
    const startedAt = Date.now();
    let remaining = pages * this.samplesPerPage;
    while (remaining > 0) {
      const now = Date.now();
      const elapsedSamples = ((now - startedAt) * rate) / 1000;
      for (let page = 0; page < pages; page += 1) {
        const due = Math.min(this.samplesPerPage, Math.floor(elapsedSamples + page / pages) + 1);
        for (; sent[page] < due; sent[page] += 1, remaining -= 1) this.#put(page, sent[page], now);
      }
      if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, tickMs));
    }
  }

  #put(page, seq, now) {
    const queue = this.#queues[page];
    const droppedBefore = queue.dropped;
    queue.put({ page, seq, t: now, x: (page * 37 + seq * 3) % 100, y: (page * 11 + seq * 7) % 100 });
    if (queue.dropped !== droppedBefore) this.#droppedAtPut[page * this.samplesPerPage + seq] = 1;
  }

  /** Whether sample `seq` of `page` was dropped by its full queue when it was put. */
  droppedAtPut(page, seq) {
    return this.#droppedAtPut[page * this.samplesPerPage + seq] === 1;
  }

  /**
   * The publishers' counts summed: sent (put), taken, published (messages acked), acknowledged (samples), dropped,
   * retried, and the queues' own drops.
   */
  counts() {
    const total = {
      sent: this.#queues.length * this.samplesPerPage,
      taken: 0,
      published: 0,
      acknowledged: 0,
      dropped: 0,
    };
    Object.assign(total, { retried: 0, droppedByQueues: 0 });
    for (const [page, publisher] of this.#publishers.entries()) {
      total.taken += publisher.counts.taken;
      total.published += publisher.counts.published;
      total.acknowledged += publisher.counts.acknowledged;
      total.dropped += publisher.counts.dropped;
      total.retried += publisher.counts.retried;
      total.droppedByQueues += this.#queues[page].dropped;
    }
    return total;
  }

  /** Stops any publisher still running and closes every connection. */
  async close() {
    await Promise.all(this.#publishers.map((publisher) => publisher.stop()));
    await Promise.all(this.#connections.map((connection) => connection.close()));
  }
}
