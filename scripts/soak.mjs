// `npm run soak`: builds rivulet, serves the main example and drives it in headless Chromium with trusted pointer
// moves at 1,000 events/s for SOAK_MINUTES (default 10). Every 10 s it collects garbage and prints heap, DOM nodes,
// listeners and frame times; it exits with 1 if the heap has not levelled off or the page reported an error.
import { spawnSync } from "node:child_process";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "./chromium.mjs";
import { serveExamples } from "./dev-server.mjs";

const eventsPerSecond = 1_000;
const sampleEveryMs = 10_000;
/** The heap has levelled off when, over the last third of the run, its fitted growth is under 5% of its mean. */
const levelledGrowth = 0.05;

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
if (!(minutes >= 1)) {
  console.error(`soak: SOAK_MINUTES "${process.env.SOAK_MINUTES}" is under 1; use e.g. SOAK_MINUTES=1 for a check`);
  process.exit(1);
}

/** In the page: records the time between animation frames until `soakFrames.stop()`. */
function recordFrames() {
  const deltas = [];
  let last = performance.now();
  let frame = requestAnimationFrame(function tick(now) {
    deltas.push(now - last);
    last = now;
    frame = requestAnimationFrame(tick);
  });
  window.soakFrames = { take: () => deltas.splice(0), stop: () => cancelAnimationFrame(frame) };
}

/** In the page: the plot's data area in page coordinates, once BokehJS has laid it out and drawn a canvas. */
function plotArea() {
  const plot = document.querySelector("riv-plot");
  const findCanvas = (root) => {
    for (const element of root.querySelectorAll("*")) {
      if (element.tagName === "CANVAS") return element;
      const inner = element.shadowRoot ? findCanvas(element.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const canvas = plot?.shadowRoot ? findCanvas(plot.shadowRoot) : null;
  const bbox = plot?.view?.frame.bbox;
  if (!canvas || !bbox || bbox.width === 0) return null;
  const { left, top } = canvas.getBoundingClientRect();
  return { left: left + bbox.left, top: top + bbox.top, width: bbox.width, height: bbox.height };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Least-squares slope of `ys` over `xs`. */
function slope(xs, ys) {
  const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/**
 * Moves the pointer along a Lissajous curve over `area` at `eventsPerSecond` until `until` (performance.now()
 * ms), each move a trusted input event; resolves to how many moves were sent.
 */
async function drivePointer(page, area, until) {
  const start = performance.now();
  let sent = 0;
  while (performance.now() < until) {
    const due = Math.floor(((performance.now() - start) * eventsPerSecond) / 1000);
    const batch = [];
    for (; sent < due; sent += 1) {
      const t = sent / 500;
      const x = area.left + area.width * (0.5 + 0.45 * Math.sin(3 * t));
      const y = area.top + area.height * (0.5 + 0.45 * Math.sin(2 * t + 0.5));
      batch.push(page.mouse.move(x, y));
    }
    await Promise.all(batch);
    if (batch.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return sent;
}

/** Reads the page's frame times since the last sample, collects garbage, then reads heap and DOM counters. */
async function sample(page, cdp) {
  const frames = (await page.evaluate(() => window.soakFrames.take())).sort((a, b) => a - b);
  const shown = await page.evaluate(() => ({
    rate: document.querySelector("riv-rate").value,
    points: document.querySelector("riv-plot").source.length,
  }));
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
  // The frame the forced collection held up is the soak's doing, not the page's: drop it.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => resolve(window.soakFrames.take().length))),
  );
  return {
    heapMiB: usedSize / 2 ** 20,
    nodes,
    listeners: jsEventListeners,
    frames: frames.length,
    p50: percentile(frames, 0.5),
    p99: percentile(frames, 0.99),
    max: frames.at(-1) ?? 0,
    ...shown,
  };
}

/** The table's columns: a title and how a sample shows in it. */
const columns = [
  ["t s", (s) => s.t],
  ["sent/s", (s) => s.sentPerSecond.toFixed(0)],
  ["rate shown", (s) => s.rate],
  ["points", (s) => s.points],
  ["heap MiB", (s) => s.heapMiB.toFixed(2)],
  ["DOM nodes", (s) => s.nodes],
  ["listeners", (s) => s.listeners],
  ["frame p50", (s) => s.p50.toFixed(1)],
  ["frame p99", (s) => s.p99.toFixed(1)],
  ["frame max", (s) => s.max.toFixed(1)],
];
const row = (cells) => cells.map((cell, i) => String(cell).padStart(i === 0 ? 6 : 11)).join(" ");

/** Opens the main example and waits for its plot; page errors are collected into `errors`. */
async function openExample(browser, url, errors) {
  const page = await browser.newPage({ viewport: { width: 940, height: 800 } });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    const { url: source } = message.location();
    // The browser asks for /favicon.ico on its own; the example has none.
    if (message.type() === "error" && !source.endsWith("/favicon.ico")) errors.push(`${message.text()} ${source}`);
  });
  await page.goto(`${url}/examples/mouse-movements/`);
  const area = await (await page.waitForFunction(plotArea)).jsonValue();
  return { page, area };
}

/** Drives the example for `minutes`, printing a row every 10 s; resolves to the samples and the page's errors. */
async function soak(url) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const errors = [];
  try {
    const { page, area } = await openExample(browser, url, errors);
    await page.evaluate(recordFrames);
    const cdp = await page.context().newCDPSession(page);
    console.log(`soak: ${minutes} min of pointer moves at ${eventsPerSecond}/s over ${url}/examples/mouse-movements/`);
    console.log(row(columns.map(([title]) => title)));
    const samples = [];
    const start = performance.now();
    for (let t = sampleEveryMs; t <= minutes * 60_000; t += sampleEveryMs) {
      const began = performance.now();
      const sent = await drivePointer(page, area, start + t);
      const sentPerSecond = (sent * 1000) / (performance.now() - began);
      const s = { t: t / 1000, sentPerSecond, ...(await sample(page, cdp)) };
      samples.push(s);
      console.log(row(columns.map(([, show]) => show(s))));
    }
    await page.evaluate(() => window.soakFrames.stop());
    await cdp.detach();
    return { samples, errors };
  } finally {
    await browser.close();
  }
}

/** Whether the heap levelled off: its fitted growth over the last third of the samples, against its mean there. */
function verdict(samples) {
  const last = samples.slice(-Math.max(3, Math.ceil(samples.length / 3)));
  const minutesOf = last.map((s) => s.t / 60);
  const heaps = last.map((s) => s.heapMiB);
  const perMinute = slope(minutesOf, heaps);
  const span = minutesOf.at(-1) - minutesOf[0];
  const mean = heaps.reduce((sum, h) => sum + h, 0) / heaps.length;
  const growth = (perMinute * span) / mean;
  return {
    perMinuteKiB: perMinute * 1024,
    growth,
    levelled: growth < levelledGrowth,
    window: `${last[0].t}-${last.at(-1).t} s`,
  };
}

if (spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
const server = await serveExamples({ hostname: "127.0.0.1" });
let result;
try {
  result = await soak(server.url);
} finally {
  await server.stop();
}
const { perMinuteKiB, growth, levelled, window } = verdict(result.samples);
console.log(
  `heap over ${window}: ${perMinuteKiB.toFixed(0)} KiB/min, growth ${(growth * 100).toFixed(1)}% of its mean ` +
    `(levelled off below ${levelledGrowth * 100}%): ${levelled ? "levelled off" : "STILL GROWING"}`,
);
for (const error of result.errors) console.error(`page error: ${error}`);
process.exitCode = levelled && result.errors.length === 0 ? 0 : 1;
