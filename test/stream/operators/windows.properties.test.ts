// Property-based tests: slidingWindow, partition, zip and the timed operators against plain-array reference models.
import { expect } from "chai";
import { Recorder } from "../recorder.js";
import fc from "fast-check";
import "../../../stream/operators/delay.js";
import "../../../stream/operators/partition.js";
import "../../../stream/operators/rate-limit.js";
import "../../../stream/operators/sliding-window.js";
import "../../../stream/operators/zip.js";
import { Stream } from "../../../stream/stream.js";
import { VirtualScheduler } from "../../../stream/virtual-scheduler.js";

const numRuns = 100;
const values = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 });

function slidingWindowModel<T>(xs: readonly T[], n: number, returnPartial: boolean): T[][] {
  const windows: T[][] = [];
  xs.forEach((_, i) => {
    const window = xs.slice(Math.max(0, i - n + 1), i + 1);
    if (returnPartial || window.length === n) windows.push(window);
  });
  return windows;
}

function partitionModel<T>(xs: readonly T[], n: number, key: (x: T) => unknown): T[][] {
  const open = new Map<unknown, T[]>();
  const groups: T[][] = [];
  for (const x of xs) {
    const group = [...(open.get(key(x)) ?? []), x];
    if (group.length === n) {
      groups.push(group);
      open.delete(key(x));
    } else {
      open.set(key(x), group);
    }
  }
  return groups;
}

function zipModel(perInput: readonly number[][]): number[][] {
  const count = Math.min(...perInput.map((xs) => xs.length));
  return Array.from({ length: count }, (_, i) => perInput.map((xs) => xs[i] as number));
}

describe("window and join operators against reference models", () => {
  it("slidingWindow emits what slicing the input gives", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 8 }), fc.boolean(), (xs, n, returnPartial) => {
        const source = new Stream<number>();
        const out = new Recorder(source.slidingWindow(n, { returnPartial }));
        for (const x of xs) void source.emit(x);
        expect(out.seen).to.deep.equal(slidingWindowModel(xs, n, returnPartial));
      }),
      { numRuns },
    );
  });

  it("partition(n) emits the complete chunks of the input, per key when given", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }), (xs, n, keys) => {
        const source = new Stream<number>();
        const plain = new Recorder(source.partition(n));
        const key = (x: number): number => Math.abs(x) % keys;
        const keyed = new Recorder(source.partition(n, { key }));
        for (const x of xs) void source.emit(x);
        expect(plain.seen).to.deep.equal(partitionModel(xs, n, () => 0));
        expect(keyed.seen).to.deep.equal(partitionModel(xs, n, key));
      }),
      { numRuns },
    );
  });

  it("zip pairs the i-th values of every input, whatever the interleaving", () => {
    const moves = fc
      .integer({ min: 2, max: 4 })
      .chain((inputs) =>
        fc.tuple(
          fc.constant(inputs),
          fc.array(fc.tuple(fc.integer({ min: 0, max: inputs - 1 }), fc.integer()), { maxLength: 60 }),
        ),
      );
    fc.assert(
      fc.property(moves, ([inputs, sequence]) => {
        const streams = Array.from({ length: inputs }, () => new Stream<number>());
        const [first, ...others] = streams as [Stream<number>, ...Stream<number>[]];
        const out = new Recorder(first.zip(...others));
        const perInput: number[][] = streams.map(() => []);
        for (const [input, x] of sequence) {
          void (streams[input] as Stream<number>).emit(x);
          perInput[input]?.push(x);
        }
        expect(out.seen).to.deep.equal(zipModel(perInput));
      }),
      { numRuns },
    );
  });

  it("delay and rateLimit keep every value in order; delay shifts each by ms, rateLimit spaces them ms apart, as late as needed and no later", async () => {
    const arrivals = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer()), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(arrivals, fc.integer({ min: 1, max: 50 }), async (sequence, ms) => {
        const scheduler = new VirtualScheduler();
        const source = new Stream<number>({ scheduler });
        const delayed = new Recorder(source.delay(ms));
        const limited = new Recorder(source.rateLimit(ms));
        const sentAt: number[] = [];
        for (const [gap, x] of sequence) {
          await scheduler.advanceBy(gap);
          sentAt.push(scheduler.now());
          void source.emit(x);
        }
        await scheduler.runAll();
        const xs = sequence.map(([, x]) => x);
        expect(delayed.seen).to.deep.equal(xs);
        expect(delayed.times).to.deep.equal(sentAt.map((t) => t + ms));
        expect(limited.seen).to.deep.equal(xs);
        let turn = Number.NEGATIVE_INFINITY;
        const limitedModel = sentAt.map((t) => (turn = Math.max(t, turn + ms)));
        expect(limited.times).to.deep.equal(limitedModel);
      }),
      { numRuns },
    );
  });
});
