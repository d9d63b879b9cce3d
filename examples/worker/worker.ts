// The worker of the worker example: it receives the page's pointer samples over the port of the first message, runs
// the heavy step on each one (for `busyMs` of that message, default 2 ms) and sends the results back on "results".
import { AsyncQueue, fromQueue } from "rivulet/stream";
import { receiveQueue, sendQueue, type BridgePort } from "rivulet/worker";
import { heavySmoother, type TimedPoint } from "./heavy-work.js";

/** The bound of the worker's queues: a few seconds of the fastest mouse; the oldest samples go first. */
const capacity = 10_000;

self.addEventListener(
  "message",
  (event: MessageEvent<{ port: BridgePort; busyMs?: number }>) => {
    const { port, busyMs } = event.data;
    const received = receiveQueue<TimedPoint>(port, { capacity, overflow: "drop-oldest" });
    const results = new AsyncQueue<TimedPoint>({ capacity, overflow: "drop-oldest" });
    fromQueue(received.queue).map(heavySmoother(busyMs)).sink(results.put);
    // In a worker "frame" (the default) means every 16 ms: the page draws at its own next frame.
    sendQueue(results, port, { channel: "results", columns: ["x", "y", "t"] });
  },
  { once: true },
);
