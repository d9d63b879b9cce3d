// Timing for the benchmark: interleaved rounds (each round runs every contender once, in a rotating order, so
// that drift of a noisy machine hits all alike), medians, and a plain-text table.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
/** Collects garbage now; done before each timed run, so that one contender's garbage is not billed to the next. */
export const collectGarbage = runInNewContext("gc") as () => void;

/** One thing to time: `run` returns a checksum, which must be the same for every job timed together. */
export interface Job {
  readonly label: string;
  readonly run: () => number;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Times every job `rounds` times after `warmup` untimed rounds, interleaved, and returns each job's times in ms.
 * Throws if two jobs compute different checksums, which would mean they did not do the same work.
 */
export function timeInterleaved(jobs: readonly Job[], rounds: number, warmup: number): Map<Job, number[]> {
  const times = new Map<Job, number[]>(jobs.map((job) => [job, []]));
  let expected: { readonly label: string; readonly checksum: number } | undefined;
  for (let round = 0; round < warmup + rounds; round += 1) {
    for (let k = 0; k < jobs.length; k += 1) {
      const job = jobs[(k + round) % jobs.length] as Job;
      collectGarbage();
      const start = performance.now();
      const checksum = job.run();
      const elapsed = performance.now() - start;
      expected ??= { label: job.label, checksum };
      if (checksum !== expected.checksum) {
        throw new Error(
          `bench: ${job.label} computed ${checksum}, ${expected.label} ${expected.checksum}; not the same work`,
        );
      }
      if (round >= warmup) times.get(job)?.push(elapsed);
    }
  }
  return times;
}

/** Formats rows as a table with a header line, right-aligning every column but the first. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
