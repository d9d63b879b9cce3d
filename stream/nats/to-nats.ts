// Publishes a page's queue to JetStream: the queue's one consumer takes what has gathered once per flush and sends
// it in batches, at most `maxPending` publishes awaiting their acks, so a slow broker leaves items under the queue's bound.
import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { nuid, type NatsConnection } from "@nats-io/nats-core";
import { QueueClosedError } from "../errors.js";
import { scheduleFlush, type FlushTiming } from "../port/flush-timing.js";
import type { AsyncQueue, QueueConsumer } from "../queue.js";
import { realScheduler } from "../scheduler.js";
import { NatsConnectorError, requireConnection, requireCount, requireName } from "./errors.js";
import { batchHeaders, encodeBatch } from "./wire.js";

/**
 * Options of `toNats`.
 *
 * @example
 * toNats(moves, "pointer.page-1", { connection, flush: "frame", maxBatch: 256, maxPending: 32 });
 */
export interface ToNatsOptions {
  /** A ready connection (`wsconnect` in a page, `connect` of `@nats-io/transport-node` in Node); not closed by stop. */
  connection: NatsConnection;
  /** When to publish what has gathered, as `sendQueue`'s flush; default `"frame"` (every 16 ms outside a page). */
  flush?: FlushTiming;
  /** Most items in one message; default 256. */
  maxBatch?: number;
  /** First part of every message id (`<publisherId>:<seq>`); default a random nuid. Keep it unique per publisher. */
  publisherId?: string;
  /**
   * Most publishes awaiting their JetStream ack; default 32. When reached the publisher takes nothing from the
   * queue, so the queue's own bound and overflow policy apply (and its drops are counted).
   */
  maxPending?: number;
  /** How often a failed publish is tried again, with the same message id; default 3. */
  retries?: number;
  /**
   * Pause before the first retry, in ms, doubling for each next one up to 5 s; default 200. A cluster that lost
   * a stream's leader answers "no responders" at once for seconds, so retries without a pause would all fail.
   */
  retryDelayMs?: number;
  /** How long one publish waits for its ack before it counts as failed; default the client's (5 s). */
  ackTimeoutMs?: number;
}

/**
 * What a running `toNats` has done so far.
 *
 * @example
 * const { taken, acknowledged, dropped } = publisher.counts;
 */
export interface NatsPublisherCounts {
  /** Items taken from the queue. */
  readonly taken: number;
  /** Messages JetStream acknowledged (duplicates it dropped included: they are stored once). */
  readonly published: number;
  /** Items in acknowledged messages. */
  readonly acknowledged: number;
  /** Items the queue discarded since `toNats` took it, plus items of messages given up after every retry. */
  readonly dropped: number;
  /** Publishes tried again after a failure. */
  readonly retried: number;
}

/**
 * A running publisher, from `toNats`.
 *
 * @example
 * const publisher = toNats(moves, "pointer.page-1", { connection });
 * await publisher.stop(); // publishes what it took and waits for the acks
 * console.log(publisher.counts.acknowledged, publisher.counts.dropped);
 */
export interface NatsPublisher {
  /** What it has done so far; every item taken ends up either acknowledged or dropped. */
  readonly counts: NatsPublisherCounts;
  /**
   * Takes nothing more from the queue, publishes what it already took, waits for every ack (or the last retry) and
   * gives the queue up; the connection stays open. Resolves the same promise when called again.
   */
  stop(): Promise<void>;
}

class JetStreamPublisher<T> implements NatsPublisher {
  readonly counts: {
    taken: number;
    published: number;
    acknowledged: number;
    retried: number;
    readonly dropped: number;
  };
  private readonly reader: QueueConsumer<T>;
  private readonly js: JetStreamClient;
  private readonly controller = new AbortController();
  private readonly droppedBefore: number;
  private readonly running: Promise<void>;
  private readonly pending = new Set<Promise<void>>();
  private givenUp = 0;
  private sequence = 0;
  private gathered: T[] = [];
  private wake: (() => void) | undefined;
  private cancelFlush: (() => void) | undefined;
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly queue: AsyncQueue<T>,
    private readonly subject: string,
    connection: NatsConnection,
    private readonly settings: Required<Omit<ToNatsOptions, "connection" | "ackTimeoutMs">> & {
      ackTimeoutMs: number | undefined;
    },
  ) {
    this.reader = queue.consume(`the NATS publisher "${settings.publisherId}" of "${subject}"`);
    this.js = jetstream(connection);
    this.droppedBefore = queue.dropped;
    const dropped = (): number => queue.dropped - this.droppedBefore + this.givenUp;
    this.counts = {
      taken: 0,
      published: 0,
      acknowledged: 0,
      retried: 0,
      get dropped() {
        return dropped();
      },
    };
    this.running = this.run();
  }

  stop(): Promise<void> {
    this.stopping ??= this.finish();
    return this.stopping;
  }

  private async finish(): Promise<void> {
    this.controller.abort();
    this.cancelFlush?.();
    this.wake?.();
    await this.running;
    await this.publish(false);
    while (this.pending.size > 0) await Promise.race(this.pending);
    this.reader.release();
  }

  /** Sleeps in `get()` while the queue is empty, waits for the flush with the first item, then publishes. */
  private async run(): Promise<void> {
    const signal = this.controller.signal;
    while (!signal.aborted) {
      try {
        this.take(await this.reader.get(signal));
      } catch (error) {
        // Aborted by stop(), or the producer closed the queue: either way stop() publishes the rest.
        if (error instanceof QueueClosedError) void this.stop();
        return;
      }
      if (signal.aborted) return; // handed over in the turn stop() was called: stop() publishes it
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.cancelFlush = scheduleFlush(this.settings.flush, realScheduler, resolve);
      });
      this.wake = this.cancelFlush = undefined;
      if (!signal.aborted) await this.publish(true);
    }
  }

  private take(item: T): void {
    this.gathered.push(item);
    this.counts.taken += 1;
  }

  /**
   * Publishes the gathered items, `maxBatch` a message, and (when `drain`) everything queued now; waits for a free
   * slot whenever `maxPending` publishes are out, leaving the rest in the queue meanwhile.
   */
  private async publish(drain: boolean): Promise<void> {
    const { maxBatch, maxPending } = this.settings;
    for (;;) {
      while (drain && this.gathered.length < maxBatch && this.queue.size > 0) this.take(this.reader.getNowait());
      if (this.gathered.length === 0) return;
      const batch = this.gathered.splice(0, maxBatch);
      const sent = this.send(batch).finally(() => this.pending.delete(sent));
      this.pending.add(sent);
      while (this.pending.size >= maxPending) await Promise.race(this.pending);
      if (drain && this.controller.signal.aborted) drain = false;
    }
  }

  /** Publishes one batch, retrying with the same message id so that JetStream stores it once; never rejects. */
  private async send(batch: T[]): Promise<void> {
    let data: Uint8Array;
    try {
      data = encodeBatch(batch);
    } catch {
      this.givenUp += batch.length; // not JSON (a BigInt, a cycle): it can never be sent, so it is counted dropped
      return;
    }
    this.sequence += 1;
    const msgID = `${this.settings.publisherId}:${this.sequence}`;
    const options = { msgID, headers: batchHeaders(Date.now()), ...timeout(this.settings.ackTimeoutMs) };
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.js.publish(this.subject, data, options);
        this.counts.published += 1;
        this.counts.acknowledged += batch.length;
        return;
      } catch {
        if (attempt >= this.settings.retries) {
          this.givenUp += batch.length;
          return;
        }
        this.counts.retried += 1;
        await this.pauseBeforeRetry(attempt);
      }
    }
  }

  /** Waits `retryDelayMs × 2^attempt` (at most 5 s); a stop() does not cut it short, since the batch is owed. */
  private pauseBeforeRetry(attempt: number): Promise<void> {
    const ms = Math.min(this.settings.retryDelayMs * 2 ** attempt, maxRetryDelayMs);
    return new Promise((resolve) => realScheduler.setTimeout(resolve, ms));
  }
}

/** The longest pause between two tries of one publish. */
const maxRetryDelayMs = 5000;

const timeout = (ms: number | undefined): { timeout?: number } => (ms === undefined ? {} : { timeout: ms });

/** The flush option checked, or a `NatsConnectorError` naming it. */
function checkedFlush(flush: unknown): FlushTiming {
  if (flush === "frame" || flush === "microtask" || (typeof flush === "number" && Number.isFinite(flush) && flush >= 0))
    return flush;
  throw new NatsConnectorError(
    `toNats: flush ${String(flush)} is neither "frame", "microtask" nor a number of ms; use e.g. { flush: "frame" } or { flush: 50 }`,
  );
}

/**
 * Publishes every item of `queue` to JetStream on `subject`, as the queue's one consumer: once per flush (per
 * animation frame in a page by default) it sends what has gathered, at most `maxBatch` items a message, in the
 * wire format of `rivulet/nats` (a JSON array, `Nats-Msg-Id: <publisherId>:<seq>`, `Rivulet-Sent-At`). A failed
 * publish is retried with the same id, which JetStream's duplicate window dedupes. While `maxPending` publishes
 * await their acks nothing more is taken, so the queue's bound and overflow policy decide what is dropped, and
 * `counts.dropped` counts it: nothing taken is lost without being counted.
 *
 * @example
 * const connection = await wsconnect({ servers: "ws://127.0.0.1:8080" }); // @nats-io/nats-core
 * const moves = new AsyncQueue<PlotPointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
 * plot.onPlotEvent("pointermove", moves.put);
 * const publisher = toNats(moves, "pointer.page-1", { connection });
 */
export function toNats<T>(queue: AsyncQueue<T>, subject: string, options: ToNatsOptions): NatsPublisher {
  requireName("toNats", "subject", subject, 'toNats(queue, "pointer.page-1", { connection })');
  requireConnection("toNats", options?.connection);
  const maxBatch = options.maxBatch ?? 256;
  requireCount("toNats", "maxBatch", maxBatch, "{ maxBatch: 256 }");
  const maxPending = options.maxPending ?? 32;
  requireCount("toNats", "maxPending", maxPending, "{ maxPending: 32 }");
  const retries = options.retries ?? 3;
  if (!(Number.isInteger(retries) && retries >= 0)) {
    throw new NatsConnectorError(
      `toNats: retries ${String(retries)} is not an integer of 0 or more; use e.g. { retries: 3 }`,
    );
  }
  const retryDelayMs = options.retryDelayMs ?? 200;
  if (!(Number.isFinite(retryDelayMs) && retryDelayMs >= 0)) {
    throw new NatsConnectorError(
      `toNats: retryDelayMs ${String(retryDelayMs)} is not a number of ms of 0 or more; use e.g. { retryDelayMs: 200 }`,
    );
  }
  const publisherId = options.publisherId ?? nuid.next();
  requireName("toNats", "publisherId", publisherId, '{ publisherId: "page-1" }');
  return new JetStreamPublisher(queue, subject, options.connection, {
    flush: checkedFlush(options.flush ?? "frame"),
    maxBatch,
    maxPending,
    retries,
    retryDelayMs,
    publisherId,
    ackTimeoutMs: options.ackTimeoutMs,
  });
}
