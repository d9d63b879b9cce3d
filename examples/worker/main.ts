// The stream in a second thread: pointer samples cross a MessagePort to a Web Worker, which does 2 ms of heavy work
// per sample and sends the results back to the plot; a switch runs the same graph on the main thread instead, and
// live rates of results, frames and long tasks show the difference.
import { AsyncQueue, fromQueue, type PlotPointerSample } from "rivulet";
import { receiveQueue, sendQueue } from "rivulet/worker";
import { heavySmoother, type TimedPoint } from "./heavy-work.js";

const plot = document.querySelector<HTMLElementTagNameMap["riv-plot"]>("riv-plot#pointer");
const resultRate = document.querySelector<HTMLElementTagNameMap["riv-rate"]>("riv-rate#results");
const frameRate = document.querySelector<HTMLElementTagNameMap["riv-rate"]>("riv-rate#frames");
const longTaskRate = document.querySelector<HTMLElementTagNameMap["riv-rate"]>("riv-rate#long-tasks");
const threadSwitch = document.querySelector<HTMLFieldSetElement>("fieldset.where");
if (!plot || !resultRate || !frameRate || !longTaskRate || !threadSwitch) {
  throw new Error(
    "worker: the page needs <riv-plot id=pointer>, <riv-rate> ids results, frames and long-tasks, and <fieldset class=where>",
  );
}

/** The bound of every queue here: a few seconds of the fastest mouse; the oldest samples go first. */
const bounded = { capacity: 10_000, overflow: "drop-oldest" } as const;
const perSecond = (batch: readonly unknown[]) => batch.length;

const samplesLayer = plot.layer("samples", { columns: "x,y", size: 5, alpha: 0.5, lineWidth: 0, color: "#9ca3af" });
const resultsLayer = plot.layer("results", { glyph: "line", columns: "x,y,t", color: "#2563eb", lineWidth: 3 });

// Everything the heavy work produces, from either thread, is drawn and counted from one queue.
const results = new AsyncQueue<TimedPoint>(bounded);
const drawn = fromQueue(results);
drawn.sink(resultsLayer.streamSink());
drawn.timedWindow(1000).map(perSecond).sink(resultRate.sink());

// The worker's graph: samples go out on one port of a channel, the results come back on the same port.
const toWorker = new AsyncQueue<PlotPointerSample>(bounded);
const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
const { port1: port, port2 } = new MessageChannel();
worker.postMessage({ port: port2 }, [port2]);
// "microtask": each pointer event's samples leave at once in one message (not one per sample), before the page
// renders; the worker sends each batch's results back as soon as it is processed, so they arrive before the next frame.
const sender = sendQueue(toWorker, port, { columns: ["x", "y", "t"], flush: "microtask" });
const fromWorker = receiveQueue<TimedPoint>(port, { ...bounded, channel: "results" });
fromQueue(fromWorker.queue).sink(results.put);

// The same graph on the main thread, with the same heavy step.
const onMainThread = new AsyncQueue<PlotPointerSample>(bounded);
fromQueue(onMainThread).map(heavySmoother()).sink(results.put);

// Every raw sample is drawn as it is, and goes to the graph the switch names.
const raw = new AsyncQueue<PlotPointerSample>(bounded);
plot.onPlotEvent("pointermove", raw.put, { coalesced: true });
let target = toWorker;
const rawSamples = fromQueue(raw);
rawSamples.sink(samplesLayer.streamSink());
rawSamples.sink((sample) => target.put(sample));
threadSwitch.addEventListener("change", (event) => {
  target = (event.target as HTMLInputElement).value === "main" ? onMainThread : toWorker;
});

// Frames per second, from an animation-frame loop, and long tasks (50 ms or more on the main thread) per second.
const frames = new AsyncQueue<number>(bounded);
fromQueue(frames).timedWindow(1000).map(perSecond).sink(frameRate.sink());
let frameRequest = requestAnimationFrame(function countFrame(time) {
  frames.put(time);
  frameRequest = requestAnimationFrame(countFrame);
});
const longTasks = new AsyncQueue<PerformanceEntry>(bounded);
fromQueue(longTasks).timedWindow(1000).map(perSecond).sink(longTaskRate.sink());
const longTaskObserver = new PerformanceObserver((list) => list.getEntries().forEach(longTasks.put));
longTaskObserver.observe({ type: "longtask" });

// Leaving the page stops the frame loop, the observer, the bridge and the worker.
addEventListener(
  "pagehide",
  () => {
    cancelAnimationFrame(frameRequest);
    longTaskObserver.disconnect();
    sender.close();
    fromWorker.close();
    port.close();
    worker.terminate();
  },
  { once: true },
);
