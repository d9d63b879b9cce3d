// Tests of the Stream node: connecting, emitting, backpressure results, errors and the plugin registry.
import { expect } from "chai";
import { Recorder } from "./recorder.js";
import { Stream, StreamError, type Emitted } from "../../stream/index.js";

describe("Stream", () => {
  it("emits to every downstream in connection order and returns undefined when all are synchronous", () => {
    const source = new Stream<number>();
    const order: string[] = [];
    const a = new Recorder(source, () => void order.push("a"));
    const b = new Recorder(source, () => void order.push("b"));
    expect(source.emit(1)).to.equal(undefined);
    expect(a.seen).to.deep.equal([1]);
    expect(b.seen).to.deep.equal([1]);
    expect(order).to.deep.equal(["a", "b"]);
  });

  it("returns a promise that settles only when every busy downstream has finished", async () => {
    const source = new Stream<number>();
    let release: () => void = () => undefined;
    const busy = new Promise<void>((resolve) => (release = resolve));
    new Recorder(source, () => busy);
    new Recorder(source);
    const result = source.emit(1);
    expect(result).to.be.instanceOf(Promise);
    let settled = false;
    void (result as Promise<void>).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).to.equal(false);
    release();
    await result;
    expect(settled).to.equal(true);
  });

  it("lets an error thrown downstream reach the caller of emit", () => {
    const source = new Stream<number>();
    new Recorder(source, () => {
      throw new Error("bad event");
    });
    expect(() => source.emit(1)).to.throw("bad event");
  });

  it("keeps upstreams and downstreams in step through connect, disconnect and destroy", () => {
    const source = new Stream<number>();
    const middle = new Stream<number>({ upstream: source });
    const end = new Recorder(middle);
    expect(source.downstreams).to.deep.equal([middle]);
    expect(middle.upstreams).to.deep.equal([source]);
    middle.destroy();
    expect(source.downstreams).to.deep.equal([]);
    expect(end.upstreams).to.deep.equal([]);
    void source.emit(1);
    expect(end.seen).to.deep.equal([]);
    expect(() => source.connect(middle)).to.not.throw();
    expect(() => source.connect(middle)).to.throw(StreamError, "already connected");
  });

  it("adds a method to every stream with registerApi, and refuses a name already taken", () => {
    class Tripled extends Stream<number> {
      constructor(upstream: Stream<number>) {
        super({ upstream });
      }
      override update(x: number): Emitted {
        return this.emit(x * 3);
      }
    }
    Stream.registerApi("tripledForTest", Tripled);
    const source = new Stream<number>();
    const node = (source as unknown as { tripledForTest(): Stream<number> }).tripledForTest();
    expect(node).to.be.instanceOf(Tripled);
    const end = new Recorder(node);
    void source.emit(2);
    expect(end.seen).to.deep.equal([6]);
    expect(() => Stream.registerApi("emit", Tripled)).to.throw(StreamError, 'already have a method "emit"');
  });

  it("reaches a node connected after values have flowed, anywhere along a chain", () => {
    const source = new Stream<number>();
    const middle = source.map((x) => x + 1);
    const first = new Recorder(middle.map((x) => x * 10));
    void source.emit(1);
    const second = new Recorder(middle);
    void source.emit(2);
    expect(first.seen).to.deep.equal([20, 30]);
    expect(second.seen).to.deep.equal([3]);
  });

  it("stops reaching a node disconnected after values have flowed, also from inside an emit", () => {
    const source = new Stream<number>();
    const middle = source.filter((x) => x > 0);
    const end: Recorder<number> = new Recorder(middle, (x) => (x === 2 ? middle.disconnect(end) : undefined));
    for (const x of [1, 2, 3]) void source.emit(x);
    expect(end.seen).to.deep.equal([1, 2]);
    expect(middle.downstreams).to.deep.equal([]);
  });

  it("passes values around a cycle in the graph", () => {
    const source = new Stream<number>();
    const decremented = source.map((x) => x - 1);
    const positive = decremented.filter((x) => x > 0);
    positive.connect(decremented);
    const end = new Recorder(decremented);
    void source.emit(3);
    expect(end.seen).to.deep.equal([0, 1, 2]); // depth first: the loop runs before the later downstream
  });

  it("returns one promise for a fan-out whose branches are busy, and undefined once nothing is busy", async () => {
    const source = new Stream<number>();
    const busy = new Recorder(source, (x) => (x === 1 ? Promise.resolve() : undefined));
    new Recorder(source, (x) => (x === 1 ? Promise.resolve() : undefined));
    new Recorder(source);
    const result = source.emit(1);
    expect(result).to.be.instanceOf(Promise);
    await result;
    expect(source.emit(2)).to.equal(undefined);
    expect(busy.seen).to.deep.equal([1, 2]);
  });
});
