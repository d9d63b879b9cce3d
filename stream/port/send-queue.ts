// The sending half of a queue bridge: it becomes the queue's one consumer and posts what has gathered in it, once
// per flush and in batches of at most `maxBatch` items, never one message per event.
import { isPositiveInteger } from "../arguments.js";
import { QueueClosedError, StreamError } from "../errors.js";
import type { AsyncQueue, QueueConsumer } from "../queue.js";
import { realScheduler, type Scheduler } from "../scheduler.js";
import { defaultChannel, type BridgeMessage, type BridgePort } from "./bridge-port.js";
import { scheduleFlush, type FlushTiming } from "./flush-timing.js";
import { packColumns } from "./numeric-columns.js";

/**
 * Options of `sendQueue`.
 *
 * @example
 * sendQueue(moves, port, { flush: "frame", maxBatch: 500, columns: ["x", "y", "t"] });
 */
export interface SendQueueOptions {
  /** Names this bridge on the port, so that several can share one; the receiver must use the same; default `"rivulet"`. */
  channel?: string;
  /** When to post what has gathered; default `"frame"`. */
  flush?: FlushTiming;
  /** Most items in one message; more at one flush go in several messages; default 1,000. */
  maxBatch?: number;
  /**
   * Numeric fields to send as one transferred `Float64Array` per message instead of cloned objects; the receiver
   * rebuilds objects holding only these fields. Pays off for many small numeric samples (`npm run bench`).
   */
  columns?: readonly string[];
  /** The clock of the flush timer (not used by `"frame"` in a page or `"microtask"`); default the real one. */
  scheduler?: Scheduler;
}

/**
 * A running sender, from `sendQueue`.
 *
 * @example
 * const sender = sendQueue(moves, port);
 * console.log(sender.messages, sender.items); // how many messages carried how many items so far
 * sender.close(); // posts what is still queued, then the end
 */
export interface QueueSender {
  /** Messages posted so far (the end message not counted). */
  readonly messages: number;
  /** Items posted so far. */
  readonly items: number;
  /**
   * Posts everything still queued and the end, at once, and gives the queue up; the port stays open. Idempotent.
   * An item that a `put` in the same turn handed straight to the waiting sender is too late and counts in the
   * queue's `dropped`.
   */
  close(): void;
}

class PortQueueSender<T> implements QueueSender {
  messages = 0;
  items = 0;
  private readonly reader: QueueConsumer<T>;
  private readonly controller = new AbortController();
  private gathered: T[] = [];
  private cancelFlush: (() => void) | undefined;
  private wake: (() => void) | undefined;
  private open = true;

  constructor(
    private readonly queue: AsyncQueue<T>,
    private readonly port: BridgePort,
    private readonly channel: string,
    private readonly timing: FlushTiming,
    private readonly maxBatch: number,
    private readonly columns: readonly string[] | undefined,
    private readonly scheduler: Scheduler,
  ) {
    this.reader = queue.consume(`the port sender "${channel}"`);
    void this.run();
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    this.wake?.(); // ends the wait for a flush that will not come
    this.controller.abort();
    this.flush();
    this.end();
  }

  /** Sleeps in `get()` while the queue is empty, then waits for the flush with the first item in hand. */
  private async run(): Promise<void> {
    for (;;) {
      let first: T;
      try {
        first = await this.reader.get(this.controller.signal);
      } catch (error) {
        if (error instanceof QueueClosedError && this.open) {
          this.open = false;
          this.end();
        }
        return; // closed by us (aborted) or by the producer (end posted)
      }
      if (!this.open) {
        // Handed over by a put in the same turn as close(), which has posted the end: too late to send, so counted.
        this.queue.dropped += 1;
        return;
      }
      this.gathered.push(first);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.cancelFlush = scheduleFlush(this.timing, this.scheduler, () => {
          this.cancelFlush = undefined;
          resolve();
        });
      });
      this.wake = undefined;
      if (!this.open) return; // close() has posted everything
      this.flush();
    }
  }

  /** Posts what was taken and everything queued now, `maxBatch` items a message. */
  private flush(): void {
    const items = this.gathered;
    while (this.queue.size > 0) items.push(this.reader.getNowait());
    this.gathered = [];
    for (let start = 0; start < items.length; start += this.maxBatch) {
      this.post(start === 0 && items.length <= this.maxBatch ? items : items.slice(start, start + this.maxBatch));
    }
  }

  private post(batch: T[]): void {
    let message: BridgeMessage;
    let transfer: Transferable[] = [];
    if (this.columns === undefined) {
      message = { channel: this.channel, kind: "items", items: batch };
    } else {
      const data = packColumns(batch, this.columns);
      message = { channel: this.channel, kind: "columns", columns: this.columns, data };
      transfer = [data.buffer];
    }
    this.port.postMessage(message, transfer);
    this.messages += 1;
    this.items += batch.length;
  }

  private end(): void {
    this.reader.release();
    this.port.postMessage({ channel: this.channel, kind: "end" } satisfies BridgeMessage, []);
  }
}

/**
 * Carries `queue` across `port` to a `receiveQueue` on the other side (a Web Worker, or back from one): takes
 * every item as the queue's one consumer and posts them in batches, one message per flush (per animation frame by
 * default) and at most `maxBatch` items a message. Between flushes items wait in `queue`, under its bound and
 * overflow policy (its `dropped` counts what it discards). Closing the queue or the sender posts the end, which
 * closes the receiving queue once it has delivered everything.
 *
 * @example
 * const channel = new MessageChannel();
 * const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
 * worker.postMessage({ port: channel.port2 }, [channel.port2]);
 * const moves = new AsyncQueue<PlotPointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
 * plot.onPlotEvent("pointermove", moves.put);
 * // Each pointer event's samples leave at once, in one message, before the page renders its frame.
 * const sender = sendQueue(moves, channel.port1, { columns: ["x", "y", "t"], flush: "microtask" });
 */
export function sendQueue<T>(queue: AsyncQueue<T>, port: BridgePort, options: SendQueueOptions = {}): QueueSender {
  const timing = options.flush ?? "frame";
  const named = timing === "frame" || timing === "microtask";
  if (!named && !(typeof timing === "number" && Number.isFinite(timing) && timing >= 0)) {
    throw new StreamError(
      `sendQueue: flush ${String(timing)} is neither "frame", "microtask" nor a number of ms; use e.g. { flush: "frame" } or { flush: 50 }`,
    );
  }
  const maxBatch = options.maxBatch ?? 1000;
  if (!isPositiveInteger(maxBatch)) {
    throw new StreamError(
      `sendQueue: maxBatch ${String(maxBatch)} is not a positive integer; use e.g. { maxBatch: 1000 }`,
    );
  }
  const columns = options.columns;
  if (columns !== undefined && (columns.length === 0 || columns.some((name) => typeof name !== "string"))) {
    throw new StreamError(
      `sendQueue: columns ${JSON.stringify(columns)} is not a list of field names; use e.g. { columns: ["x", "y", "t"] }`,
    );
  }
  const channel = options.channel ?? defaultChannel;
  return new PortQueueSender(queue, port, channel, timing, maxBatch, columns, options.scheduler ?? realScheduler);
}
