// The worker of the worker example: it receives the page's pointer samples over the port of the first message, runs
// the heavy step on each one (for `busyMs` of that message, default 2 ms) and sends the results back on "results",
// each batch's as soon as it is processed (the message's `flush` overrides that; the benchmark compares "frame").
import { AsyncQueue, fromQueue } from "rivulet/stream";
import { receiveQueue, sendQueue, type BridgePort, type FlushTiming } from "rivulet/worker";
import { heavySmoother, type TimedPoint } from "./heavy-work.js";

/** The bound of the worker's queues: a few seconds of the fastest mouse; the oldest samples go first. */
const capacity = 10_000;

self.addEventListener(
  "message",
  (event: MessageEvent<{ port: BridgePort; busyMs?: number; flush?: FlushTiming }>) => {
    const { port, busyMs, flush = 0 } = event.data;
    const received = receiveQueue<TimedPoint>(port, { capacity, overflow: "drop-oldest" });
    const results = new AsyncQueue<TimedPoint>({ capacity, overflow: "drop-oldest" });
    fromQueue(received.queue).map(heavySmoother(busyMs)).sink(results.put);
    // flush 0: once the batch that came in has been through the graph, its results go back in one message, so the
    // page can draw them at its next frame (the default, "frame", would hold them for 16 ms more in a worker).
    sendQueue(results, port, { channel: "results", columns: ["x", "y", "t"], flush });
  },
  { once: true },
);
