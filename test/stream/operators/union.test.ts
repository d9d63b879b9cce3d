// Tests of the union operator: merging, types, backpressure, schedulers and disconnecting.
import { expect } from "chai";
import { Stream, StreamError, VirtualScheduler, type Union } from "../../../stream/index.js";

describe("union", () => {
  it("emits the values of every input as they arrive, typed as the union of their types", () => {
    const numbers = new Stream<number>();
    const strings = new Stream<string>();
    const flags = new Stream<boolean>();
    const node: Union<number | string | boolean> = numbers.union(strings, flags);
    const out = node.sinkToList();
    void numbers.emit(1);
    void strings.emit("a");
    void flags.emit(true);
    void numbers.emit(2);
    expect(out.list).to.deep.equal([1, "a", true, 2]);
  });

  it("with no others, passes its one upstream through", () => {
    const source = new Stream<number>();
    const out = source.union().sinkToList();
    void source.emit(1);
    expect(out.list).to.deep.equal([1]);
  });

  it("takes the scheduler of the stream it is called on", () => {
    const scheduler = new VirtualScheduler();
    const timed = new Stream<number>({ scheduler });
    expect(timed.union(new Stream<number>()).scheduler).to.equal(scheduler);
  });

  it("returns the promise of a busy downstream to the input that emitted", async () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    let release = (): void => undefined;
    a.union(b).sink(() => new Promise<void>((resolve) => (release = resolve)));
    const result = b.emit(1);
    expect(result).to.be.instanceOf(Promise);
    release();
    await result;
  });

  it("keeps the other inputs when one is disconnected, and none after destroy", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const node = a.union(b);
    const out = node.sinkToList();
    b.disconnect(node);
    void a.emit(1);
    void b.emit(2);
    node.destroy();
    void a.emit(3);
    expect(out.list).to.deep.equal([1]);
    expect(a.downstreams).to.deep.equal([]);
  });

  it("rejects an argument that is not a stream, naming its position", () => {
    const a = new Stream<number>();
    // @ts-expect-error -- a number is not a stream
    expect(() => a.union(new Stream(), 5)).to.throw(StreamError, "union: argument 2 (5) is not a stream");
    expect(a.downstreams).to.deep.equal([]);
  });
});
