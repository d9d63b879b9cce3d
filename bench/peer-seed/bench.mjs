// `npm run bench:peer`: the write-up's pipeline (Panel + HoloViews + streamz, bench/peer-seed/app.py) against
// rivulet's main example, in the same headless Chromium with the same trusted pointer path at 100, 1,000 and
// 10,000 moves/s. Prints, per pipeline and rate: moves that reached the stream and were lost, input-to-pixel latency
// p50/p99, the busiest second, and the CPU time of the page and of the server process; then rivulet's ratios.
// Latency is measured the same way in both pages (probe.mjs): from a move's event timeStamp to the first animation
// frame after a plot's data source gained its point. CPU: the page's CDP TaskDuration and /proc/<pid>/stat of the
// server process (the Python app; for rivulet, the dev server in a child process).
// Usage: node bench/peer-seed/bench.mjs [--seconds=4] (needs dist/: `npm run bench:peer` builds it first).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { installInputToPixelProbe } from "./probe.mjs";
import { peerFigureView, startPeerSeed } from "./serve.mjs";

const secondsArgument = process.argv.find((given) => given.startsWith("--seconds="))?.slice("--seconds=".length);
const seconds = Number(secondsArgument ?? 4);
if (!(seconds > 0)) {
  console.error(`peer-bench: --seconds=${secondsArgument} is not a positive number; use e.g. --seconds=4`);
  process.exit(1);
}
const rates = [100, 1_000, 10_000];
/** A pipeline keeps up with a rate when at least this share of the moves reaches its stream. */
const keepsUp = 0.9;
/** The run is over once no new point has been drawn for this long (the peer drains its queue after the input). */
const quietMs = 1_500;
const drainGuardMs = 30_000;
const clockTicks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** CPU seconds (user + system, all threads) a process has used, from /proc/<pid>/stat. */
function processCpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Serves the examples from a child process (the project's dev server), so its CPU time is its own. */
async function startDevServer() {
  const code = `const { serveExamples } = await import("./scripts/dev-server.mjs");
    const server = await serveExamples({ hostname: "127.0.0.1" });
    console.log("serving " + server.url);
    process.once("SIGTERM", () => server.stop().then(() => process.exit(0)));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = await new Promise((resolve, reject) => {
    void exited.then((status) => reject(new Error(`peer-bench: the dev server exited with ${status}`)));
    createInterface({ input: child.stdout }).on(
      "line",
      (line) => line.startsWith("serving ") && resolve(line.slice(8)),
    );
  });
  return { url, pid: child.pid, stop: () => (child.kill("SIGTERM"), exited) };
}

/** In the page: the plot's view once BokehJS has laid it out, found the way each page exposes it. */
const findView = {
  rivulet: () => {
    const view = document.querySelector("riv-plot#trail")?.view;
    return view !== undefined && view.frame.bbox.width > 0 ? view : null;
  },
  peer: peerFigureView,
};

/** Opens a pipeline's page, attaches the probe to its plot and resolves to the page and its data area. */
async function openPage(browser, pipeline) {
  const page = await browser.newPage({ viewport: { width: 940, height: 800 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.addInitScript(installInputToPixelProbe);
  await page.goto(pipeline.url);
  const view = await page.waitForFunction(findView[pipeline.name], undefined, { timeout: 120_000 });
  const area = await page.evaluate((view) => {
    window.inputToPixel.attach(view);
    const rect = view.canvas_view.el.getBoundingClientRect();
    const { left, top, width, height } = view.frame.bbox;
    return { left: rect.left + left, top: rect.top + top, width, height };
  }, view);
  await view.dispose();
  return { page, area, errors };
}

/** The `i`th position of a raster over `area` (inset 5 px): one pixel apart, none repeated within a run. */
function pathPoint(area, i) {
  const width = Math.floor(area.width) - 10;
  const height = Math.floor(area.height) - 10;
  return { x: Math.ceil(area.left) + 5 + (i % width), y: Math.ceil(area.top) + 5 + (Math.floor(i / width) % height) };
}

/**
 * Sends trusted moves along the path at `rate` per second for `seconds`, without waiting for each to be handled
 * (Chromium acknowledges moves once per frame) but with at most `mostInFlight` unanswered and 50 ms' worth at once:
 * moves the driver falls behind on are skipped, not sent later in a burst. Resolves to how many were sent, and their
 * rate.
 */
async function drive(cdp, area, rate) {
  const mostInFlight = 2_000;
  const mostAtOnce = Math.max(1, rate / 20);
  const start = performance.now();
  const end = start + seconds * 1000;
  const pending = new Set();
  let sent = 0;
  let skipped = 0;
  while (performance.now() < end) {
    const owed = Math.floor(((performance.now() - start) * rate) / 1000) - sent - skipped;
    const now = Math.min(owed, mostAtOnce, mostInFlight - pending.size);
    skipped += owed - now;
    for (let i = 0; i < now; i += 1, sent += 1) {
      const move = cdp.send("Input.dispatchMouseEvent", { type: "mouseMoved", ...pathPoint(area, sent) });
      pending.add(move);
      void move.finally(() => pending.delete(move));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const sentPerSecond = (sent * 1000) / (performance.now() - start);
  await Promise.all(pending);
  return { sent, sentPerSecond };
}

/** Polls the page until it has drawn nothing new for `quietMs`. */
async function drained(page) {
  const guard = performance.now() + drainGuardMs;
  let drawn = -1;
  let since = performance.now();
  while (performance.now() < guard) {
    const now = await page.evaluate(() => window.inputToPixel.result().drawn);
    if (now !== drawn) [drawn, since] = [now, performance.now()];
    else if (performance.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** One pipeline at one rate in a fresh page: drives it, waits for it to drain, and measures. */
async function measure(browser, pipeline, rate) {
  const { page, area, errors } = await openPage(browser, pipeline);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskSeconds = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "TaskDuration").value;
  await page.evaluate(() => window.inputToPixel.reset());
  const ratesBefore = pipeline.rates?.length ?? 0;
  const [pageBefore, serverBefore] = [await taskSeconds(), processCpuSeconds(pipeline.pid)];
  const { sent, sentPerSecond } = await drive(cdp, area, rate);
  await drained(page);
  const [pageAfter, serverAfter] = [await taskSeconds(), processCpuSeconds(pipeline.pid)];
  const probe = await page.evaluate(() => window.inputToPixel.result());
  await cdp.detach();
  await page.close();
  if (errors.length > 0)
    throw new Error(`peer-bench: ${pipeline.name} at ${rate}/s: page errors:\n${errors.join("\n")}`);
  // The peer's stream counts what reached it (streamz prints it each second); rivulet's feeds the plot losslessly,
  // so what it drew is what reached it.
  const delivered = pipeline.rates ? pipeline.rates.slice(ratesBefore).reduce((sum, n) => sum + n, 0) : probe.drawn;
  return {
    pipeline: pipeline.name,
    rate,
    sent,
    sentPerSecond,
    ...probe,
    delivered: Math.min(delivered, sent),
    p50: percentile(probe.latencies, 0.5),
    p99: percentile(probe.latencies, 0.99),
    pageCpuMs: (pageAfter - pageBefore) * 1000,
    serverCpuMs: (serverAfter - serverBefore) * 1000,
  };
}

const fixed = (value, digits = 0) => (value === undefined ? "n/a" : value.toFixed(digits));
const percent = (part, whole) => `${fixed((100 * part) / whole, 1)}%`;

function printTable(results) {
  const head = [
    "pipeline",
    "moves/s asked (sent)",
    "reached page",
    "reached stream",
    "lost",
    "drawn",
    "p50 ms",
    "p99 ms",
    "busiest s",
    "page CPU ms",
    "server CPU ms",
    "keeps up",
  ];
  const rows = results.map((r) => [
    r.pipeline === "peer" ? "Panel+HoloViews+streamz" : "rivulet",
    `${r.rate} (${fixed(r.sentPerSecond)})`,
    `${r.reachedPage} (${r.dispatched})`,
    String(r.delivered),
    `${r.sent - r.delivered} (${percent(r.sent - r.delivered, r.sent)})`,
    String(r.drawn),
    fixed(r.p50, 1),
    fixed(r.p99, 1),
    String(r.ceiling),
    fixed(r.pageCpuMs),
    fixed(r.serverCpuMs),
    r.delivered >= keepsUp * r.sent ? "yes" : `no: loses ${percent(r.sent - r.delivered, r.sent)}`,
  ]);
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  for (const row of [head, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  "));
}

function printRatios(results) {
  console.log(
    "\nrivulet against the peer (same rate, same run): moves reached, p50/p99 latency, page and server CPU per move reached",
  );
  for (const rate of rates) {
    const [ours, peer] = ["rivulet", "peer"].map((name) => results.find((r) => r.pipeline === name && r.rate === rate));
    const perMove = (r, key) => r[key] / Math.max(1, r.delivered);
    console.log(
      `${String(rate).padStart(6)}/s  reached ${fixed(ours.delivered / Math.max(1, peer.delivered), 1)}x  ` +
        `p50 ${fixed(peer.p50 / ours.p50, 1)}x lower  p99 ${fixed(peer.p99 / ours.p99, 1)}x lower  ` +
        `page CPU/move ${fixed(perMove(peer, "pageCpuMs") / perMove(ours, "pageCpuMs"), 1)}x less  ` +
        `server CPU ${fixed(ours.serverCpuMs)} ms against ${fixed(peer.serverCpuMs)} ms`,
    );
  }
}

const load = () => loadavg()[0].toFixed(1);
const loadAtStart = load();
const devServer = await startDevServer();
const peer = await startPeerSeed();
const browser = await chromium.launch(chromiumLaunchOptions());
const browserVersion = browser.version();
const results = [];
try {
  const pipelines = [
    { name: "rivulet", url: `${devServer.url}/examples/mouse-movements/`, pid: devServer.pid },
    { name: "peer", url: peer.url, pid: peer.pid, rates: peer.rates },
  ];
  for (const rate of rates) for (const pipeline of pipelines) results.push(await measure(browser, pipeline, rate));
} finally {
  await browser.close();
  await Promise.all([devServer.stop(), peer.stop()]);
}
console.log(
  `\nrivulet's main example against the write-up's pipeline, ${seconds} s per run, headless Chromium ` +
    `${browserVersion}, load average ${loadAtStart} at the start and ${load()} at the end`,
);
printTable(results);
printRatios(results);
