// Tests of zipLatest: every value of the lossless stream, paired with the latest of the others, none lost.
import { expect } from "chai";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/zip-latest.js";
import type { ZipLatest } from "../../../stream/operators/zip-latest.js";
import { Stream } from "../../../stream/stream.js";

describe("zipLatest", () => {
  it("keeps early values of the lossless stream and pairs every one with the latest of the others", () => {
    const a = new Stream<number>();
    const b = new Stream<string>();
    const out = new Recorder(a.zipLatest(b));
    void a.emit(1);
    void a.emit(2);
    void b.emit("x");
    void a.emit(3);
    void b.emit("y");
    void b.emit("z");
    void a.emit(4);
    expect(out.seen).to.deep.equal([
      [1, "x"],
      [2, "x"],
      [3, "x"],
      [4, "z"],
    ]);
  });

  it("is lossless only on the stream it is called on", () => {
    const a = new Stream<number>();
    const b = new Stream<string>();
    const out = new Recorder(b.zipLatest(a));
    void a.emit(1);
    void a.emit(2);
    void b.emit("x");
    void a.emit(3);
    void b.emit("y");
    void b.emit("z");
    void a.emit(4);
    expect(out.seen).to.deep.equal([
      ["x", 2],
      ["y", 3],
      ["z", 3],
    ]);
  });

  it("waits for every other input, typed as a tuple in argument order", () => {
    const a = new Stream<number>();
    const b = new Stream<string>();
    const c = new Stream<boolean>();
    const node: ZipLatest<[number, string, boolean]> = a.zipLatest(b, c);
    const out = new Recorder(node);
    void a.emit(1);
    void b.emit("b");
    expect(out.seen).to.deep.equal([]);
    void c.emit(true);
    expect(out.seen).to.deep.equal([[1, "b", true]]);
  });

  it("emits each value of a stream zipped with nothing else at once", () => {
    const a = new Stream<number>();
    const out = new Recorder(a.zipLatest());
    void a.emit(1);
    expect(out.seen).to.deep.equal([[1]]);
  });

  it("returns one promise for the waiting values whose downstream was busy", async () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const releases: (() => void)[] = [];
    new Recorder(a.zipLatest(b), () => new Promise<void>((resolve) => releases.push(resolve)));
    void a.emit(1);
    void a.emit(2);
    const result = b.emit(0);
    expect(result).to.be.instanceOf(Promise);
    expect(releases).to.have.length(2);
    for (const release of releases) release();
    await result;
  });

  it("lets a downstream error reach the caller and keeps the values after the failing one", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const out = new Recorder(a.zipLatest(b), ([x]) => {
      if (x === 2) throw new Error("two");
    });
    void a.emit(1);
    void a.emit(2);
    void a.emit(3);
    expect(() => b.emit(0)).to.throw("two");
    expect(out.seen).to.deep.equal([
      [1, 0],
      [2, 0],
    ]);
    void b.emit(9);
    expect(out.seen.at(-1)).to.deep.equal([3, 9]);
  });

  it("rejects arguments that are not streams", () => {
    const a = new Stream<number>();
    const zipLatestAny = a.zipLatest.bind(a) as (...args: unknown[]) => unknown;
    expect(() => zipLatestAny(new Stream(), null)).to.throw(StreamError, "zipLatest: argument 2 is not a Stream");
    expect(() => zipLatestAny({})).to.throw(StreamError, "zipLatest: the last argument is not a Stream");
    expect(a.downstreams).to.deep.equal([]);
  });

  it("drops the waiting values when destroyed mid-stream", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const node = a.zipLatest(b);
    const out = new Recorder(node);
    void a.emit(1);
    node.destroy();
    void b.emit(2);
    expect(out.seen).to.deep.equal([]);
    expect(a.downstreams).to.deep.equal([]);
  });
});
