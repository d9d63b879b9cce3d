// A source on a durable JetStream pull consumer: it fetches at most `maxInFlight` messages at a time and acks each
// only once every item of it went through the graph, so a slow graph slows the fetching and the broker holds the rest.
import { AckPolicy, jetstreamManager, type Consumer, type ConsumerMessages, type JsMsg } from "@nats-io/jetstream";
import { nanos, type NatsConnection } from "@nats-io/nats-core";
import { Source, type SourceOptions } from "../source.js";
import { NatsConnectorError, requireConnection, requireCount, requireName } from "./errors.js";
import { decodeBatch, messageIdHeader, sentAtHeader } from "./wire.js";

/**
 * Options of `fromNats`.
 *
 * @example
 * fromNats({ connection, stream: "POINTER", consumer: "rates", filterSubject: "pointer.>", maxInFlight: 16 });
 */
export interface FromNatsOptions extends SourceOptions {
  /** A ready connection; the source does not close it. */
  connection: NatsConnection;
  /** The JetStream stream to read (see `ensureNatsStream`). */
  stream: string;
  /** The durable consumer's name; created with explicit acks when missing, so a restart goes on where it stopped. */
  consumer: string;
  /** Only messages on these subjects (wildcards allowed), when the consumer is created. */
  filterSubject?: string;
  /** Most messages fetched but not yet acked; default 16. Also the consumer's `max_ack_pending` when it is created. */
  maxInFlight?: number;
  /** How long JetStream waits for an ack before it redelivers, when the consumer is created; default its own (30 s). */
  ackWaitMs?: number;
  /** How long one fetch waits for messages before asking again; default 5,000 ms. */
  fetchExpiresMs?: number;
  /**
   * After a failed fetch or ack (a busy broker's missed heartbeats, a new consumer leader, its durable deleted),
   * reported to `onError`: fetch again after this many ms, until stopped. Default: the source stops.
   */
  retryAfterMs?: number;
}

/**
 * One item of a message read by `fromNats`.
 *
 * @example
 * fromNats<Sample>({ connection, stream: "POINTER", consumer: "rates" }).sink(({ value, id, sentAt }: NatsRecord<Sample>) =>
 *   console.log(id, value, Date.now() - sentAt));
 */
export interface NatsRecord<T> {
  /** The subject the message was published on. */
  readonly subject: string;
  /** The item. */
  readonly value: T;
  /** `<Nats-Msg-Id>/<index in the message>`: the same on every redelivery, so a consumer can drop repeats. */
  readonly id: string;
  /** `Date.now()` (ms) of when the publisher sent the batch (`Rivulet-Sent-At`); `NaN` when the header is missing. */
  readonly sentAt: number;
  /** Whether JetStream delivered this message before (it was not acked in time). */
  readonly redelivered: boolean;
}

/**
 * The `fromNats` source: emits each item of each message of a durable pull consumer as a `NatsRecord`, awaiting
 * each `emit`, and acks a message once every item's emit settled (an error a downstream throws is reported to
 * `onError` and counts as settled). `stop()` stops fetching, lets the emit in progress settle, acks the message if
 * it was fully emitted and leaves the rest unacked: JetStream redelivers those after `ackWaitMs`.
 *
 * @example
 * const rates = new FromNats<Sample>({ connection, stream: "POINTER", consumer: "rates" });
 * rates.sink(async (record) => { await store(record.value); }); // acked after store resolved
 */
export class FromNats<T> extends Source<NatsRecord<T>> {
  /** The options it was created with. */
  readonly options: Readonly<FromNatsOptions>;
  /** Messages acked so far. */
  acked = 0;
  #messages: ConsumerMessages | undefined;
  #run = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;

  constructor(options: FromNatsOptions) {
    requireConnection("fromNats", options?.connection);
    requireName("fromNats", "stream", options.stream, '{ stream: "POINTER" }');
    requireName("fromNats", "consumer", options.consumer, '{ consumer: "rates" }');
    requireCount("fromNats", "maxInFlight", options.maxInFlight ?? 16, "{ maxInFlight: 16 }");
    for (const option of ["ackWaitMs", "fetchExpiresMs", "retryAfterMs"] as const) {
      const ms = options[option];
      if (ms !== undefined && !(Number.isFinite(ms) && ms > 0)) {
        throw new NatsConnectorError(
          `fromNats: ${option} ${String(ms)} is not a positive number of ms; use e.g. { ${option}: 30000 }`,
        );
      }
    }
    super({ name: `fromNats(${options.stream}/${options.consumer})`, ...options });
    this.options = options;
  }

  protected onStart(): void {
    this.#read();
  }

  protected onStop(): void {
    this.#run += 1;
    clearTimeout(this.#retry);
    this.#messages?.stop();
    this.#messages = undefined;
  }

  /** Starts a run of fetches; a failed one is reported, then retried after `retryAfterMs` or ends the source. */
  #read(): void {
    const run = (this.#run += 1);
    void this.#consume(run).catch((error: unknown) => {
      if (this.#run !== run) return; // e.g. the connection closed after a stop(): nobody is reading any more
      this.report(error, undefined);
      const { retryAfterMs } = this.options;
      if (retryAfterMs === undefined) this.stop();
      else this.#retry = setTimeout(() => this.#run === run && this.#read(), retryAfterMs);
    });
  }

  /** Fetches up to `maxInFlight` messages at a time and hands each to the graph, until the run ends. */
  async #consume(run: number): Promise<void> {
    const consumer = await this.#durableConsumer();
    const max = this.options.maxInFlight ?? 16;
    const expires = this.options.fetchExpiresMs ?? 5000;
    while (this.#run === run) {
      const messages = await consumer.fetch({ max_messages: max, expires });
      if (this.#run !== run) {
        messages.stop();
        return;
      }
      this.#messages = messages;
      for await (const message of messages) {
        if (!(await this.#process(message, run))) break;
      }
    }
  }

  /** Emits the message's items one by one; acks it when all were emitted. Whether the run goes on. */
  async #process(message: JsMsg, run: number): Promise<boolean> {
    const id = message.headers?.get(messageIdHeader) || `${message.info.stream}:${message.seq}`;
    const sentAt = Number(message.headers?.get(sentAtHeader) || NaN);
    const { subject, redelivered } = message;
    let items: unknown[];
    try {
      items = decodeBatch(message.data, subject);
    } catch (error) {
      this.report(error, message.string());
      message.term(); // a message no consumer can read would come back forever
      return this.#run === run;
    }
    for (let index = 0; index < items.length; index += 1) {
      if (this.#run !== run) return false; // stopped between two items: the message stays unacked
      const emitted = this.emitSafely({ subject, value: items[index] as T, id: `${id}/${index}`, sentAt, redelivered });
      if (emitted !== undefined) await emitted;
    }
    await message.ackAck();
    this.acked += 1;
    return this.#run === run;
  }

  async #durableConsumer(): Promise<Consumer> {
    const { connection, stream, consumer, filterSubject, ackWaitMs, maxInFlight } = this.options;
    const manager = await jetstreamManager(connection);
    try {
      await manager.consumers.info(stream, consumer);
    } catch {
      await manager.consumers.add(stream, {
        durable_name: consumer,
        ack_policy: AckPolicy.Explicit,
        max_ack_pending: maxInFlight ?? 16,
        ...(filterSubject === undefined ? {} : { filter_subject: filterSubject }),
        ...(ackWaitMs === undefined ? {} : { ack_wait: nanos(ackWaitMs) }),
      });
    }
    return manager.jetstream().consumers.get(stream, consumer);
  }
}

/**
 * Creates a `FromNats` source on the durable consumer `options.consumer` of `options.stream` (created when
 * missing). Delivery is at least once: a message not acked within the consumer's ack wait (a crash, a stop in the
 * middle of it) is delivered again, with `redelivered` set and the same `id`s, so a consumer that must not count
 * an item twice keeps the ids it has seen for the stream's duplicate window and drops repeats.
 *
 * @example
 * fromNats<Sample>({ connection, stream: "POINTER", consumer: "rates", maxInFlight: 16 })
 *   .map((record) => record.value)
 *   .sink(console.log);
 */
export function fromNats<T>(options: FromNatsOptions): FromNats<T> {
  return new FromNats<T>(options);
}
