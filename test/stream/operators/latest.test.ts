// Tests of the latest operator: passing through, keeping only the newest value while busy, errors and destroy.
import { expect } from "chai";
import { slowSink } from "../slow-sink.js";
import { Stream, type Latest } from "../../../stream/index.js";

describe("latest", () => {
  it("passes values on at once while downstream is synchronous", () => {
    const source = new Stream<number>();
    const node: Latest<number> = source.latest();
    const out = node.sinkToList();
    for (const x of [1, 2, 3]) expect(source.emit(x)).to.equal(undefined);
    expect(out.list).to.deep.equal([1, 2, 3]);
  });

  it("while downstream is busy, keeps only the newest value and sends it when downstream finishes", async () => {
    const source = new Stream<number>();
    const sink = slowSink(source.latest());
    for (const x of [1, 2, 3, 4]) expect(source.emit(x)).to.equal(undefined);
    expect(sink.seen).to.deep.equal([1]);
    await sink.finish();
    expect(sink.seen).to.deep.equal([1, 4]);
    await sink.finish();
    void source.emit(5);
    expect(sink.seen).to.deep.equal([1, 4, 5]);
  });

  it("sends nothing more when nothing came while downstream was busy", async () => {
    const source = new Stream<number>();
    const sink = slowSink(source.latest());
    void source.emit(1);
    await sink.finish();
    expect(sink.seen).to.deep.equal([1]);
  });

  it("throws an error from a value sent later from the next update", async () => {
    const source = new Stream<number>();
    const releases: (() => void)[] = [];
    const seen: number[] = [];
    source.latest().sink((x) => {
      if (x === 3) throw new Error("three");
      seen.push(x);
      return x === 1 ? new Promise<void>((resolve) => releases.push(resolve)) : undefined;
    });
    void source.emit(1);
    void source.emit(2);
    void source.emit(3);
    releases[0]?.();
    await Promise.resolve();
    await Promise.resolve();
    expect(() => source.emit(4)).to.throw("three");
    expect(seen).to.deep.equal([1, 4]);
    expect(source.emit(5)).to.equal(undefined);
  });

  it("drops the kept value when destroyed mid-stream", async () => {
    const source = new Stream<number>();
    const node = source.latest();
    const sink = slowSink(node);
    void source.emit(1);
    void source.emit(2);
    node.destroy();
    await sink.finish();
    expect(sink.seen).to.deep.equal([1]);
  });
});
