// Tests of slidingWindow: partial and full windows as streamz emits them, fresh arrays, errors and backpressure.
import { expect } from "chai";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/sliding-window.js";
import type { SlidingWindow } from "../../../stream/operators/sliding-window.js";
import { Stream } from "../../../stream/stream.js";

function emitAll<T>(source: Stream<T>, values: readonly T[]): void {
  for (const x of values) void source.emit(x);
}

describe("slidingWindow", () => {
  it("emits growing partial windows, then the last n values, oldest first", () => {
    const source = new Stream<number>();
    const out = new Recorder(source.slidingWindow(3));
    emitAll(source, [0, 1, 2, 3, 4]);
    expect(out.seen).to.deep.equal([[0], [0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4]]);
  });

  it("emits only full windows with returnPartial: false", () => {
    const source = new Stream<number>();
    const out = new Recorder(source.slidingWindow(3, { returnPartial: false }));
    emitAll(source, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(out.seen).to.deep.equal([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 5],
      [4, 5, 6],
      [5, 6, 7],
    ]);
  });

  it("emits nothing before any value, and nothing before n values without partial windows", () => {
    const source = new Stream<number>();
    const all = new Recorder(source.slidingWindow(2));
    const full = new Recorder(source.slidingWindow(2, { returnPartial: false }));
    expect(all.seen).to.deep.equal([]);
    void source.emit(1);
    expect(all.seen).to.deep.equal([[1]]);
    expect(full.seen).to.deep.equal([]);
  });

  it("emits every value alone with n = 1", () => {
    const source = new Stream<string>();
    const out = new Recorder(source.slidingWindow(1));
    emitAll(source, ["a", "b", "c"]);
    expect(out.seen).to.deep.equal([["a"], ["b"], ["c"]]);
  });

  it("emits a new array each time, so a downstream may keep or change one", () => {
    const source = new Stream<number>();
    const out = new Recorder(source.slidingWindow(2), (window) => void window.push(99));
    emitAll(source, [1, 2, 3]);
    expect(out.seen).to.deep.equal([
      [1, 99],
      [1, 2, 99],
      [2, 3, 99],
    ]);
  });

  it("types the window as an array of the element type", () => {
    const source = new Stream<number>();
    const node: SlidingWindow<number> = source.slidingWindow(2);
    const sums = new Recorder(node, (window) => {
      const sum: number = window.reduce((a, b) => a + b, 0);
      expect(sum).to.be.a("number");
    });
    emitAll(source, [1, 2]);
    expect(sums.seen).to.have.length(2);
  });

  it("rejects a window size that is not a positive integer, naming the value and the fix", () => {
    const source = new Stream<number>();
    expect(() => source.slidingWindow(0)).to.throw(
      StreamError,
      "slidingWindow: n 0 is not a positive integer; use e.g. slidingWindow(10)",
    );
    expect(() => source.slidingWindow(2.5)).to.throw(StreamError, "n 2.5 is not a positive integer");
    expect(() => source.slidingWindow(Number.NaN)).to.throw(StreamError, "n NaN");
    expect(source.downstreams).to.deep.equal([]);
  });

  it("lets a downstream error reach the caller of emit and keeps sliding afterwards", () => {
    const source = new Stream<number>();
    const out = new Recorder(source.slidingWindow(2), (window) => {
      if (window.includes(2)) throw new Error("no twos");
    });
    void source.emit(1);
    expect(() => source.emit(2)).to.throw("no twos");
    expect(() => source.emit(3)).to.throw("no twos");
    void source.emit(4);
    expect(out.seen.at(-1)).to.deep.equal([3, 4]);
  });

  it("returns the downstream's promise, so backpressure passes through", async () => {
    const source = new Stream<number>();
    let release: () => void = () => undefined;
    const busy = new Promise<void>((resolve) => (release = resolve));
    new Recorder(source.slidingWindow(2), () => busy);
    const result = source.emit(1);
    expect(result).to.be.instanceOf(Promise);
    release();
    await result;
  });

  it("stops emitting and forgets its window when destroyed mid-stream", () => {
    const source = new Stream<number>();
    const node = source.slidingWindow(3);
    const out = new Recorder(node);
    emitAll(source, [1, 2]);
    node.destroy();
    emitAll(source, [3, 4]);
    expect(out.seen).to.deep.equal([[1], [1, 2]]);
    expect(source.downstreams).to.deep.equal([]);
    source.connect(node);
    node.connect(out);
    void source.emit(5);
    expect(out.seen.at(-1)).to.deep.equal([5]);
  });
});
