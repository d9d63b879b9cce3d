// The `sinkToNats` operator: publishes every value at the end of a graph, in rivulet/nats's wire format, awaiting
// each JetStream ack so that a slow broker slows the source.
import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { nuid, type NatsConnection } from "@nats-io/nats-core";
import { Stream, type Emitted } from "../stream.js";
import { requireConnection, requireName } from "./errors.js";
import { batchHeaders, encodeBatch, messageIdHeader } from "./wire.js";

/**
 * Options of `sinkToNats`.
 *
 * @example
 * results.sinkToNats("heatmap.global", { connection, jetstream: false });
 */
export interface SinkToNatsOptions {
  /** A ready connection; the sink does not close it. */
  connection: NatsConnection;
  /** Publish to JetStream and await each ack (default), or with core NATS (`false`: no ack, no stream needed). */
  jetstream?: boolean;
  /** First part of every message id; default a random nuid. */
  publisherId?: string;
}

/**
 * Publishes every value on `subject` as one message in the wire format of `rivulet/nats` (a one-item JSON array,
 * `Nats-Msg-Id`, `Rivulet-Sent-At`), so `fromNats` reads it back. With JetStream the sink is busy until the ack
 * arrives, so an awaiting source waits and a failed publish reaches it; with core NATS it is never busy.
 *
 * @example
 * fromNats<Sample>({ connection, stream: "POINTER", consumer: "rates" })
 *   .map((record) => record.value.x)
 *   .sinkToNats("results.x", { connection });
 */
export class SinkToNats<T> extends Stream<unknown> {
  /** The subject it publishes on. */
  readonly subject: string;
  /** Messages published so far (acknowledged, with JetStream). */
  published = 0;
  readonly #connection: NatsConnection;
  readonly #js: JetStreamClient | undefined;
  readonly #publisherId: string;
  #sequence = 0;

  constructor(upstream: Stream<T>, subject: string, options: SinkToNatsOptions) {
    requireName("sinkToNats", "subject", subject, 'sinkToNats("results.rates", { connection })');
    requireConnection("sinkToNats", options?.connection);
    const publisherId = options.publisherId ?? nuid.next();
    requireName("sinkToNats", "publisherId", publisherId, '{ publisherId: "rates" }');
    super({ upstream });
    this.subject = subject;
    this.#connection = options.connection;
    this.#js = options.jetstream === false ? undefined : jetstream(options.connection);
    this.#publisherId = publisherId;
  }

  override update(x: T): Emitted {
    this.#sequence += 1;
    const msgID = `${this.#publisherId}:${this.#sequence}`;
    const data = encodeBatch([x]);
    const headers = batchHeaders(Date.now());
    if (this.#js === undefined) {
      headers.set(messageIdHeader, msgID);
      this.#connection.publish(this.subject, data, { headers });
      this.published += 1;
      return undefined;
    }
    return this.#js.publish(this.subject, data, { msgID, headers }).then(() => {
      this.published += 1;
    });
  }
}

Stream.registerApi("sinkToNats", SinkToNats);

declare module "../stream.js" {
  interface Stream<T> {
    /** Publishes every value to NATS on `subject`, awaiting each JetStream ack; see {@link SinkToNats}. */
    sinkToNats(subject: string, options: SinkToNatsOptions): SinkToNats<T>;
  }
}
