// Creates (or updates) the bounded JetStream stream the connector publishes into: limits always set, oldest
// messages discarded first, and a duplicate window for the message ids.
import { DiscardPolicy, jetstreamManager, RetentionPolicy, type StreamInfo } from "@nats-io/jetstream";
import { nanos, type NatsConnection } from "@nats-io/nats-core";
import { NatsConnectorError, requireConnection, requireCount, requireName } from "./errors.js";

/**
 * Options of `ensureNatsStream`; every limit has a default, so the stream is always bounded.
 *
 * @example
 * await ensureNatsStream(connection, { name: "POINTER", subjects: ["pointer.>"], replicas: 3, maxAgeMs: 3_600_000 });
 */
export interface NatsStreamOptions {
  /** The stream's name (no dots, spaces or wildcards). */
  name: string;
  /** The subjects it stores (wildcards allowed). */
  subjects: readonly string[];
  /** Copies kept in a cluster; default 1 (use 3 on a 3-node cluster). */
  replicas?: number;
  /** Most messages kept; default 1,000,000. */
  maxMessages?: number;
  /** Most bytes kept; default 256 MiB. */
  maxBytes?: number;
  /** Oldest message age kept, in ms; default one day. */
  maxAgeMs?: number;
  /** How long JetStream remembers message ids to drop repeated publishes, in ms; default 2 minutes. */
  duplicateWindowMs?: number;
}

/** The stream's config for `options`, every limit filled in. */
function streamConfig(options: NatsStreamOptions) {
  const ms = (option: "maxAgeMs" | "duplicateWindowMs", fallback: number): number => {
    const value = options[option] ?? fallback;
    requireCount("ensureNatsStream", option, value, `{ ${option}: ${fallback} }`);
    return nanos(value);
  };
  const limit = (option: "replicas" | "maxMessages" | "maxBytes", fallback: number): number => {
    const value = options[option] ?? fallback;
    requireCount("ensureNatsStream", option, value, `{ ${option}: ${fallback} }`);
    return value;
  };
  return {
    name: options.name,
    subjects: [...options.subjects],
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    num_replicas: limit("replicas", 1),
    max_msgs: limit("maxMessages", 1_000_000),
    max_bytes: limit("maxBytes", 256 * 1024 * 1024),
    max_age: ms("maxAgeMs", 24 * 60 * 60 * 1000),
    duplicate_window: ms("duplicateWindowMs", 2 * 60 * 1000),
  };
}

/**
 * Creates the JetStream stream `options.name` on `options.subjects`, or updates it to these options when it exists;
 * resolves to its info. The stream is bounded (limits retention, oldest discarded first) and dedupes message ids
 * within `duplicateWindowMs`, which `toNats` relies on for retried publishes.
 *
 * @example
 * const connection = await connect({ servers: "nats://127.0.0.1:4222" }); // @nats-io/transport-node
 * const info = await ensureNatsStream(connection, { name: "POINTER", subjects: ["pointer.>"] });
 * console.log(info.state.messages);
 */
export async function ensureNatsStream(connection: NatsConnection, options: NatsStreamOptions): Promise<StreamInfo> {
  requireConnection("ensureNatsStream", connection);
  requireName("ensureNatsStream", "name", options?.name, '{ name: "POINTER" }');
  if (!Array.isArray(options.subjects) || options.subjects.length === 0) {
    throw new NatsConnectorError(
      `ensureNatsStream: subjects ${JSON.stringify(options.subjects)} is not a list of subjects; use e.g. { subjects: ["pointer.>"] }`,
    );
  }
  const config = streamConfig(options);
  const manager = await jetstreamManager(connection);
  try {
    await manager.streams.info(config.name);
  } catch {
    return manager.streams.add(config);
  }
  return manager.streams.update(config.name, config);
}
