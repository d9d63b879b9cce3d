// `npm run bench`: throughput (A, B, C; values pushed one at a time, then a batch from an array) and queue
// hand-off latency (D) of rivulet against its peers, in one Node process. BENCH_EVENTS, BENCH_ROUNDS and
// BENCH_LATENCY_ROUNDS shrink or grow the run; BENCH_ONLY=batch runs the batch table alone.
import { loadavg } from "node:os";
import { runLatency } from "./latency.js";
import { batch, pushed, runThroughput } from "./throughput.js";

const events = Number(process.env["BENCH_EVENTS"] ?? 1_000_000);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 15);
const latencyRounds = Number(process.env["BENCH_LATENCY_ROUNDS"] ?? 3);
const only = process.env["BENCH_ONLY"];

/** The machine's load average (1, 5, 15 minutes): on a shared machine, numbers mean little without it. */
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

console.log(`rivulet bench: Node ${process.version}, ${events} events, ${rounds} interleaved rounds (medians)`);
console.log(`load average at start: ${load()}\n`);
for (const lineup of only === "batch" ? [batch] : [pushed, batch]) {
  console.log(`A-C, ${lineup.title}:\n`);
  console.log(runThroughput(lineup, events, rounds, 3));
  console.log(`\nload average: ${load()}\n`);
}
console.log("'vs @most/core' and 'vs loop' are speeds: above 1 is faster. B/event: bytes allocated per event.\n");
if (only !== "batch") {
  console.log(`D queue hand-off, 1,000 events/s, ${latencyRounds} interleaved rounds of 1 s busy + 1 s idle each\n`);
  console.log(await runLatency(latencyRounds, 1000, 1000));
}
