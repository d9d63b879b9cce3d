// Tests of the scan operator (streamz accumulate): start, the first value as state, returnsState and errors.
import { expect } from "chai";
import { Stream, StreamError, type Scan } from "../../../stream/index.js";

function feed<T>(source: Stream<T>, values: readonly T[]): void {
  for (const x of values) void source.emit(x);
}

describe("scan", () => {
  it("emits the running state from start, as streamz accumulate(start=10) does", () => {
    const source = new Stream<number>();
    const out = source.scan((total, x) => total + x, { start: 10 }).sinkToList();
    feed(source, [0, 1, 2, 3]);
    expect(out.list).to.deep.equal([10, 11, 13, 16]);
  });

  it("without start, makes the first value the state and emits it unchanged", () => {
    const source = new Stream<number>();
    const node = source.scan((total, x) => total + x);
    const out = node.sinkToList();
    feed(source, [5, 6, 7]);
    expect(out.list).to.deep.equal([5, 11, 18]);
    expect(node.state).to.equal(18);
  });

  it("with returnsState, keeps the first of fn's pair and emits the second", () => {
    const source = new Stream<number>();
    const node: Scan<number, number> = source.scan((state: number, x: number) => [state + x, state * x] as const, {
      start: 1,
      returnsState: true,
    });
    const out = node.sinkToList();
    feed(source, [0, 1, 2, 3]);
    expect(out.list).to.deep.equal([0, 1, 4, 12]);
  });

  it("with returnsState and no start, emits the first value and then the results", () => {
    const source = new Stream<number>();
    const out = source.scan((state, x) => [state + x, `${state}*${x}`] as const, { returnsState: true }).sinkToList();
    feed(source, [0, 1, 2, 3]);
    expect(out.list).to.deep.equal([0, "0*1", "1*2", "3*3"]);
  });

  it("folds into a state of another type than the values", () => {
    const source = new Stream<string>();
    const out = source.scan((counts: Record<string, number>, x) => ({ ...counts, [x]: (counts[x] ?? 0) + 1 }), {
      start: {},
    });
    const last = out.sinkToList();
    feed(source, ["a", "b", "a"]);
    expect(last.list.at(-1)).to.deep.equal({ a: 2, b: 1 });
  });

  it("treats start: undefined as a start, like streamz start=None", () => {
    const source = new Stream<number>();
    const out = source.scan((count: number | undefined) => (count ?? 0) + 1, { start: undefined }).sinkToList();
    feed(source, [7, 7]);
    expect(out.list).to.deep.equal([1, 2]);
  });

  it("keeps the state when fn throws, and the error reaches the caller of emit", () => {
    const source = new Stream<number>();
    const out = source
      .scan(
        (total: number, x: number) => {
          if (x < 0) throw new RangeError("negative");
          return total + x;
        },
        { start: 0 },
      )
      .sinkToList();
    void source.emit(1);
    expect(() => source.emit(-1)).to.throw(RangeError, "negative");
    void source.emit(2);
    expect(out.list).to.deep.equal([1, 3]);
  });

  it("emits nothing for no values and keeps its state across a disconnect", () => {
    const source = new Stream<number>();
    const node = source.scan((total, x) => total + x, { start: 0 });
    const out = node.sinkToList();
    expect(out.list).to.deep.equal([]);
    void source.emit(1);
    source.disconnect(node);
    void source.emit(100);
    source.connect(node);
    void source.emit(2);
    expect(out.list).to.deep.equal([1, 3]);
  });

  it("rejects a fn that is not a function and options that are not an object", () => {
    const source = new Stream<number>();
    // @ts-expect-error -- null is not a function
    expect(() => source.scan(null)).to.throw(StreamError, "scan: fn is not a function (got null)");
    // @ts-expect-error -- a bare start value is not an options object
    expect(() => source.scan((a, b) => a + b, 0)).to.throw(StreamError, "scan: options 0 is not an object");
  });
});
