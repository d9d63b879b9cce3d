// The receiving half of a queue bridge: it puts every item that arrives on its channel into a queue of its own,
// whose bound and overflow policy decide what is kept, and counts what that discards.
import { AsyncQueue, type AsyncQueueOptions } from "../queue.js";
import { StreamError } from "../errors.js";
import { defaultChannel, isBridgeMessage, type BridgePort } from "./bridge-port.js";
import { unpackColumns } from "./numeric-columns.js";

/**
 * Options of `receiveQueue`: the receiving queue's bound and policy, and the channel.
 *
 * @example
 * receiveQueue(port, { capacity: 10_000, overflow: "drop-oldest", channel: "moves" });
 */
export interface ReceiveQueueOptions extends AsyncQueueOptions {
  /** The sender's channel; default `"rivulet"`. */
  channel?: string;
}

/**
 * A running receiver, from `receiveQueue`.
 *
 * @example
 * const received = receiveQueue<Sample>(port);
 * fromQueue(received.queue).map(heavyWork).sink(results.put);
 * console.log(received.items, received.dropped);
 */
export interface QueueReceiver<T> {
  /** Where the arriving items go; consume it with `fromQueue`. Closed when the sender ends or `close()` is called. */
  readonly queue: AsyncQueue<T>;
  /** Messages received so far. */
  readonly messages: number;
  /** Items received so far, kept or not. */
  readonly items: number;
  /** Items the queue's overflow policy discarded (`queue.dropped`). */
  readonly dropped: number;
  /** Stops listening and closes the queue (what is in it can still be taken); the port stays open. Idempotent. */
  close(): void;
}

class PortQueueReceiver<T> implements QueueReceiver<T> {
  readonly queue: AsyncQueue<T>;
  messages = 0;
  items = 0;
  private listening = true;

  constructor(
    private readonly port: BridgePort,
    private readonly channel: string,
    options: AsyncQueueOptions,
  ) {
    this.queue = new AsyncQueue<T>(options);
    port.addEventListener("message", this.onMessage);
    port.start?.();
  }

  get dropped(): number {
    return this.queue.dropped;
  }

  close(): void {
    if (!this.listening) return;
    this.listening = false;
    this.port.removeEventListener("message", this.onMessage);
    this.queue.close();
  }

  private readonly onMessage = (event: MessageEvent<unknown>): void => {
    const message = event.data;
    if (!isBridgeMessage(message, this.channel)) return;
    if (message.kind === "end") {
      this.close();
      return;
    }
    this.messages += 1;
    const put = this.queue.put as (item: unknown) => void;
    if (message.kind === "items") {
      for (const item of message.items) put(item);
      this.items += message.items.length;
    } else {
      this.items += unpackColumns(message.data, message.columns, put);
    }
  };
}

/**
 * The other end of `sendQueue`: a new bounded `AsyncQueue` that fills with the items posted on `port`. The bound
 * and overflow policy apply here, on the receiving side, where the work is; `dropped` counts every item
 * discarded. The policy `"error"` is refused, since an arriving message cannot be handed back.
 *
 * @example
 * // worker.ts
 * self.addEventListener("message", ({ data }) => {
 *   const received = receiveQueue<PlotPointerSample>(data.port, { capacity: 10_000, overflow: "drop-oldest" });
 *   fromQueue(received.queue).map(heavyWork).sink(results.put);
 * });
 */
export function receiveQueue<T>(port: BridgePort, options: ReceiveQueueOptions = {}): QueueReceiver<T> {
  const { channel = defaultChannel, ...queueOptions } = options;
  if (queueOptions.overflow === "error") {
    throw new StreamError(
      'receiveQueue: overflow "error" cannot refuse a message that has already arrived; use "drop-oldest" or "drop-newest"',
    );
  }
  return new PortQueueReceiver<T>(port, channel, queueOptions);
}
