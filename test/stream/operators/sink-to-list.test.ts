// Tests of the sinkToList operator: the list it fills, its type, and what happens after destroy.
import { expect } from "chai";
import { Stream, type SinkToList } from "../../../stream/index.js";

describe("sinkToList", () => {
  it("appends every value to its list, oldest first, and returns undefined", () => {
    const source = new Stream<string>();
    const node: SinkToList<string> = source.sinkToList();
    expect(node.list).to.deep.equal([]);
    expect(source.emit("a")).to.equal(undefined);
    void source.emit("b");
    expect(node.list).to.deep.equal(["a", "b"]);
  });

  it("keeps the same list, so it can be cleared in place after reading", () => {
    const source = new Stream<number>();
    const node = source.sinkToList();
    const list = node.list;
    void source.emit(1);
    node.list.length = 0;
    void source.emit(2);
    expect(node.list).to.equal(list);
    expect(list).to.deep.equal([2]);
  });

  it("stops growing when destroyed, keeping what it had", () => {
    const source = new Stream<number>();
    const node = source.sinkToList();
    void source.emit(1);
    node.destroy();
    void source.emit(2);
    expect(node.list).to.deep.equal([1]);
  });
});
