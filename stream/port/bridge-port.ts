// What a queue bridge needs of a MessagePort, a Worker or anything else that posts structured clones, and the two
// kinds of message it sends: a batch of items (cloned objects or one transferred Float64Array) and the end.

/**
 * The side of a message channel a bridge talks through: a `MessagePort` (browser or Node), or a `Worker`.
 *
 * @example
 * const { port1, port2 } = new MessageChannel();
 * const port: BridgePort = port1;
 * worker.postMessage({ port: port2 }, [port2]); // the worker bridges over port2
 */
export interface BridgePort {
  /** Sends a structured clone of `message`, moving the `transfer` buffers instead of copying them. */
  postMessage(message: unknown, transfer: Transferable[]): void;
  /** Adds the listener for messages from the other side. */
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
  /** Removes that listener. */
  removeEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
  /** Begins delivery on a `MessagePort` (not needed on a `Worker`, which has no `start`). */
  start?: () => void;
}

/**
 * Items sent as cloned values, in order.
 *
 * @example
 * const message: ItemsMessage = { channel: "rivulet", kind: "items", items: [{ x: 1, y: 2 }] };
 */
export interface ItemsMessage {
  /** The bridge's name on the port. */
  readonly channel: string;
  /** Marks a batch of cloned items. */
  readonly kind: "items";
  /** The batch, oldest first. */
  readonly items: readonly unknown[];
}

/**
 * Items sent as numeric columns: `data[i * columns.length + c]` is field `columns[c]` of item `i`.
 *
 * @example
 * const message: ColumnsMessage = { channel: "rivulet", kind: "columns", columns: ["x", "y"], data: new Float64Array([1, 2]) };
 */
export interface ColumnsMessage {
  /** The bridge's name on the port. */
  readonly channel: string;
  /** Marks a batch packed as numeric columns. */
  readonly kind: "columns";
  /** The field names, in the order of each row. */
  readonly columns: readonly string[];
  /** The rows one after another; its buffer was transferred. */
  readonly data: Float64Array;
}

/**
 * The sender closed: nothing more follows on this channel.
 *
 * @example
 * const message: EndMessage = { channel: "rivulet", kind: "end" };
 */
export interface EndMessage {
  /** The bridge's name on the port. */
  readonly channel: string;
  /** Marks the end. */
  readonly kind: "end";
}

/**
 * Everything a sender posts on its channel.
 *
 * @example
 * const message: BridgeMessage = { channel: "rivulet", kind: "items", items: [{ x: 1 }] };
 */
export type BridgeMessage = ItemsMessage | ColumnsMessage | EndMessage;

/** Whether `data` is a bridge message on `channel`; other traffic on the same port is left alone. */
export function isBridgeMessage(data: unknown, channel: string): data is BridgeMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Partial<BridgeMessage>;
  return (
    message.channel === channel && (message.kind === "items" || message.kind === "columns" || message.kind === "end")
  );
}

/** The channel name both sides use unless told otherwise. */
export const defaultChannel = "rivulet";
