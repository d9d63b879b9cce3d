// Browser benchmark of the main example's pipeline in headless Chromium: synthetic pointer samples at 1,000 and
// 10,000 events/s for 5 s through queue -> fromQueue -> plot.streamSink() (+ the timedWindow rate readout).
// Reports main-thread time per frame (CDP TaskDuration), long tasks, events lost and late, and the cost per event
// of frame-coalesced streaming against one source.stream call per event, sustained and as plot.stream alone. Usage: node bench/browser/plot-bench.mjs
// [--seconds=5]. Exits with 1 when a target is missed.
import { serveExamples } from "../../scripts/dev-server.mjs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";

const secondsArgument = process.argv.find((argument) => argument.startsWith("--seconds="));
const seconds = secondsArgument ? Number(secondsArgument.slice("--seconds=".length)) : 5;
if (!(seconds > 0)) {
  console.error(`plot-bench: --seconds=${secondsArgument} is not a positive number; use e.g. --seconds=5`);
  process.exit(1);
}

// The main example keeps 2,000 points (examples/mouse-movements/index.html); 10,000 is riv-plot's default.
const runs = [
  { name: "coalesced 1k/s", rate: 1_000, mode: "coalesced", rollover: 2_000 },
  { name: "coalesced 10k/s", rate: 10_000, mode: "coalesced", rollover: 2_000 },
  { name: "coalesced 10k/s, rollover 10k", rate: 10_000, mode: "coalesced", rollover: 10_000 },
  { name: "per-event 1k/s", rate: 1_000, mode: "per-event", rollover: 2_000 },
];
/** Rows per frame at 1,000 and 10,000 events/s and 60 frames/s. */
const costBatches = [17, 167];

// Without a port the dev server finds a free one itself.
const server = await serveExamples({ hostname: "127.0.0.1", alsoServe: ["bench"] });
const { port } = server;
const browser = await chromium.launch(chromiumLaunchOptions());

/** Runs one configuration in a fresh page and adds the main-thread time Chromium measured. */
async function measure(run) {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on(
    "console",
    (message) => message.type() === "error" && errors.push(`${message.text()} ${message.location().url}`),
  );
  await page.goto(`http://127.0.0.1:${port}/bench/browser/plot-bench.html`);
  await page.waitForFunction(() => typeof window.runPlotBench === "function");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskSeconds = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "TaskDuration").value;
  const before = await taskSeconds();
  const result = await page.evaluate((options) => window.runPlotBench(options), { ...run, seconds });
  const taskMs = ((await taskSeconds()) - before) * 1000;
  await page.close();
  if (errors.length > 0) throw new Error(`plot-bench: ${run.name}: the page reported errors:\n${errors.join("\n")}`);
  return { ...run, ...result, taskMs, msPerFrame: taskMs / result.frames, usPerEvent: (taskMs * 1000) / result.events };
}

/** Times `plot.stream` one row per call against frame-sized batches, in a fresh page. */
async function measureStreamCost(batchSize) {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await page.goto(`http://127.0.0.1:${port}/bench/browser/plot-bench.html`);
  await page.waitForFunction(() => typeof window.measureStreamCost === "function");
  const cost = await page.evaluate(
    ([rows, batch]) => window.measureStreamCost(rows, batch, 10_000),
    [3_000, batchSize],
  );
  await page.close();
  return cost;
}

const results = [];
const costs = [];
try {
  for (const run of runs) results.push(await measure(run));
  for (const batchSize of costBatches) costs.push(await measureStreamCost(batchSize));
} finally {
  await browser.close();
  await server.stop();
}

const fixed = (value, digits = 2) => value.toFixed(digits);
console.log(`\nrivulet plot pipeline in headless Chromium, ${seconds} s per run`);
console.table(
  results.map((r) => ({
    run: r.name,
    events: r.events,
    drawn: r.drawn,
    lost: r.events - r.drawn,
    "late (missed frame)": r.lateEvents,
    frames: r.frames,
    "stream calls": r.streamCalls,
    "main thread ms/frame": fixed(r.msPerFrame),
    "µs/event": fixed(r.usPerEvent),
    "latency p50/p99/max ms": `${fixed(r.latencyP50Ms, 1)}/${fixed(r.latencyP99Ms, 1)}/${fixed(r.latencyMaxMs, 1)}`,
    "long tasks (max ms)": `${r.longTasksMs.length} (${fixed(Math.max(0, ...r.longTasksMs), 0)})`,
    "rate shown": r.lastRate,
  })),
);

console.log("\nplot.stream cost, source full at 10,000 rows (painting excluded: at most once per frame either way)");
console.table(
  costs.map((c) => ({
    "rows per frame": c.batchSize,
    "µs/event, one call per event": fixed((c.perEventMs * 1000) / c.rows),
    "µs/event, one call per frame": fixed((c.coalescedMs * 1000) / c.rows),
    ratio: `${fixed(c.perEventMs / c.coalescedMs, 1)}x`,
  })),
);
const byName = Object.fromEntries(results.map((r) => [r.name, r]));
const sustainedRatio = byName["per-event 1k/s"].usPerEvent / byName["coalesced 1k/s"].usPerEvent;
console.log(`sustained 1k/s main-thread time per event, per-event / coalesced: ${fixed(sustainedRatio, 1)}x`);
const ratio = Math.min(...costs.map((c) => c.perEventMs / c.coalescedMs));
const fast = byName["coalesced 10k/s"];
const targets = [
  ["no event lost up to the rollover", results.every((r) => r.mode !== "coalesced" || r.drawn === r.events)],
  ["every event drawn in the next animation frame", results.every((r) => r.mode !== "coalesced" || r.lateEvents === 0)],
  ["no long task over 50 ms at 10,000 events/s", fast.longTasksMs.every((ms) => ms <= 50)],
  [`frame-coalesced streaming ≥10x cheaper per event (measured ≥${fixed(ratio, 1)}x)`, ratio >= 10],
];
for (const [target, met] of targets) console.log(`${met ? "met   " : "MISSED"}  ${target}`);
process.exitCode = targets.every(([, met]) => met) ? 0 : 1;
