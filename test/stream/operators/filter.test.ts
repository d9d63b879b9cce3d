// Tests of the filter operator: selection, type guards, errors and disconnecting.
import { expect } from "chai";
import type { Filter } from "../../../stream/index.js";
import { Stream, StreamError } from "../../../stream/index.js";

describe("filter", () => {
  it("emits only the values for which the predicate is truthy", () => {
    const source = new Stream<number>();
    const out = source.filter((x) => x % 2).sinkToList();
    for (const x of [1, 2, 3, 4, 5]) void source.emit(x);
    expect(out.list).to.deep.equal([1, 3, 5]);
  });

  it("narrows the element type with a type guard", () => {
    const source = new Stream<number | string>();
    const node: Filter<string> = source.filter((x): x is string => typeof x === "string");
    const lengths = node.map((s) => s.length).sinkToList();
    void source.emit("abc");
    void source.emit(7);
    expect(lengths.list).to.deep.equal([3]);
  });

  it("returns undefined for a dropped value even when downstream is asynchronous", () => {
    const source = new Stream<number>();
    source.filter((x) => x > 0).sink(() => Promise.resolve());
    expect(source.emit(-1)).to.equal(undefined);
  });

  it("emits nothing when nothing passes, and lets a predicate error reach emit", () => {
    const source = new Stream<number>();
    const out = source
      .filter((x) => {
        if (x < 0) throw new Error("negative");
        return false;
      })
      .sinkToList();
    void source.emit(1);
    expect(() => source.emit(-1)).to.throw("negative");
    expect(out.list).to.deep.equal([]);
  });

  it("stops receiving when disconnected mid-stream", () => {
    const source = new Stream<number>();
    const node = source.filter(() => true);
    const out = node.sinkToList();
    void source.emit(1);
    source.disconnect(node);
    void source.emit(2);
    expect(out.list).to.deep.equal([1]);
  });

  it("rejects a missing predicate and suggests one", () => {
    const source = new Stream<number>();
    // @ts-expect-error -- the predicate is required
    expect(() => source.filter()).to.throw(StreamError, "filter: predicate is not a function (got undefined)");
  });
});
