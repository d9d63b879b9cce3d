// Per-event cost in headless Chromium: serializeEvent alone per event family, and a DOM dispatch through a
// ReactiveHTML binding into a queue (domEvents, onEvent, onEvent with a rate policy), in ns per event.
// Usage: node bench/browser/event-bench.mjs [--events=100000] [--rounds=7]
import { serveExamples } from "../../scripts/dev-server.mjs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";

const option = (name, fallback) => {
  const argument = process.argv.find((one) => one.startsWith(`--${name}=`));
  const value = argument ? Number(argument.slice(name.length + 3)) : fallback;
  if (!(Number.isInteger(value) && value > 0)) {
    console.error(`event-bench: ${argument} is not a positive integer; use e.g. --${name}=${fallback}`);
    process.exit(1);
  }
  return value;
};
const events = option("events", 100_000);
const rounds = option("rounds", 7);

const server = await serveExamples({ hostname: "127.0.0.1", alsoServe: ["bench"] });
const browser = await chromium.launch(chromiumLaunchOptions());
let costs;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${server.port}/bench/browser/event-bench.html`);
  await page.waitForFunction(() => typeof window.runEventBench === "function");
  costs = await page.evaluate(([count, times]) => window.runEventBench(count, times), [events, rounds]);
  if (errors.length > 0) throw new Error(`event-bench: the page reported errors:\n${errors.join("\n")}`);
} finally {
  await browser.close();
  await server.stop();
}

console.log(`\nper-event cost in headless Chromium, ${events} events per round, median of ${rounds} rounds`);
console.table(Object.entries(costs).map(([what, ns]) => ({ what, "ns/event": Math.round(ns) })));
