// Public entry point of `rivulet/worker`: a queue carried across a MessagePort, to a Web Worker and back.
/**
 * A bridge between threads: `sendQueue` posts an `AsyncQueue`'s items across a `MessagePort` in batches (one
 * message per frame), `receiveQueue` puts them into a bounded queue on the other side. No DOM; runs in pages,
 * workers and Node.
 *
 * @module rivulet/worker
 */
export { sendQueue, type QueueSender, type SendQueueOptions } from "./send-queue.js";
export { receiveQueue, type QueueReceiver, type ReceiveQueueOptions } from "./receive-queue.js";
export {
  type BridgePort,
  type BridgeMessage,
  type ColumnsMessage,
  type EndMessage,
  type ItemsMessage,
} from "./bridge-port.js";
export { type FlushTiming } from "./flush-timing.js";
