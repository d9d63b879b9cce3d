// Public entry point of `rivulet/nats`: a page's queue to NATS JetStream and back into a stream graph.
/**
 * The NATS JetStream connector, in pages and Node alike: it takes a ready `NatsConnection` (`wsconnect` of
 * `@nats-io/nats-core` in a page, `connect` of `@nats-io/transport-node` in Node) and has no transport of its own.
 * `toNats` publishes an `AsyncQueue` in batches, `fromNats` is a `Source` on a durable pull consumer that acks a
 * message only after the graph has handled it, `stream.sinkToNats(subject, { connection })` publishes results back,
 * and `ensureNatsStream` creates the bounded stream.
 *
 * Wire format: one NATS message per batch; its payload is the UTF-8 JSON array of the items; header
 * `Nats-Msg-Id: <publisherId>:<seq>` (seq counts the publisher's messages from 1), which JetStream's duplicate
 * window dedupes, so a publish retried after a lost ack is stored once; header `Rivulet-Sent-At`: `Date.now()` in ms
 * when the batch was sent.
 *
 * Delivery is at least once: a message is acked only after every item's `emit` settled; one that was delivered
 * but not acked (a crash, a stop in the middle of it, a consumer restart) is delivered again once the consumer's
 * ack wait has passed, with `redelivered` set. Each record's `id` (`<Nats-Msg-Id>/<index>`) is the same on every
 * delivery, so a consumer that must not count an item twice drops the ids it has seen.
 *
 * Importing this module adds `sinkToNats` to every stream (`Stream.registerApi`).
 *
 * @example
 * import { connect } from "@nats-io/transport-node";
 * import { ensureNatsStream, fromNats } from "rivulet/nats";
 * const connection = await connect({ servers: "nats://127.0.0.1:4222" });
 * await ensureNatsStream(connection, { name: "POINTER", subjects: ["pointer.>"] });
 * fromNats<{ x: number; y: number }>({ connection, stream: "POINTER", consumer: "rates" })
 *   .map((record) => record.value.x)
 *   .sinkToNats("results.x", { connection });
 *
 * @module rivulet/nats
 */
export { toNats, type NatsPublisher, type NatsPublisherCounts, type ToNatsOptions } from "./to-nats.js";
export { fromNats, FromNats, type FromNatsOptions, type NatsRecord } from "./from-nats.js";
export { SinkToNats, type SinkToNatsOptions } from "./sink-to-nats.js";
export { ensureNatsStream, type NatsStreamOptions } from "./ensure-stream.js";
export { NatsConnectorError } from "./errors.js";
