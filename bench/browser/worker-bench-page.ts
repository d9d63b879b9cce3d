// The page side of the worker benchmark: the graph of examples/worker, its heavy step in a Web Worker or on the main
// thread, fed with synthetic pointer samples at a fixed rate; records frames, long tasks and input-to-plot latency.
import { AsyncQueue, fromQueue } from "../../index.js";
import { receiveQueue, sendQueue, type FlushTiming } from "../../stream/port/index.js";
import { heavySmoother, type TimedPoint } from "../../examples/worker/heavy-work.js";

/** One benchmark run. */
export interface WorkerBenchOptions {
  /** Where the heavy step runs. */
  readonly mode: "worker" | "main";
  /** Events per second. */
  readonly rate: number;
  /** How long the input lasts. */
  readonly seconds: number;
  /** Busy milliseconds of the heavy step per event. */
  readonly busyMs: number;
  /** The page's flush of samples to the worker (worker mode only). */
  readonly inputFlush: FlushTiming;
  /** The worker's flush of results back to the page (worker mode only). */
  readonly resultsFlush: FlushTiming;
}

/** What one run measured. */
export interface WorkerBenchResult {
  readonly events: number;
  readonly drawn: number;
  /** Frames shown while the input lasted. */
  readonly frames: number;
  readonly elapsedMs: number;
  readonly longTasksMs: readonly number[];
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  /** Messages posted to the worker and received back while the input lasted (0 on the main thread). */
  readonly messagesOut: number;
  readonly messagesBack: number;
}

const bounded = { capacity: 100_000, overflow: "drop-oldest" } as const;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function runWorkerBench(options: WorkerBenchOptions): Promise<WorkerBenchResult> {
  const { mode, rate, seconds, busyMs, inputFlush, resultsFlush } = options;
  const plot = document.createElement("riv-plot");
  plot.setAttribute("x-range", "0,100");
  plot.setAttribute("y-range", "0,100");
  plot.setAttribute("rollover", "2000");
  document.body.append(plot);
  await plot.updateComplete;
  while (plot.view === undefined) await nextFrame();
  const draw = plot.layer("results", { glyph: "line", columns: "x,y,t" }).streamSink();

  // Results from either thread are drawn; each one's input time waits for the frame after it lands.
  const results = new AsyncQueue<TimedPoint>(bounded);
  let landed: number[] = [];
  fromQueue(results).sink((point) => {
    draw(point);
    landed.push(point.t);
  });
  const samples = new AsyncQueue<TimedPoint>(bounded);
  let stop = () => {};
  let messages = () => ({ out: 0, back: 0 });
  if (mode === "worker") {
    const worker = new Worker(new URL("../../examples/worker/worker.ts", import.meta.url), { type: "module" });
    const { port1: port, port2 } = new MessageChannel();
    worker.postMessage({ port: port2, busyMs, flush: resultsFlush }, [port2]);
    const sender = sendQueue(samples, port, { columns: ["x", "y", "t"], flush: inputFlush });
    const received = receiveQueue<TimedPoint>(port, { ...bounded, channel: "results" });
    fromQueue(received.queue).sink(results.put);
    messages = () => ({ out: sender.messages, back: received.messages });
    stop = () => {
      sender.close();
      received.close();
      port.close();
      worker.terminate();
    };
  } else {
    fromQueue(samples).map(heavySmoother(busyMs)).sink(results.put);
  }

  // Warm up: one sample through the whole graph (the worker's modules loaded, the first result drawn) before timing.
  samples.put({ x: 50, y: 50, t: performance.now() });
  while (landed.length === 0) await nextFrame();
  await nextFrame();
  landed = [];
  const warmUp = messages();

  const longTasksMs: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasksMs.push(e.duration)));
  observer.observe({ type: "longtask" });
  const latencies: number[] = [];
  let events = 0;
  let frames = 0;
  const start = performance.now();
  let last = start;
  const inputEnd = start + seconds * 1000;
  let duringInput = warmUp;
  // Input as the browser hands over coalesced samples: each frame, the samples due since the last one, their time
  // stamps spread over that interval. After the input, up to 2 s more for the backlog to land.
  for (let now = await nextFrame(); now < inputEnd + 2000 && (now < inputEnd || latencies.length < events);) {
    for (const t of landed) latencies.push(now - t);
    landed = [];
    if (now < inputEnd) {
      frames += 1;
      duringInput = messages();
    }
    const due = Math.floor((Math.min(now, inputEnd) - start) * (rate / 1000)) - events;
    for (let i = 1; i <= due; i += 1) {
      const t = last + (i / due) * (now - last);
      samples.put({ x: 50 + 40 * Math.sin(t / 300), y: 50 + 40 * Math.cos(t / 500), t });
    }
    events += Math.max(0, due);
    last = now;
    now = await nextFrame();
  }
  const elapsedMs = performance.now() - start;
  observer.disconnect();
  stop();
  plot.remove();
  latencies.sort((a, b) => a - b);
  return {
    events,
    drawn: latencies.length,
    frames,
    elapsedMs,
    longTasksMs,
    latencyP50Ms: quantile(latencies, 0.5),
    latencyP99Ms: quantile(latencies, 0.99),
    messagesOut: duringInput.out - warmUp.out,
    messagesBack: duringInput.back - warmUp.back,
  };
}

Object.assign(window, { runWorkerBench });
