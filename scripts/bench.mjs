// `npm run bench`: the size budget (scripts/bundle-sizes.mjs --check: gzip sizes against budgets), the stream
// runtime's Node benchmarks (bench/main.ts through tsx, against the sources in stream/), then the plot pipeline's benchmark in headless Chromium (bench/browser/plot-bench.mjs), then the
// per-event cost of serialization and dispatch into a queue (bench/browser/event-bench.mjs).
// Extra arguments go to the browser benchmark (e.g. `npm run bench -- --seconds=2`).
import { spawnSync } from "node:child_process";

const sizeBudget = spawnSync(process.execPath, ["scripts/bundle-sizes.mjs", "--check"], { stdio: "inherit" });
const nodeBench = spawnSync(process.execPath, ["--import", "tsx", "bench/main.ts"], { stdio: "inherit" });
const browserBench = spawnSync(process.execPath, ["bench/browser/plot-bench.mjs", ...process.argv.slice(2)], {
  stdio: "inherit",
});
const eventBench = spawnSync(process.execPath, ["bench/browser/event-bench.mjs"], { stdio: "inherit" });
process.exitCode =
  sizeBudget.status === 0 && nodeBench.status === 0 && browserBench.status === 0 && eventBench.status === 0 ? 0 : 1;
