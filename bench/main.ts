// `npm run bench`: throughput (A, B, C) and queue hand-off latency (D) of rivulet against its peers, in one
// Node process. BENCH_EVENTS, BENCH_ROUNDS and BENCH_LATENCY_ROUNDS shrink or grow the run.
import { runLatency } from "./latency.js";
import { runThroughput } from "./throughput.js";

const events = Number(process.env["BENCH_EVENTS"] ?? 1_000_000);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 15);
const latencyRounds = Number(process.env["BENCH_LATENCY_ROUNDS"] ?? 3);

console.log(`rivulet bench: Node ${process.version}, ${events} events, ${rounds} interleaved rounds (medians)\n`);
console.log(runThroughput(events, rounds, 3));
console.log("\n'time / rivulet' above 1 means slower than rivulet; 'speed vs @most/core' above 1 means faster.\n");
console.log(`D queue hand-off, 1,000 events/s, ${latencyRounds} interleaved rounds of 1 s busy + 1 s idle each\n`);
console.log(await runLatency(latencyRounds, 1000, 1000));
