// The error rivulet/nats throws for a bad option, so that callers can tell it from the client's own errors.
import { StreamError } from "../errors.js";

/**
 * A `toNats`, `fromNats`, `sinkToNats` or `ensureNatsStream` option is wrong; the message names the option, the
 * value given and a good one.
 *
 * @example
 * try { toNats(queue, "", { connection }); } catch (error) {
 *   if (error instanceof NatsConnectorError) console.warn(error.message); // toNats: subject "" is empty; …
 * }
 */
export class NatsConnectorError extends StreamError {
  override name = "NatsConnectorError";
}

/** Throws unless `value` is an integer of at least 1. */
export function requireCount(caller: string, option: string, value: unknown, example: string): void {
  if (!(Number.isInteger(value) && (value as number) > 0)) {
    throw new NatsConnectorError(
      `${caller}: ${option} ${String(value)} is not a positive integer; use e.g. ${example}`,
    );
  }
}

/** Throws unless `value` is a non-empty string. */
export function requireName(caller: string, option: string, value: unknown, example: string): void {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NatsConnectorError(
      `${caller}: ${option} ${JSON.stringify(value) ?? String(value)} is empty or not a string; use e.g. ${example}`,
    );
  }
}

/** Throws unless `connection` looks like a ready `NatsConnection` (has `publish` and `request`). */
export function requireConnection(caller: string, connection: unknown): void {
  const candidate = connection as { publish?: unknown; request?: unknown } | null | undefined;
  if (typeof candidate?.publish !== "function" || typeof candidate.request !== "function") {
    throw new NatsConnectorError(
      `${caller}: connection ${String(connection)} is not a NatsConnection; pass a connected one, ` +
        `e.g. { connection: await connect({ servers: "nats://127.0.0.1:4222" }) } (wsconnect in a page)`,
    );
  }
}
