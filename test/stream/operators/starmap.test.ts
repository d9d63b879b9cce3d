// Tests of the starmap operator: spreading tuples, types and errors.
import { expect } from "chai";
import type { Starmap } from "../../../stream/index.js";
import { Stream, StreamError } from "../../../stream/index.js";

describe("starmap", () => {
  it("spreads every tuple into the arguments of fn", () => {
    const source = new Stream<[number, string]>();
    const node: Starmap<[number, string], string> = source.starmap((n, s) => s.repeat(n));
    const out = node.sinkToList();
    void source.emit([2, "ab"]);
    void source.emit([0, "x"]);
    expect(out.list).to.deep.equal(["abab", ""]);
  });

  it("calls fn without arguments for an empty tuple", () => {
    const source = new Stream<[]>();
    const out = source.starmap((...args: []) => args.length).sinkToList();
    void source.emit([]);
    expect(out.list).to.deep.equal([0]);
  });

  it("lets an error thrown by fn reach the caller of emit", () => {
    const source = new Stream<[number, number]>();
    source.starmap((a, b) => {
      if (b === 0) throw new RangeError("division by zero");
      return a / b;
    });
    expect(() => source.emit([1, 0])).to.throw(RangeError, "division by zero");
  });

  it("stops receiving when destroyed mid-stream", () => {
    const source = new Stream<[number, number]>();
    const node = source.starmap((a, b) => a + b);
    const out = node.sinkToList();
    void source.emit([1, 2]);
    node.destroy();
    void source.emit([3, 4]);
    expect(out.list).to.deep.equal([3]);
  });

  it("rejects a fn that is not a function", () => {
    const source = new Stream<[number]>();
    // @ts-expect-error -- a string is not a function
    expect(() => source.starmap("add")).to.throw(StreamError, "starmap: fn is not a function (got add)");
  });
});
