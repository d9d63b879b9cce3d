// `npm run bench`: the size budget (scripts/bundle-sizes.mjs --check: gzip sizes against budgets), the stream
// runtime's Node benchmarks (bench/main.ts through tsx, against the sources in stream/), then the plot pipeline's
// benchmark in headless Chromium (bench/browser/plot-bench.mjs), then the per-event cost of serialization and
// dispatch into a queue (bench/browser/event-bench.mjs), then rivulet/worker against the main thread with heavy work
// per event (bench/browser/worker-bench.mjs), then the main example against the write-up's Panel +
// HoloViews + streamz pipeline (bench/peer-seed/bench.mjs, 3 s per run; it serves the example with rivulet from
// dist/, so it runs when dist/ is built: `npm run bench:peer` builds and runs it alone), then a small NATS load run
// (bench/nats-load/load.mjs: 10 pages × 20 samples/s for 3 s through a real nats-server; `npm run load` for more).
// Extra arguments go to the plot benchmark (e.g. `npm run bench -- --seconds=2`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (script, args = []) => spawnSync(process.execPath, [script, ...args], { stdio: "inherit" }).status === 0;

const sizeBudget = run("scripts/bundle-sizes.mjs", ["--check"]);
const nodeBench = spawnSync(process.execPath, ["--import", "tsx", "bench/main.ts"], { stdio: "inherit" }).status === 0;
const browserBench = run("bench/browser/plot-bench.mjs", process.argv.slice(2));
const eventBench = run("bench/browser/event-bench.mjs");
const workerBench = run("bench/browser/worker-bench.mjs");
let peerBench = true;
if (existsSync("dist/index.js")) peerBench = run("bench/peer-seed/bench.mjs", ["--seconds=3"]);
else console.log("\nbench: no dist/, so no peer benchmark; `npm run build` first, or run `npm run bench:peer`");
const loadArgs = ["--import", "tsx", "bench/nats-load/load.mjs", "--pages=10", "--rate=20", "--seconds=3"];
const natsLoad = spawnSync(process.execPath, loadArgs, { stdio: "inherit" }).status === 0;
process.exitCode =
  sizeBudget && nodeBench && browserBench && eventBench && workerBench && peerBench && natsLoad ? 0 : 1;
