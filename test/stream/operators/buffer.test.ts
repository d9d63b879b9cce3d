// Tests of the buffer operator: passing through, piling up to n, the room promise, draining, errors, destroy.
import { expect } from "chai";
import { slowSink } from "../slow-sink.js";
import { Stream, StreamError, type BufferNode } from "../../../stream/index.js";

describe("buffer", () => {
  it("passes values on at once while downstream is synchronous", () => {
    const source = new Stream<number>();
    const node: BufferNode<number> = source.buffer(2);
    const out = node.sinkToList();
    for (const x of [1, 2, 3, 4]) expect(source.emit(x)).to.equal(undefined);
    expect(out.list).to.deep.equal([1, 2, 3, 4]);
    expect(node.size).to.equal(0);
  });

  it("lets n values wait while downstream is busy, and makes the next one wait for room", async () => {
    const source = new Stream<number>();
    const node = source.buffer(2);
    const sink = slowSink(node);
    expect(source.emit(1)).to.equal(undefined);
    expect(source.emit(2)).to.equal(undefined);
    expect(source.emit(3)).to.equal(undefined);
    expect(node.size).to.equal(2);
    const full = source.emit(4);
    expect(full).to.be.instanceOf(Promise);
    let roomAgain = false;
    void (full as Promise<void>).then(() => (roomAgain = true));
    await sink.finish();
    expect(sink.seen).to.deep.equal([1, 2]);
    expect(roomAgain).to.equal(true);
    expect(node.size).to.equal(2);
  });

  it("sends waiting values in order, one at a time, then passes on at once again", async () => {
    const source = new Stream<number>();
    const node = source.buffer(10);
    const sink = slowSink(node);
    for (const x of [1, 2, 3]) void source.emit(x);
    expect(sink.seen).to.deep.equal([1]);
    await sink.finish();
    expect(sink.seen).to.deep.equal([1, 2]);
    await sink.finish();
    await sink.finish();
    expect(sink.seen).to.deep.equal([1, 2, 3]);
    expect(node.size).to.equal(0);
    void source.emit(4);
    expect(sink.seen).to.deep.equal([1, 2, 3, 4]);
  });

  it("holds at most n values plus the one its waiting source pushed, when the source awaits emit", async () => {
    const source = new Stream<number>();
    const node = source.buffer(3);
    const sink = slowSink(node);
    let largest = 0;
    const producing = (async () => {
      for (let x = 1; x <= 10; x += 1) {
        const busy = source.emit(x);
        largest = Math.max(largest, node.size);
        if (busy !== undefined) await busy;
      }
    })();
    while (sink.seen.length < 10) await sink.finish();
    await producing;
    expect(sink.seen).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(largest).to.equal(4);
  });

  it("keeps a value pushed while full by a source that does not wait", async () => {
    const source = new Stream<number>();
    const node = source.buffer(1);
    const sink = slowSink(node);
    for (const x of [1, 2, 3, 4]) void source.emit(x);
    expect(node.size).to.equal(3);
    for (let i = 0; i < 4; i += 1) await sink.finish();
    expect(sink.seen).to.deep.equal([1, 2, 3, 4]);
  });

  it("throws an error from a value sent later from the next update, and goes on draining", async () => {
    const source = new Stream<number>();
    const node = source.buffer(5);
    const releases: (() => void)[] = [];
    const seen: number[] = [];
    node.sink((x) => {
      if (x === 2) throw new Error("two");
      seen.push(x);
      return x === 1 ? new Promise<void>((resolve) => releases.push(resolve)) : undefined;
    });
    void source.emit(1);
    void source.emit(2);
    void source.emit(3);
    releases[0]?.();
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).to.deep.equal([1, 3]);
    expect(() => source.emit(4)).to.throw("two");
    expect(seen).to.deep.equal([1, 3, 4]);
    expect(source.emit(5)).to.equal(undefined);
  });

  it("lets a synchronous error of a value passed on at once reach the caller of emit", () => {
    const source = new Stream<number>();
    source.buffer(1).sink(() => {
      throw new Error("now");
    });
    expect(() => source.emit(1)).to.throw("now");
  });

  it("drops waiting values and releases a waiting source when destroyed mid-stream", async () => {
    const source = new Stream<number>();
    const node = source.buffer(1);
    const sink = slowSink(node);
    void source.emit(1);
    void source.emit(2);
    const full = source.emit(3) as Promise<void>;
    node.destroy();
    expect(node.size).to.equal(0);
    await full;
    await sink.finish();
    expect(sink.seen).to.deep.equal([1]);
  });

  it("rejects an n that is not a positive integer, suggesting one", () => {
    const source = new Stream<number>();
    expect(() => source.buffer(0)).to.throw(StreamError, "buffer: n 0 is not a positive integer; use e.g. buffer(100)");
    expect(() => source.buffer(2.5)).to.throw(StreamError, "buffer: n 2.5 is not a positive integer");
  });
});
