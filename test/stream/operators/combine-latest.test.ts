// Tests of combineLatest: tuples of the latest values once all inputs have one, emitOn, errors and destroy.
import { expect } from "chai";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/combine-latest.js";
import type { CombineLatest } from "../../../stream/operators/combine-latest.js";
import { Stream } from "../../../stream/stream.js";

describe("combineLatest", () => {
  it("waits until every input has a value, then emits the latest of each on every new value", () => {
    const a = new Stream<number>();
    const b = new Stream<string>();
    const out = new Recorder(a.combineLatest(b));
    void a.emit(1);
    void a.emit(2);
    expect(out.seen).to.deep.equal([]);
    void b.emit("x");
    void a.emit(3);
    void b.emit("y");
    expect(out.seen).to.deep.equal([
      [2, "x"],
      [3, "x"],
      [3, "y"],
    ]);
  });

  it("types three inputs as a triple in argument order", () => {
    const a = new Stream<number>();
    const b = new Stream<string>();
    const c = new Stream<boolean>();
    const node: CombineLatest<[number, string, boolean]> = a.combineLatest(b, c);
    const out = new Recorder(node);
    void c.emit(false);
    void b.emit("b");
    void a.emit(1);
    expect(out.seen).to.deep.equal([[1, "b", false]]);
  });

  it("emits only on new values of the emitOn stream, as streamz's emit_on", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const out = new Recorder(a.combineLatest(b, { emitOn: b }));
    void a.emit(1);
    void b.emit(2);
    void a.emit(3);
    void b.emit(4);
    expect(out.seen).to.deep.equal([
      [1, 2],
      [3, 4],
    ]);
  });

  it("accepts emitOn as an index (0 is the stream it is called on) or a list of streams and indices", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const c = new Stream<number>();
    const byIndex = new Recorder(a.combineLatest(b, c, { emitOn: 0 }));
    const byList = new Recorder(a.combineLatest(b, c, { emitOn: [b, 2] }));
    void a.emit(1);
    void b.emit(2);
    void c.emit(3);
    void a.emit(4);
    void b.emit(5);
    expect(byIndex.seen).to.deep.equal([[4, 2, 3]]);
    expect(byList.seen).to.deep.equal([
      [1, 2, 3],
      [4, 5, 3],
    ]);
  });

  it("emits a new array each time, so a kept tuple does not change later", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const out = new Recorder(a.combineLatest(b));
    void a.emit(1);
    void b.emit(2);
    void b.emit(3);
    expect(out.seen[0]).to.deep.equal([1, 2]);
    expect(out.seen[0]).to.not.equal(out.seen[1]);
  });

  it("rejects arguments that are not streams and emitOn inputs it does not have", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const combineAny = a.combineLatest.bind(a) as (...args: unknown[]) => unknown;
    expect(() => combineAny("b")).to.throw(StreamError, "combineLatest: argument 1 is not a Stream but b");
    expect(() => a.combineLatest(b, { emitOn: 2 })).to.throw(
      StreamError,
      "combineLatest: emitOn 2 is not one of the 2 inputs; pass an input stream or its index",
    );
    expect(() => a.combineLatest(b, { emitOn: new Stream({ name: "other" }) })).to.throw(
      StreamError,
      "emitOn stream other is not one of the 2 inputs",
    );
    expect(a.downstreams).to.deep.equal([]);
  });

  it("lets a downstream error reach the caller of emit, and returns a busy downstream's promise", async () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    let release: () => void = () => undefined;
    new Recorder(a.combineLatest(b), (tuple) => {
      if (tuple[0] < 0) throw new Error("negative");
      return tuple[0] > 10 ? new Promise<void>((resolve) => (release = resolve)) : undefined;
    });
    void b.emit(0);
    expect(() => a.emit(-1)).to.throw("negative");
    const result = a.emit(11);
    expect(result).to.be.instanceOf(Promise);
    release();
    await result;
  });

  it("forgets the latest values when destroyed mid-stream", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const node = a.combineLatest(b);
    const out = new Recorder(node);
    void a.emit(1);
    node.destroy();
    void b.emit(2);
    expect(out.seen).to.deep.equal([]);
    expect(a.downstreams).to.deep.equal([]);
    expect(b.downstreams).to.deep.equal([]);
  });
});
