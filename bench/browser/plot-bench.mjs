// Browser benchmark of the main example's pipeline in headless Chromium: synthetic pointer samples at 1,000 and
// 10,000 events/s for 5 s through queue -> fromQueue -> plot.streamSink() (+ the timedWindow rate readout), and
// the canvas against the WebGL backend at 10,000 events/s for 10 s with rollover 10,000 and 100,000.
// Reports frames per second, main-thread time per frame (CDP TaskDuration), long tasks, events lost and late, and
// the cost per event of frame-coalesced streaming against one source.stream call per event, sustained and as
// plot.stream alone, with the scatter drawn as BokehJS markers and as one raster picture (rasterize). Usage:
// node bench/browser/plot-bench.mjs [--seconds=5] [--only=webgl] [--profile] [--long-tasks] [--crossover]
// (--only runs the runs whose name contains it; --profile records a CPU profile of each run into bench-output/ and
// prints where its main-thread time went; --long-tasks lists when each long task began, and with --profile what ran in
// each; --crossover runs instead BokehJS's markers against the picture with a full source of 250 to 2,000 rows, each
// backend: where `rasterRows` and `webglRasterRows` come from). Exits with 1 when a target is missed.
import { mkdirSync, writeFileSync } from "node:fs";
import { serveExamples } from "../../scripts/dev-server.mjs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";

const argument = (name) => process.argv.find((given) => given.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = argument("only");
const profiling = process.argv.includes("--profile");
const listingLongTasks = process.argv.includes("--long-tasks");
const crossover = process.argv.includes("--crossover");
const secondsArgument = process.argv.find((argument) => argument.startsWith("--seconds="));
const seconds = secondsArgument ? Number(secondsArgument.slice("--seconds=".length)) : 5;
if (!(seconds > 0)) {
  console.error(`plot-bench: --seconds=${secondsArgument} is not a positive number; use e.g. --seconds=5`);
  process.exit(1);
}

// The main example keeps 2,000 points (examples/mouse-movements/index.html); 10,000 is riv-plot's default. The
// backend runs last 10 s at least: at 10,000 events/s that is what it takes to fill 100,000 rows.
const canvas = { backend: "canvas" };
const runs = [
  { name: "coalesced 1k/s", rate: 1_000, mode: "coalesced", rollover: 2_000, ...canvas },
  { name: "coalesced 10k/s", rate: 10_000, mode: "coalesced", rollover: 2_000, ...canvas },
  { name: "per-event 1k/s", rate: 1_000, mode: "per-event", rollover: 2_000, ...canvas },
];
const backendSeconds = Math.max(seconds, 10);
// "markers" are BokehJS's own (rasterize="off"); "canvas, no outline" draws them without stroking each one: what
// the outline costs. "raster" is the default (rasterize="auto"): from 2,000 rows the scatter is one picture.
const backends = [
  { label: "canvas markers", backend: "canvas", rasterize: "off" },
  { label: "webgl markers", backend: "webgl", rasterize: "off" },
  { label: "canvas markers, no outline", backend: "canvas", rasterize: "off", outline: false },
  { label: "canvas raster", backend: "canvas", rasterize: "auto" },
  { label: "webgl raster", backend: "webgl", rasterize: "auto" },
];
const backendRuns = [10_000, 100_000].flatMap((rollover) =>
  backends.map(({ label, ...backend }) => ({
    name: `${label}, 10k/s, rollover ${rollover / 1000}k`,
    rate: 10_000,
    mode: "coalesced",
    rollover,
    ...backend,
    seconds: backendSeconds,
    compare: true,
  })),
);
// Markers against the picture once the source is full, at 10,000 events/s (167 rows a frame, as many rolling over).
const crossoverRuns = [250, 500, 1_000, 2_000].flatMap((rollover) =>
  ["canvas", "webgl"].flatMap((backend) =>
    ["off", "on"].map((rasterize) => ({
      name: `${backend} ${rasterize === "on" ? "picture" : "markers"}, rollover ${rollover}`,
      rate: 10_000,
      mode: "coalesced",
      rollover,
      backend,
      rasterize,
      crossover: true,
    })),
  ),
);
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
  // The page's clock when the profile began, to find each long task in the profile.
  const profiledAtMs = profiling ? await startProfile(cdp, page) : 0;
  const before = await taskSeconds();
  const result = await page.evaluate((options) => window.runPlotBench(options), { seconds, ...run });
  const taskMs = ((await taskSeconds()) - before) * 1000;
  const profile = profiling ? await stopProfile(cdp, run.name) : undefined;
  await page.close();
  if (errors.length > 0) throw new Error(`plot-bench: ${run.name}: the page reported errors:\n${errors.join("\n")}`);
  if (listingLongTasks) {
    console.log(
      `${run.name}: long tasks, ms from the first event: duration ms`,
      result.longTasksMs.map((ms, i) => `${Math.round(result.longTasksAtMs[i])}:${Math.round(ms)}`).join(" "),
    );
    if (profile !== undefined) printLongTaskProfiles(profile, result, profiledAtMs);
  }
  return { ...run, ...result, taskMs, msPerFrame: taskMs / result.frames, usPerEvent: (taskMs * 1000) / result.events };
}

/** Starts the CPU profile; returns the page's `performance.now()` just after, which the profile's start matches. */
async function startProfile(cdp, page) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  return page.evaluate(() => performance.now());
}

/** Main-thread ms by function, self and with callees, of the profile's samples from `fromUs` to `toUs` (profile µs). */
function timeByFunction(profile, fromUs = -Infinity, toUs = Infinity) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = ({ callFrame: f }) =>
    `${f.functionName || "(anonymous)"} ${f.url.split("/").at(-1)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  const self = new Map();
  const total = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at > toUs) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    const seen = new Set();
    for (let frame = id; frame !== undefined; frame = parent.get(frame)) seen.add(key(byId.get(frame)));
    for (const frame of seen) total.set(frame, (total.get(frame) ?? 0) + ms);
  });
  const top = (map, count) =>
    [...map]
      .filter(([frame]) => !/^\((idle|program|root)\)/.test(frame))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([frame, ms]) => ({ function: frame.slice(0, 90), ms: Math.round(ms) }));
  return { self: (count) => top(self, count), total: (count) => top(total, count) };
}

/** Saves the run's CPU profile and prints the functions that took the most main-thread time, self and total. */
async function stopProfile(cdp, name) {
  const { profile } = await cdp.send("Profiler.stop");
  mkdirSync("bench-output", { recursive: true });
  const file = `bench-output/${name.replaceAll(/[^\w]+/g, "-")}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  const time = timeByFunction(profile);
  console.log(`\n${name}: CPU profile in ${file}; self time`);
  console.table(time.self(12));
  console.log(`${name}: total time (with callees)`);
  console.table(time.total(12));
  return profile;
}

/** Prints what ran during each long task: the functions with the most time, with callees, in its stretch of the profile. */
function printLongTaskProfiles(profile, result, profiledAtMs) {
  result.longTasksMs.forEach((ms, i) => {
    // The first sample is taken as the profiler starts; the profile's own startTime can lie well before it.
    const firstSampleUs = profile.startTime + (profile.timeDeltas[0] ?? 0);
    const startUs = firstSampleUs + (result.firstEventAtMs + result.longTasksAtMs[i] - profiledAtMs) * 1000;
    const time = timeByFunction(profile, startUs, startUs + ms * 1000);
    console.log(
      `long task at ${Math.round(result.longTasksAtMs[i])} ms, ${Math.round(ms)} ms: total time (with callees)`,
    );
    console.table(time.total(16));
  });
}

/** How many times the stream cost is timed, each in a fresh page: a garbage collection in a timing triples it. */
const costRepeats = 5;

/** Times `plot.stream` one row per call against frame-sized batches, `costRepeats` times; the median of each. */
async function measureStreamCost(batchSize) {
  const timings = [];
  for (let repeat = 0; repeat < costRepeats; repeat += 1) {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.goto(`http://127.0.0.1:${port}/bench/browser/plot-bench.html`);
    await page.waitForFunction(() => typeof window.measureStreamCost === "function");
    timings.push(
      await page.evaluate(([rows, batch]) => window.measureStreamCost(rows, batch, 10_000), [3_000, batchSize]),
    );
    await page.close();
  }
  const median = (key) => timings.map((timing) => timing[key]).sort((a, b) => a - b)[Math.floor(costRepeats / 2)];
  return { ...timings[0], perEventMs: median("perEventMs"), coalescedMs: median("coalescedMs") };
}

const results = [];
const costs = [];
try {
  const chosen = crossover ? crossoverRuns : [...runs, ...backendRuns];
  for (const run of chosen) if (!only || run.name.includes(only)) results.push(await measure(run));
  if (!only && !crossover) for (const batchSize of costBatches) costs.push(await measureStreamCost(batchSize));
} finally {
  await browser.close();
  await server.stop();
}

const fixed = (value, digits = 2) => value.toFixed(digits);
// Long tasks that began before the first event are the page starting (the plot's first render, riv-rate's): they are
// shown apart, and the targets are about the tasks while events stream.
const streaming = (r) => r.longTasksMs.filter((_, i) => r.longTasksAtMs[i] >= 0);
const startUp = (r) => r.longTasksMs.filter((_, i) => r.longTasksAtMs[i] < 0);
const count = (tasks) => `${tasks.length} (${fixed(Math.max(0, ...tasks), 0)})`;
const longTasks = (r) => count(streaming(r));
const pipeline = results.filter((r) => !r.compare && !r.crossover);
const compared = results.filter((r) => r.compare);
if (pipeline.length > 0) {
  console.log(`\nrivulet plot pipeline in headless Chromium, ${seconds} s per run`);
  console.table(
    pipeline.map((r) => ({
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
      "long tasks (max ms)": longTasks(r),
      "start-up long tasks": count(startUp(r)),
      "rate shown": r.lastRate,
    })),
  );
}
if (compared.length > 0) {
  console.log(`\ncanvas against WebGL, 10,000 events/s for ${backendSeconds} s (WebGL in software: SwiftShader)`);
  console.table(
    compared.map((r) => ({
      run: r.name,
      "frames/s": fixed((r.frames * 1000) / r.elapsedMs, 1),
      "long tasks (max ms)": longTasks(r),
      "start-up long tasks": count(startUp(r)),
      "first render ms": fixed(r.firstRenderMs, 0),
      "main thread ms/frame": fixed(r.msPerFrame),
      lost: r.events - r.drawn,
      "late (missed frame)": r.lateEvents,
      "latency p50/p99/max ms": `${fixed(r.latencyP50Ms, 1)}/${fixed(r.latencyP99Ms, 1)}/${fixed(r.latencyMaxMs, 1)}`,
    })),
  );
}
if (crossover) {
  console.log(`\nmarkers against the picture, source full, 10,000 events/s for ${seconds} s (WebGL in software)`);
  const frameMs = (r) => `${fixed(r.msPerFrame, 1)} (${fixed((r.frames * 1000) / r.elapsedMs, 1)} fps)`;
  const pairs = results.filter((r) => r.rasterize === "off");
  console.table(
    pairs.map((markers) => {
      const picture = results.find(
        (r) => r.rasterize === "on" && r.backend === markers.backend && r.rollover === markers.rollover,
      );
      return {
        rows: markers.rollover,
        backend: markers.backend,
        "markers ms/frame (fps)": frameMs(markers),
        "markers long tasks": longTasks(markers),
        "picture ms/frame (fps)": picture === undefined ? "–" : frameMs(picture),
        "picture long tasks": picture === undefined ? "–" : longTasks(picture),
        "markers / picture": picture === undefined ? "–" : `${fixed(markers.msPerFrame / picture.msPerFrame, 2)}x`,
      };
    }),
  );
}
if (costs.length > 0) {
  console.log(
    `\nplot.stream cost, source full at 10,000 rows, median of ${costRepeats} pages (painting excluded: at most once per frame either way)`,
  );
  console.table(
    costs.map((c) => ({
      "rows per frame": c.batchSize,
      "µs/event, one call per event": fixed((c.perEventMs * 1000) / c.rows),
      "µs/event, one call per frame": fixed((c.coalescedMs * 1000) / c.rows),
      ratio: `${fixed(c.perEventMs / c.coalescedMs, 1)}x`,
    })),
  );
}
const byName = Object.fromEntries(results.map((r) => [r.name, r]));
const perEvent = byName["per-event 1k/s"];
const coalesced = byName["coalesced 1k/s"];
if (perEvent && coalesced) {
  const sustainedRatio = perEvent.usPerEvent / coalesced.usPerEvent;
  console.log(`sustained 1k/s main-thread time per event, per-event / coalesced: ${fixed(sustainedRatio, 1)}x`);
}
const ratio = Math.min(...costs.map((c) => c.perEventMs / c.coalescedMs));
const noLongTask = (r) => streaming(r).every((ms) => ms <= 50);
// The targets hold for the plot as it comes (rasterize="auto"); the markers runs show what the picture saves.
const webgl100k = byName["webgl raster, 10k/s, rollover 100k"];
// The crossover's small sources roll over rows of a slow frame before they are drawn: its table is all it reports.
const targets = (
  crossover
    ? []
    : [
        ["no event lost up to the rollover", results.every((r) => r.mode !== "coalesced" || r.drawn === r.events)],
        [
          "every event drawn in the next animation frame",
          results.every((r) => r.mode !== "coalesced" || r.lateEvents === 0),
        ],
        ["no long task over 50 ms at 10,000 events/s, rollover 2,000", [byName["coalesced 10k/s"]]],
        [
          "no long task over 50 ms at 10,000 events/s, rollover 10,000, either backend",
          [byName["canvas raster, 10k/s, rollover 10k"], byName["webgl raster, 10k/s, rollover 10k"]],
        ],
        ["no long task over 50 ms with WebGL at 100,000 rows", [webgl100k]],
        [
          "every sample drawn in the next frame with WebGL at 100,000 rows",
          webgl100k === undefined ? [] : webgl100k.lateEvents === 0,
        ],
        [
          `frame-coalesced streaming ≥10x cheaper per event (measured ≥${fixed(ratio, 1)}x)`,
          costs.length > 0 && ratio >= 10,
        ],
      ]
)
  .map(([target, met]) => [target, Array.isArray(met) ? met.filter(Boolean) : met])
  .filter(([, met]) => !Array.isArray(met) || met.length > 0)
  .map(([target, met]) => [target, Array.isArray(met) ? met.every(noLongTask) : met]);
if (only) targets.pop();
for (const [target, met] of targets) console.log(`${met ? "met   " : "MISSED"}  ${target}`);
process.exitCode = targets.every(([, met]) => met) ? 0 : 1;
