// Property tests: map, filter, scan, pluck, flatten, unique and union against plain-array reference models.
import { expect } from "chai";
import fc from "fast-check";
import { Stream } from "../../../stream/index.js";

const numRuns = 100;

/** Feeds `values` through `build` and returns what reached the end. */
function through<T, R>(values: readonly T[], build: (source: Stream<T>) => Stream<R>): R[] {
  const source = new Stream<T>();
  const out = build(source).sinkToList();
  for (const x of values) void source.emit(x);
  return out.list;
}

/** The reference model of unique: a least-recently-used history of at most `maxsize` keys. */
function uniqueModel<T, K>(values: readonly T[], maxsize: number, key: (x: T) => K): T[] {
  const history: K[] = [];
  const out: T[] = [];
  for (const x of values) {
    const k = key(x);
    const at = history.indexOf(k);
    if (at >= 0) history.splice(at, 1);
    else out.push(x);
    history.push(k);
    if (history.length > maxsize) history.shift();
  }
  return out;
}

describe("operator properties", () => {
  it("map matches Array.prototype.map", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (values) => {
        expect(through(values, (s) => s.map((x) => x * 3 - 1))).to.deep.equal(values.map((x) => x * 3 - 1));
      }),
      { numRuns },
    );
  });

  it("filter matches Array.prototype.filter", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 5 }), (values, m) => {
        expect(through(values, (s) => s.filter((x) => x % m === 0))).to.deep.equal(values.filter((x) => x % m === 0));
      }),
      { numRuns },
    );
  });

  it("scan with start matches the running results of a fold", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (values, start) => {
        let state = start;
        const expected = values.map((x) => (state = (state * 31 + x) | 0));
        expect(through(values, (s) => s.scan((acc: number, x) => (acc * 31 + x) | 0, { start }))).to.deep.equal(
          expected,
        );
      }),
      { numRuns },
    );
  });

  it("scan without start emits the first value, then the running fold from it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (values) => {
        const expected = values.map((_, i) => Math.max(...values.slice(0, i + 1)));
        expect(through(values, (s) => s.scan((a, b) => Math.max(a, b)))).to.deep.equal(expected);
      }),
      { numRuns },
    );
  });

  it("pluck of one key and of several keys matches picking by hand", () => {
    const record = fc.record({ a: fc.integer(), b: fc.string(), c: fc.boolean() });
    fc.assert(
      fc.property(fc.array(record), (values) => {
        expect(through(values, (s) => s.pluck("b"))).to.deep.equal(values.map((v) => v.b));
        expect(through(values, (s) => s.pluck(["c", "a"]))).to.deep.equal(values.map((v) => [v.c, v.a]));
      }),
      { numRuns },
    );
  });

  it("flatten matches Array.prototype.flat", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer(), { maxLength: 5 })), (batches) => {
        expect(through(batches, (s) => s.flatten())).to.deep.equal(batches.flat());
      }),
      { numRuns },
    );
  });

  it("unique matches a least-recently-used history model, with and without a key", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        (values, maxsize) => {
          const identity = (x: number): number => x;
          const parity = (x: number): number => x % 2;
          expect(through(values, (s) => s.unique({ maxsize }))).to.deep.equal(uniqueModel(values, maxsize, identity));
          expect(through(values, (s) => s.unique({ maxsize, key: parity }))).to.deep.equal(
            uniqueModel(values, maxsize, parity),
          );
          expect(through(values, (s) => s.unique({ maxsize: Infinity }))).to.deep.equal([...new Set(values)]);
        },
      ),
      { numRuns },
    );
  });

  it("union emits every value of every input in the order they were emitted", () => {
    const emission = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer());
    fc.assert(
      fc.property(fc.array(emission), (emissions) => {
        const inputs = [new Stream<number>(), new Stream<number>(), new Stream<number>()] as const;
        const out = inputs[0].union(inputs[1], inputs[2]).sinkToList();
        for (const [input, x] of emissions) void inputs[input]?.emit(x);
        expect(out.list).to.deep.equal(emissions.map(([, x]) => x));
      }),
      { numRuns },
    );
  });
});
