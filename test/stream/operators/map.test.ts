// Tests of the map operator: results, types, errors and disconnecting.
import { expect } from "chai";
import type { MapNode } from "../../../stream/index.js";
import { Stream, StreamError } from "../../../stream/index.js";

describe("map", () => {
  it("emits fn(x) for every value, changing the element type", () => {
    const source = new Stream<number>();
    const node: MapNode<number, string> = source.map((x) => `#${x}`);
    const out = node.sinkToList();
    void source.emit(1);
    void source.emit(2);
    expect(out.list).to.deep.equal(["#1", "#2"]);
  });

  it("emits nothing before the first value, and exactly one result for one value", () => {
    const source = new Stream<number>();
    const out = source.map((x) => x + 1).sinkToList();
    expect(out.list).to.deep.equal([]);
    expect(source.emit(1)).to.equal(undefined);
    expect(out.list).to.deep.equal([2]);
  });

  it("lets an error thrown by fn reach the caller of emit and goes on with the next value", () => {
    const source = new Stream<number>();
    const out = source
      .map((x) => {
        if (x === 2) throw new Error("two");
        return x;
      })
      .sinkToList();
    void source.emit(1);
    expect(() => source.emit(2)).to.throw("two");
    void source.emit(3);
    expect(out.list).to.deep.equal([1, 3]);
  });

  it("passes on the promise of a busy downstream", async () => {
    const source = new Stream<number>();
    let release = (): void => undefined;
    source.map((x) => x * 2).sink(() => new Promise<void>((resolve) => (release = resolve)));
    const result = source.emit(1);
    expect(result).to.be.instanceOf(Promise);
    release();
    await result;
  });

  it("stops receiving when disconnected mid-stream", () => {
    const source = new Stream<number>();
    const node = source.map((x) => x * 10);
    const out = node.sinkToList();
    void source.emit(1);
    source.disconnect(node);
    void source.emit(2);
    expect(out.list).to.deep.equal([10]);
  });

  it("rejects a fn that is not a function, naming the value and the fix", () => {
    const source = new Stream<number>();
    // @ts-expect-error -- a number is not a function
    expect(() => source.map(3)).to.throw(StreamError, "map: fn is not a function (got 3); use e.g. map(");
    expect(source.downstreams).to.deep.equal([]);
  });
});
