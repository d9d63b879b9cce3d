// The wire format shared by `toNats`, `sinkToNats` and `fromNats`: one message per batch, a JSON array of items,
// with a message id JetStream dedupes on and the time the batch was sent.
import { headers, type MsgHdrs } from "@nats-io/nats-core";

/** The header JetStream dedupes on within the stream's duplicate window: `<publisherId>:<seq>`. */
export const messageIdHeader = "Nats-Msg-Id";
/** The header carrying `Date.now()` (ms) of when the batch was first sent. */
export const sentAtHeader = "Rivulet-Sent-At";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The payload of one batch: its items as a UTF-8 JSON array. */
export function encodeBatch(items: readonly unknown[]): Uint8Array {
  return encoder.encode(JSON.stringify(items));
}

/** The items of one payload; throws a `SyntaxError` or `TypeError` naming the subject when it is not a JSON array. */
export function decodeBatch(data: Uint8Array, subject: string): unknown[] {
  const items: unknown = JSON.parse(decoder.decode(data));
  if (!Array.isArray(items)) {
    throw new TypeError(`fromNats: the message on "${subject}" is not a JSON array of items; publish with toNats`);
  }
  return items;
}

/** The headers of one batch: its sending time (the id goes in as the publish's `msgID`). */
export function batchHeaders(sentAt: number): MsgHdrs {
  const batch = headers();
  batch.set(sentAtHeader, String(sentAt));
  return batch;
}
