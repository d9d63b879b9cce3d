// Tests of zip: tuples of the n-th values, buffering of inputs that run ahead, backpressure, errors and destroy.
import { expect } from "chai";
import { Recorder } from "../recorder.js";
import { StreamError } from "../../../stream/errors.js";
import "../../../stream/operators/zip.js";
import type { Zip } from "../../../stream/operators/zip.js";
import { Stream, type Emitted } from "../../../stream/stream.js";

/** Whether `promise` has settled once the current microtasks have run. */
async function hasSettled(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

describe("zip", () => {
  it("emits a tuple once every input has a value, pairing values by arrival order", () => {
    const numbers = new Stream<number>();
    const letters = new Stream<string>();
    const out = new Recorder(numbers.zip(letters));
    void numbers.emit(1);
    void numbers.emit(2);
    expect(out.seen).to.deep.equal([]);
    void letters.emit("a");
    void letters.emit("b");
    void letters.emit("c");
    void numbers.emit(3);
    expect(out.seen).to.deep.equal([
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ]);
  });

  it("joins three streams into typed triples in argument order", () => {
    const a = new Stream<number>();
    const b = new Stream<string>();
    const c = new Stream<boolean>();
    const node: Zip<[number, string, boolean]> = a.zip(b, c);
    const out = new Recorder(node);
    void c.emit(true);
    void b.emit("x");
    void a.emit(1);
    expect(out.seen).to.deep.equal([[1, "x", true]]);
    expect(node.inputs).to.deep.equal([a, b, c]);
  });

  it("emits nothing while an input is empty, and one-tuples when zipping a stream alone", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const pairs = new Recorder(a.zip(b));
    const alone = new Recorder(a.zip());
    void a.emit(1);
    expect(pairs.seen).to.deep.equal([]);
    expect(alone.seen).to.deep.equal([[1]]);
  });

  it("asks an input that runs more than maxsize values ahead to wait until the next tuple", async () => {
    const fast = new Stream<number>();
    const slow = new Stream<string>();
    const out = new Recorder(fast.zip(slow));
    const results: Emitted[] = [];
    for (let i = 0; i < 12; i += 1) results.push(fast.emit(i));
    expect(results.slice(0, 10)).to.deep.equal(new Array(10).fill(undefined));
    const [eleventh, twelfth] = results.slice(10) as [Promise<void>, Promise<void>];
    expect(eleventh).to.be.instanceOf(Promise);
    expect(twelfth).to.equal(eleventh);
    expect(await hasSettled(eleventh)).to.equal(false);
    expect(slow.emit("a")).to.equal(undefined);
    expect(await hasSettled(eleventh)).to.equal(true);
    expect(out.seen).to.deep.equal([[0, "a"]]);
  });

  it("takes maxsize as a trailing options object", () => {
    const fast = new Stream<number>();
    const slow = new Stream<number>();
    const node = fast.zip(slow, { maxsize: 1 });
    expect(node.maxsize).to.equal(1);
    expect(fast.emit(1)).to.equal(undefined);
    expect(fast.emit(2)).to.be.instanceOf(Promise);
  });

  it("returns the downstream's promise when a tuple is emitted into a busy node", async () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    let release: () => void = () => undefined;
    new Recorder(a.zip(b), () => new Promise<void>((resolve) => (release = resolve)));
    void a.emit(1);
    const result = b.emit(2);
    expect(result).to.be.instanceOf(Promise);
    release();
    await result;
  });

  it("rejects arguments that are not streams, the same stream twice, and a bad maxsize", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const zipAny = a.zip.bind(a) as (...args: unknown[]) => unknown;
    expect(() => zipAny(b, 5)).to.throw(StreamError, "zip: argument 2 is not a Stream but 5");
    expect(() => zipAny(b, b)).to.throw(StreamError, "zip: argument 2 (Stream) is already an input");
    expect(() => zipAny(a)).to.throw(StreamError, "argument 1 (Stream) is already an input");
    expect(() => a.zip(b, { maxsize: 0 })).to.throw(StreamError, "zip: maxsize 0 is not a positive integer");
    expect(a.downstreams).to.deep.equal([]);
  });

  it("lets a downstream error reach the caller whose value completed the tuple", () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    new Recorder(a.zip(b), () => {
      throw new Error("bad tuple");
    });
    void a.emit(1);
    expect(() => b.emit(2)).to.throw("bad tuple");
  });

  it("refuses an update from a stream that is not one of its inputs", () => {
    const a = new Stream<number>();
    const node = a.zip(new Stream<number>());
    expect(() => node.update(1, new Stream({ name: "stranger" }))).to.throw(StreamError, "stranger");
  });

  it("drops its buffers and lets waiting inputs go on when destroyed mid-stream", async () => {
    const a = new Stream<number>();
    const b = new Stream<number>();
    const node = a.zip(b, { maxsize: 1 });
    const out = new Recorder(node);
    void a.emit(1);
    const waiting = a.emit(2) as Promise<void>;
    node.destroy();
    expect(await hasSettled(waiting)).to.equal(true);
    expect(a.downstreams).to.deep.equal([]);
    void b.emit(3);
    expect(out.seen).to.deep.equal([]);
  });
});
