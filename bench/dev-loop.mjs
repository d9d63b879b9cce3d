// Measures `npm start`'s dev loop: ms from launch to the printed URL (dist/ build skipped), and ms from saving a
// watched source file to the reloaded example page in headless Chromium; medians of five runs each.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../scripts/chromium.mjs";
import { serveExamples } from "../scripts/dev-server.mjs";
import { freePort } from "../scripts/free-port.mjs";

const runs = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** ms from spawning scripts/start.mjs to its URL line. */
async function timeToUrl() {
  const began = performance.now();
  const env = { ...process.env, PORT: String(await freePort()), RIVULET_NO_BUILD: "1" };
  const start = spawn("node", ["scripts/start.mjs"], { env });
  await new Promise((resolve) => start.stdout.on("data", (chunk) => /main example/.test(chunk) && resolve()));
  const elapsed = performance.now() - began;
  await new Promise((resolve) => start.once("exit", resolve).kill("SIGTERM"));
  return elapsed;
}

/** ms from saving stream/index.ts (same text) to the `load` of the reloaded page. */
async function timeToReload(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => customElements.get("riv-rate") !== undefined);
  const reloaded = page.waitForEvent("load");
  const began = performance.now();
  writeFileSync("stream/index.ts", readFileSync("stream/index.ts", "utf8"));
  await reloaded;
  return performance.now() - began;
}

const urlTimes = [];
for (let run = 0; run < runs; run++) urlTimes.push(await timeToUrl());
const server = await serveExamples({ hostname: "127.0.0.1", live: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
const reloadTimes = [];
for (let run = 0; run < runs; run++) reloadTimes.push(await timeToReload(page, `${server.url}/examples/image-events/`));
await browser.close();
await server.stop();
console.table({
  "launch → URL printed": { "median ms": Math.round(median(urlTimes)), runs },
  "saved edit → page reloaded": { "median ms": Math.round(median(reloadTimes)), runs },
});
