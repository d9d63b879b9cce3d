// Tests of the collect operator: holding values, flush as an array, flushing from another stream, destroy.
import { expect } from "chai";
import { Stream, type Collect } from "../../../stream/index.js";

describe("collect", () => {
  it("holds values and emits them as one array on flush, then starts over (streamz: [(1, 2), (), (3,)])", () => {
    const source = new Stream<number>();
    const node: Collect<number> = source.collect();
    const out = node.sinkToList();
    void source.emit(1);
    void source.emit(2);
    expect(out.list).to.deep.equal([]);
    expect(node.size).to.equal(2);
    void node.flush();
    void node.flush();
    void source.emit(3);
    void node.flush();
    expect(out.list).to.deep.equal([[1, 2], [], [3]]);
  });

  it("emits a new array on every flush, so an emitted batch never changes afterwards", () => {
    const source = new Stream<number>();
    const node = source.collect();
    const out = node.sinkToList();
    void source.emit(1);
    void node.flush();
    void source.emit(2);
    void node.flush();
    expect(out.list[0]).to.deep.equal([1]);
    expect(out.list[0]).to.not.equal(out.list[1]);
  });

  it("flushes when another stream emits, with flush passed as a bare callback", () => {
    const source = new Stream<number>();
    const trigger = new Stream<string>();
    const node = source.collect();
    const out = node.sinkToList();
    trigger.sink(node.flush);
    void source.emit(1);
    void source.emit(2);
    void trigger.emit("anything");
    expect(out.list).to.deep.equal([[1, 2]]);
  });

  it("returns the promise of a busy downstream from flush, and undefined from update", async () => {
    const source = new Stream<number>();
    const node = source.collect();
    let release = (): void => undefined;
    node.sink(() => new Promise<void>((resolve) => (release = resolve)));
    expect(source.emit(1)).to.equal(undefined);
    const result = node.flush();
    expect(result).to.be.instanceOf(Promise);
    release();
    await result;
  });

  it("drops the held values when destroyed", () => {
    const source = new Stream<number>();
    const node = source.collect();
    const out = node.sinkToList();
    void source.emit(1);
    node.destroy();
    expect(node.size).to.equal(0);
    node.connect(out);
    void node.flush();
    expect(out.list).to.deep.equal([[]]);
  });
});
