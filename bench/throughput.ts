// Scenarios A, B and C: every contender over the same 1,000,000 points, timed in interleaved rounds, reported
// as medians with ratios (ratios within one run are what mean something on a noisy machine).
import { loop } from "./contenders/loop.js";
import { most } from "./contenders/most.js";
import { rivulet } from "./contenders/rivulet.js";
import { rxjs } from "./contenders/rxjs.js";
import { xstream } from "./contenders/xstream.js";
import { formatTable, median, timeInterleaved, type Job } from "./measure.js";
import { makePoints, type Contender, type Scenario } from "./workload.js";

const contenders: readonly Contender[] = [rivulet, most, xstream, rxjs, loop];
const scenarios: readonly { readonly title: string; readonly pick: (c: Contender) => Scenario | undefined }[] = [
  { title: "A map > filter > scan", pick: (c) => c.chain },
  { title: "B slidingWindow(10) > mean", pick: (c) => c.window },
  { title: "C fan-out, 2 maps, zip", pick: (c) => c.fanOut },
];

/** Runs scenarios A to C and returns the printed table. */
export function runThroughput(events: number, rounds: number, warmup: number): string {
  const points = makePoints(events);
  const rows: string[][] = [];
  for (const { title, pick } of scenarios) {
    const jobs = new Map<Contender, Job>();
    for (const contender of contenders) {
      const scenario = pick(contender);
      if (scenario === undefined) continue;
      jobs.set(contender, { label: `${title}: ${contender.name}`, run: () => scenario(points) });
    }
    const times = timeInterleaved([...jobs.values()], rounds, warmup);
    const medianOf = (contender: Contender): number | undefined => {
      const job = jobs.get(contender);
      return job === undefined ? undefined : median(times.get(job) ?? []);
    };
    const ours = medianOf(rivulet) as number;
    const mostMedian = medianOf(most) as number;
    for (const contender of contenders) {
      const ms = medianOf(contender);
      if (ms === undefined) {
        rows.push([title, contender.name, "n/a", "", "", ""]);
        continue;
      }
      rows.push([
        title,
        contender.name,
        ms.toFixed(2),
        (events / ms / 1000).toFixed(1),
        `${(ms / ours).toFixed(2)}x`,
        `${(mostMedian / ms).toFixed(2)}x`,
      ]);
    }
  }
  const header = ["scenario", "contender", "median ms", "M events/s", "time / rivulet", "speed vs @most/core"];
  return formatTable(header, rows);
}
