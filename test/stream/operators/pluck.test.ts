// Tests of the pluck operator: one key, several keys as a tuple, array indices and missing keys.
import { expect } from "chai";
import { Stream, StreamError, type Pluck } from "../../../stream/index.js";

interface Sample {
  x: number;
  y: number;
  kind: string;
  note?: string | undefined;
}

describe("pluck", () => {
  it("emits the value at one key", () => {
    const source = new Stream<Sample>();
    const node: Pluck<Sample, number> = source.pluck("x");
    const out = node.sinkToList();
    void source.emit({ x: 1, y: 2, kind: "move" });
    expect(out.list).to.deep.equal([1]);
  });

  it("emits a tuple for an array of keys, in the order of the keys", () => {
    const source = new Stream<Sample>();
    const node: Pluck<Sample, [string, number]> = source.pluck(["kind", "y"]);
    const out = node.sinkToList();
    void source.emit({ x: 1, y: 2, kind: "move" });
    void source.emit({ x: 3, y: 4, kind: "down" });
    expect(out.list).to.deep.equal([
      ["move", 2],
      ["down", 4],
    ]);
  });

  it("picks array indices, as streamz pluck(1) and pluck([0, 2]) do", () => {
    const source = new Stream<[number, number, number]>();
    const second = source.pluck(1).sinkToList();
    const ends = source.pluck([0, 2]).sinkToList();
    void source.emit([1, 2, 3]);
    expect(second.list).to.deep.equal([2]);
    expect(ends.list).to.deep.equal([[1, 3]]);
  });

  it("emits an empty tuple for an empty array of keys", () => {
    const source = new Stream<Sample>();
    const out = source.pluck([]).sinkToList();
    void source.emit({ x: 1, y: 2, kind: "move" });
    expect(out.list).to.deep.equal([[]]);
  });

  it("throws for a missing key, as streamz raises KeyError, but not for a key set to undefined", () => {
    const source = new Stream<Sample>();
    const out = source.pluck("note").sinkToList();
    void source.emit({ x: 1, y: 2, kind: "move", note: undefined });
    expect(() => source.emit({ x: 1, y: 2, kind: "move" })).to.throw(StreamError, 'pluck: a value has no key "note"');
    expect(out.list).to.deep.equal([undefined]);
  });

  it("rejects something that is not a key", () => {
    const source = new Stream<Sample>();
    // @ts-expect-error -- an object is not a key
    expect(() => source.pluck({})).to.throw(StreamError, "is not a key or an array of keys");
    // @ts-expect-error -- the array holds a non-key
    expect(() => source.pluck(["x", null])).to.throw(StreamError, 'use e.g. pluck("x")');
  });

  it("copies the keys, so changing the array afterwards changes nothing", () => {
    const source = new Stream<Sample>();
    const keys: (keyof Sample)[] = ["x"];
    const out = source.pluck(keys).sinkToList();
    keys.push("y");
    void source.emit({ x: 1, y: 2, kind: "move" });
    expect(out.list).to.deep.equal([[1]]);
  });
});
