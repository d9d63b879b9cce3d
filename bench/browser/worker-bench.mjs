// Browser benchmark of rivulet/worker in headless Chromium: the graph of examples/worker with its heavy step in a Web
// Worker against the same graph on the main thread, same run, synthetic pointer samples at 1,000 events/s; and, as a
// peer at the sustainable busy time, the worker with the bridge flushing once per frame each way (the example's
// batching before it posted results as soon as a batch was processed). Reports frames/s, long tasks (over 50 ms),
// messages per second each way and input-to-plot latency p50/p99 (a sample's time stamp to the frame after its
// result reaches the plot), and main-thread / worker ratios. Usage:
// node bench/browser/worker-bench.mjs [--seconds=4] [--busy-ms=0.5]. Exits with 1 when the worker misses a target.
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { serveExamples } from "../../scripts/dev-server.mjs";

const argument = (name, fallback) => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = given === undefined ? fallback : Number(given.slice(name.length + 3));
  if (!(value > 0)) {
    console.error(`worker-bench: ${given} is not a positive number; use e.g. --${name}=${fallback}`);
    process.exit(1);
  }
  return value;
};
const seconds = argument("seconds", 4);
const rate = 1_000;
/** Busy time per event: at 1,000 events/s, 0.5 ms keeps one thread half busy, which a worker can sustain. */
const busyLevels = [argument("busy-ms", 0.5), 2];
/** The bridge's flushes as examples/worker has them (main.ts: samples out, worker.ts: results back). */
const exampleFlush = { inputFlush: "microtask", resultsFlush: 0 };
/** The peer: one message per animation frame out, one per 16 ms back. */
const frameFlush = { inputFlush: "frame", resultsFlush: "frame" };

const server = await serveExamples({ hostname: "127.0.0.1", alsoServe: ["bench"] });
const browser = await chromium.launch(chromiumLaunchOptions());

/** Runs one configuration in a fresh page. */
async function measure(run) {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.port}/bench/browser/worker-bench.html`);
  await page.waitForFunction(() => typeof window.runWorkerBench === "function");
  const result = await page.evaluate((options) => window.runWorkerBench(options), { ...run, rate, seconds });
  await page.close();
  if (errors.length > 0) throw new Error(`worker-bench: ${run.mode}: the page reported errors:\n${errors.join("\n")}`);
  return { ...run, ...result, fps: result.frames / seconds };
}

const runs = busyLevels.flatMap((busyMs, level) => [
  { mode: "worker", busyMs, ...exampleFlush },
  ...(level === 0 ? [{ mode: "worker", busyMs, ...frameFlush, peer: true }] : []),
  { mode: "main", busyMs, ...exampleFlush },
]);
const results = [];
try {
  for (const run of runs) results.push(await measure(run));
} finally {
  await browser.close();
  await server.stop();
}

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const longTasks = (r) => `${r.longTasksMs.length} (${fixed(Math.max(0, ...r.longTasksMs), 0)})`;
console.log(`\nrivulet/worker in headless Chromium: ${rate} events/s for ${seconds} s, worker against main thread`);
console.table(
  results.map((r) => ({
    run: `${r.mode === "worker" ? "Web Worker" : "main thread"}${r.peer ? ", flush per frame" : ""}, ${r.busyMs} ms/event`,
    events: r.events,
    drawn: r.drawn,
    "frames/s": fixed(r.fps),
    "long tasks (max ms)": longTasks(r),
    "messages/s out/back":
      r.mode === "worker" ? `${fixed(r.messagesOut / seconds, 0)}/${fixed(r.messagesBack / seconds, 0)}` : "–",
    "latency p50/p99 ms": `${fixed(r.latencyP50Ms)}/${fixed(r.latencyP99Ms)}`,
  })),
);
console.log("main thread / worker, same busy time");
console.table(
  busyLevels.map((busyMs) => {
    const [worker, main] = ["worker", "main"].map((mode) =>
      results.find((r) => r.mode === mode && r.busyMs === busyMs && !r.peer),
    );
    return {
      "ms/event": busyMs,
      "frames/s": `${fixed(main.fps / worker.fps, 2)}x`,
      "long tasks": `${main.longTasksMs.length} vs ${worker.longTasksMs.length}`,
      "latency p50": `${fixed(main.latencyP50Ms / worker.latencyP50Ms, 1)}x`,
      "latency p99": `${fixed(main.latencyP99Ms / worker.latencyP99Ms, 1)}x`,
    };
  }),
);
const sustainable = results.find((r) => r.mode === "worker" && r.busyMs === busyLevels[0] && !r.peer);
const perFrame = results.find((r) => r.peer);
console.log(
  `flush per frame / the example's flushes, worker at ${busyLevels[0]} ms/event: latency p50 ` +
    `${fixed(perFrame.latencyP50Ms / sustainable.latencyP50Ms, 1)}x, p99 ${fixed(perFrame.latencyP99Ms / sustainable.latencyP99Ms, 1)}x`,
);
const frameMs = 1000 / 60;
const targets = [
  [`no long task with the worker at ${busyLevels[0]} ms/event`, sustainable.longTasksMs.length === 0],
  [`worker p99 latency under two frames (${fixed(2 * frameMs)} ms)`, sustainable.latencyP99Ms < 2 * frameMs],
  ["every event drawn with the worker", sustainable.drawn === sustainable.events],
];
for (const [target, met] of targets) console.log(`${met ? "met   " : "MISSED"}  ${target}`);
process.exitCode = targets.every(([, met]) => met) ? 0 : 1;
