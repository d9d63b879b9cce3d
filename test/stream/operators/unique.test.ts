// Tests of the unique operator: the least-recently-used history of streamz, keys, bounds and errors.
import { expect } from "chai";
import { DEFAULT_UNIQUE_MAXSIZE, Stream, StreamError } from "../../../stream/index.js";

function run<T>(values: readonly T[], build: (source: Stream<T>) => Stream<T>): T[] {
  const source = new Stream<T>();
  const out = build(source).sinkToList();
  for (const x of values) void source.emit(x);
  return out.list;
}

describe("unique", () => {
  it("with maxsize 1, drops only immediate repeats (the streamz docstring example)", () => {
    expect(run([1, 1, 2, 2, 2, 1, 3], (s) => s.unique({ maxsize: 1 }))).to.deep.equal([1, 2, 1, 3]);
  });

  it("refreshes a key each time it is seen, as streamz's LRU history does", () => {
    // streamz 0.6.4: unique(maxsize=2) over [1, 2, 1, 3, 1, 2, 2, 4, 1] emits [1, 2, 3, 2, 4, 1].
    expect(run([1, 2, 1, 3, 1, 2, 2, 4, 1], (s) => s.unique({ maxsize: 2 }))).to.deep.equal([1, 2, 3, 2, 4, 1]);
  });

  it("compares keys from the key function, letting the first value with each key through", () => {
    expect(run([0, 1, 2, 3, 4, 5, 6], (s) => s.unique({ key: (x) => x % 3 }))).to.deep.equal([0, 1, 2]);
  });

  it("compares objects by identity, and by content through a key", () => {
    const a = { id: 1 };
    expect(run([a, a, { id: 1 }], (s) => s.unique())).to.deep.equal([a, { id: 1 }]);
    expect(run([a, { id: 1 }, { id: 2 }], (s) => s.unique({ key: (x) => x.id }))).to.deep.equal([a, { id: 2 }]);
  });

  it("remembers DEFAULT_UNIQUE_MAXSIZE keys by default, and every key with maxsize Infinity", () => {
    const values = [...Array.from({ length: DEFAULT_UNIQUE_MAXSIZE + 1 }, (_, i) => i), 0];
    expect(run(values, (s) => s.unique())).to.have.length(DEFAULT_UNIQUE_MAXSIZE + 2);
    expect(run(values, (s) => s.unique({ maxsize: Infinity }))).to.have.length(DEFAULT_UNIQUE_MAXSIZE + 1);
  });

  it("emits nothing for no values, and the one value of a single-value stream", () => {
    expect(run([], (s) => s.unique())).to.deep.equal([]);
    expect(run(["only"], (s) => s.unique())).to.deep.equal(["only"]);
  });

  it("records a key even when downstream throws for it, as streamz does, and lets the error reach the caller", () => {
    const source = new Stream<number>();
    let fail = true;
    const seen: number[] = [];
    source.unique().sink((x) => {
      if (fail) throw new Error("downstream");
      seen.push(x);
    });
    expect(() => source.emit(1)).to.throw("downstream");
    fail = false;
    void source.emit(1);
    expect(seen).to.deep.equal([]);
  });

  it("rejects a maxsize that is not a positive integer, and a key that is not a function", () => {
    const source = new Stream<number>();
    expect(() => source.unique({ maxsize: 0 })).to.throw(StreamError, "unique: maxsize 0 is not a positive integer");
    expect(() => source.unique({ maxsize: 1.5 })).to.throw(StreamError, "{ maxsize: Infinity }");
    // @ts-expect-error -- the key must be a function
    expect(() => source.unique({ key: "id" })).to.throw(StreamError, "unique: key is not a function (got id)");
  });
});
