// Tests of the flatten operator: arrays and other iterables, empty ones, backpressure and errors.
import { expect } from "chai";
import { Stream, StreamError, type Flatten } from "../../../stream/index.js";

describe("flatten", () => {
  it("emits the items of every array in order, and nothing for an empty one", () => {
    const source = new Stream<number[]>();
    const node: Flatten<number> = source.flatten();
    const out = node.sinkToList();
    void source.emit([1, 2]);
    void source.emit([]);
    void source.emit([3]);
    expect(out.list).to.deep.equal([1, 2, 3]);
  });

  it("flattens any iterable: a Set, a generator, a string", () => {
    const source = new Stream<Iterable<string>>();
    const out = source.flatten().sinkToList();
    void source.emit(new Set(["a", "b"]));
    void source.emit(
      (function* () {
        yield "c";
      })(),
    );
    void source.emit("de");
    expect(out.list).to.deep.equal(["a", "b", "c", "d", "e"]);
  });

  it("returns undefined when downstream is synchronous, and one promise for all busy items", async () => {
    const source = new Stream<number[]>();
    const releases: (() => void)[] = [];
    const seen: number[] = [];
    source.flatten().sink((x) => {
      seen.push(x);
      return new Promise<void>((resolve) => releases.push(resolve));
    });
    const sync = new Stream<number[]>();
    sync.flatten().sinkToList();
    expect(sync.emit([1, 2])).to.equal(undefined);
    const result = source.emit([1, 2, 3]);
    expect(seen).to.deep.equal([1, 2, 3]);
    let settled = false;
    void (result as Promise<void>).then(() => (settled = true));
    releases[0]?.();
    releases[1]?.();
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).to.equal(false);
    releases[2]?.();
    await result;
    expect(settled).to.equal(true);
  });

  it("stops at an item whose downstream throws, and the error reaches the caller of emit", () => {
    const source = new Stream<number[]>();
    const seen: number[] = [];
    source.flatten().sink((x) => {
      if (x === 2) throw new Error("two");
      seen.push(x);
    });
    expect(() => source.emit([1, 2, 3])).to.throw("two");
    expect(seen).to.deep.equal([1]);
  });

  it("rejects a value that is not iterable, naming it", () => {
    const source = new Stream<unknown>();
    (source as Stream<Iterable<unknown>>).flatten();
    expect(() => source.emit(3)).to.throw(StreamError, "flatten: 3 is not iterable");
    expect(() => source.emit({})).to.throw(StreamError, "flatten: an object without Symbol.iterator is not iterable");
    expect(() => source.emit(null)).to.throw(StreamError, "flatten: null is not iterable");
  });

  it("stops receiving when destroyed mid-stream", () => {
    const source = new Stream<number[]>();
    const node = source.flatten();
    const out = node.sinkToList();
    void source.emit([1]);
    node.destroy();
    void source.emit([2]);
    expect(out.list).to.deep.equal([1]);
  });
});
