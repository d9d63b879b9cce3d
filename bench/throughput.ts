// Scenarios A, B and C: every contender over the same 1,000,000 points, timed in interleaved rounds, reported
// as medians with ratios (ratios within one run are what mean something on a noisy machine), and with the bytes
// each contender allocates per event. Two tables: values pushed one at a time, and a batch from an array.
import { loop } from "./contenders/loop.js";
import { most, mostAdapter } from "./contenders/most.js";
import { rivulet, rivuletBatch } from "./contenders/rivulet.js";
import { rxjs, rxjsFrom } from "./contenders/rxjs.js";
import { xstream, xstreamFromArray } from "./contenders/xstream.js";
import { allocatedBytes } from "./allocation.js";
import { formatTable, median, timeInterleaved, type Job } from "./measure.js";
import { makePoints, type Contender, type Scenario } from "./workload.js";

/** The contenders of one table, each compared with @most/core's best case and the hand-written loop. */
export interface Lineup {
  readonly title: string;
  readonly contenders: readonly Contender[];
}

/** Values pushed one at a time into each library's head, as UI events arrive. */
export const pushed: Lineup = {
  title: "pushed one value at a time",
  contenders: [rivulet, most, mostAdapter, xstream, rxjs, loop],
};

/** A batch from an array: each library's own array source where it has one, @most/core's best case, the loop. */
export const batch: Lineup = {
  title: "a batch from an array",
  contenders: [rivuletBatch, rivulet, most, mostAdapter, xstreamFromArray, rxjsFrom, loop],
};

const scenarios: readonly { readonly title: string; readonly pick: (c: Contender) => Scenario | undefined }[] = [
  { title: "A map > filter > scan", pick: (c) => c.chain },
  { title: "B slidingWindow(10) > mean", pick: (c) => c.window },
  { title: "C fan-out, 2 maps, zip", pick: (c) => c.fanOut },
];

const header = ["scenario", "contender", "median ms", "M events/s", "B/event", "vs @most/core", "vs loop"];

/** Runs scenarios A to C for one lineup and returns the printed table. */
export function runThroughput(lineup: Lineup, events: number, rounds: number, warmup: number): string {
  const points = makePoints(events);
  const rows: string[][] = [];
  for (const { title, pick } of scenarios) {
    const jobs = new Map<Contender, Job>();
    for (const contender of lineup.contenders) {
      const scenario = pick(contender);
      if (scenario !== undefined)
        jobs.set(contender, { label: `${title}: ${contender.name}`, run: () => scenario(points) });
    }
    const times = timeInterleaved([...jobs.values()], rounds, warmup);
    const medianOf = (contender: Contender): number => median(times.get(jobs.get(contender) as Job) ?? []);
    for (const contender of lineup.contenders) {
      const job = jobs.get(contender);
      if (job === undefined) {
        rows.push([title, contender.name, "n/a", "", "", "", ""]);
        continue;
      }
      const ms = medianOf(contender);
      rows.push([
        title,
        contender.name,
        ms.toFixed(2),
        (events / ms / 1000).toFixed(1),
        (allocatedBytes(job.run) / events).toFixed(1),
        `${(medianOf(most) / ms).toFixed(2)}x`,
        `${(medianOf(loop) / ms).toFixed(2)}x`,
      ]);
    }
  }
  return formatTable(header, rows);
}
