// The page side of the browser benchmark: feeds the main example's pipeline (queue -> fromQueue -> plot sink and
// timedWindow rate) with synthetic pointer samples at a fixed rate and records what reaches the plot, and when.
import { AsyncQueue, Bokeh, fromQueue, type RivPlot } from "../../index.js";

/** One benchmark run. */
export interface PlotBenchOptions {
  /** Events per second. */
  readonly rate: number;
  /** How long the input lasts. */
  readonly seconds: number;
  /** `coalesced`: `plot.streamSink()`; `per-event`: one `source.stream` call per event. */
  readonly mode: "coalesced" | "per-event";
  /** The plot's rollover. */
  readonly rollover: number;
  /** The plot's `output-backend`. */
  readonly backend: "canvas" | "webgl";
  /** `false` draws the markers without their outline (line), to measure what stroking each marker costs. */
  readonly outline?: boolean;
  /** The plot's `rasterize`; default `auto`. */
  readonly rasterize?: "auto" | "on" | "off";
}

/** What one run measured in the page. */
export interface PlotBenchResult {
  readonly events: number;
  readonly drawn: number;
  readonly dropped: number;
  readonly frames: number;
  /** From the first event put to the last frame counted. */
  readonly elapsedMs: number;
  readonly streamCalls: number;
  /** Events that were put before the previous flush yet drawn only in a later one (missed their frame). */
  readonly lateEvents: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly latencyMaxMs: number;
  readonly longTasksMs: readonly number[];
  /** When each long task began, in ms from the first event put (negative: before it, while the page starts). */
  readonly longTasksAtMs: readonly number[];
  /** When the first event was put, on the page's clock (`performance.now()`). */
  readonly firstEventAtMs: number;
  /** From putting the plot into the page to its view shown, ready for rows: the page's first render of it. */
  readonly firstRenderMs: number;
  readonly lastRate: number;
}

interface Sample {
  readonly x: number;
  readonly y: number;
  /** When it was put into the queue. */
  readonly t: number;
  /** Its sequence number, so that rows can be counted after older ones rolled over. */
  readonly n: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function mountPlot(
  rollover: number,
  backend: PlotBenchOptions["backend"] = "canvas",
  rasterize: PlotBenchOptions["rasterize"] = "auto",
): Promise<RivPlot> {
  const plot = document.createElement("riv-plot");
  plot.setAttribute("output-backend", backend);
  plot.setAttribute("rasterize", rasterize);
  plot.setAttribute("x-range", "0,100");
  plot.setAttribute("y-range", "0,100");
  plot.setAttribute("columns", "x,y,t,n");
  plot.rollover = rollover;
  document.body.append(plot);
  while (plot.view === undefined) await nextFrame();
  return plot;
}

function withoutOutline(plot: RivPlot): void {
  for (const renderer of plot.figure.renderers) {
    if (renderer instanceof Bokeh.GlyphRenderer && renderer.glyph instanceof Bokeh.Scatter)
      renderer.glyph.line_alpha = 0;
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Runs one configuration and resolves when every event had its chance to be drawn. */
export async function runPlotBench(options: PlotBenchOptions): Promise<PlotBenchResult> {
  const mountedAt = performance.now();
  const plot = await mountPlot(options.rollover, options.backend, options.rasterize);
  const firstRenderMs = performance.now() - mountedAt;
  if (options.outline === false) withoutOutline(plot);
  const rate = document.createElement("riv-rate");
  document.body.append(rate);
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    longTasks.push(...list.getEntries());
  });
  observer.observe({ type: "longtask" });

  const queue = new AsyncQueue<Sample>({ capacity: 100_000 });
  const samples = fromQueue(queue);
  const source = plot.source;
  samples.sink(
    options.mode === "coalesced"
      ? plot.streamSink()
      : (sample: Sample) =>
          source.stream({ x: [sample.x], y: [sample.y], t: [sample.t], n: [sample.n] }, options.rollover),
  );
  const perSecond = samples.timedWindow(1000);
  perSecond.map((batch) => batch.length).sink(rate.sink());

  const latencies: number[] = [];
  let drawn = 0;
  let streamCalls = 0;
  let lateEvents = 0;
  let previousFlush = 0;
  // Each stream call adds the rows numbered after the last one seen: count them, and time how long they took.
  let lastNumber = -1;
  source.streaming.connect(() => {
    const now = performance.now();
    const times = source.get<number>("t");
    const numbers = source.get<number>("n");
    let first = numbers.length;
    while (first > 0 && (numbers[first - 1] as number) > lastNumber) first -= 1;
    for (let i = first; i < numbers.length; i += 1) {
      const t = times[i] as number;
      latencies.push(now - t);
      if (t < previousFlush) lateEvents += 1;
    }
    drawn += numbers.length - first;
    lastNumber = numbers[numbers.length - 1] ?? lastNumber;
    streamCalls += 1;
    previousFlush = now;
  });

  let frames = 0;
  let counting = true;
  const countFrames = () => {
    frames += 1;
    if (counting) requestAnimationFrame(countFrames);
  };
  requestAnimationFrame(countFrames);

  const total = Math.round(options.rate * options.seconds);
  const start = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - start) * options.rate) / 1000));
      for (; sent < due; sent += 1) queue.put({ x: (sent * 7) % 100, y: (sent * 13) % 100, t: now, n: sent });
      if (sent < total) setTimeout(tick, 0);
      else resolve();
    };
    tick();
  });
  await nextFrame();
  await nextFrame();
  counting = false;
  const elapsedMs = performance.now() - start;
  observer.disconnect();
  samples.destroy();
  perSecond.destroy();
  latencies.sort((a, b) => a - b);
  const result: PlotBenchResult = {
    events: total,
    drawn,
    dropped: queue.dropped,
    frames,
    elapsedMs,
    streamCalls,
    lateEvents,
    latencyP50Ms: percentile(latencies, 50),
    latencyP99Ms: percentile(latencies, 99),
    latencyMaxMs: latencies.at(-1) ?? 0,
    longTasksMs: longTasks.map((entry) => entry.duration),
    longTasksAtMs: longTasks.map((entry) => entry.startTime - start),
    firstEventAtMs: start,
    firstRenderMs,
    lastRate: rate.value,
  };
  plot.remove();
  rate.remove();
  return result;
}

/** What `measureStreamCost` found: milliseconds to stream the same rows one per call and in frame-sized batches. */
export interface StreamCostResult {
  readonly rows: number;
  readonly batchSize: number;
  readonly perEventMs: number;
  readonly coalescedMs: number;
}

/**
 * Times `plot.stream` on a shown plot whose source is full (steady state): `rows` rows one call each, then the
 * same rows in batches of `batchSize` (the events of one frame). Painting is left out: it happens at most once per
 * frame either way.
 */
export async function measureStreamCost(rows: number, batchSize: number, rollover: number): Promise<StreamCostResult> {
  const plot = await mountPlot(rollover);
  const column = (offset: number, count: number) => Array.from({ length: count }, (_, i) => (offset + i) % 100);
  plot.stream({ x: column(0, rollover), y: column(5, rollover), t: column(0, rollover), n: column(0, rollover) });
  const timed = (batch: number): number => {
    const start = performance.now();
    for (let sent = 0; sent < rows; sent += batch) {
      const size = Math.min(batch, rows - sent);
      plot.stream({ x: column(sent, size), y: column(sent + 5, size), t: column(0, size), n: column(sent, size) });
    }
    return performance.now() - start;
  };
  timed(batchSize); // warm up
  const perEventMs = timed(1);
  await nextFrame();
  const coalescedMs = timed(batchSize);
  plot.remove();
  return { rows, batchSize, perEventMs, coalescedMs };
}

Object.assign(window, { runPlotBench, measureStreamCost });
