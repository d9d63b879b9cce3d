// Tests of fromIterable: sync and async iterables, backpressure, errors, and what stop and restart do.
import { expect } from "chai";
import { Stream, VirtualScheduler, type SourceError } from "../../../stream/index.js";
import { FromIterable, fromIterable } from "../../../stream/sources/from-iterable.js";
import { Recorder } from "../recorder.js";

const settle = (): Promise<void> => new VirtualScheduler().advanceBy(0);

describe("fromIterable", () => {
  it("emits every item of an array, starting a microtask after construction, then stops", async () => {
    const source = fromIterable([1, 2, 3]);
    const end = new Recorder(source);
    expect(end.seen).to.deep.equal([]);
    await Promise.resolve();
    expect(end.seen).to.deep.equal([1, 2, 3]);
    expect(source.started).to.equal(false);
  });

  it("is a static method of Stream as well", () => {
    expect(Stream.fromIterable([1], { start: false })).to.be.instanceOf(FromIterable);
  });

  it("emits the items of an async generator in order", async () => {
    async function* letters(): AsyncGenerator<string> {
      yield "a";
      await Promise.resolve();
      yield "b";
    }
    const end = new Recorder(fromIterable(letters()));
    await settle();
    expect(end.seen).to.deep.equal(["a", "b"]);
  });

  it("waits for a busy graph before pulling the next item", async () => {
    let release: () => void = () => undefined;
    const pulled: number[] = [];
    function* numbers(): Generator<number> {
      for (const x of [1, 2, 3]) {
        pulled.push(x);
        yield x;
      }
    }
    const source = fromIterable(numbers());
    const end = new Recorder(source, (x) =>
      x === 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    await settle();
    expect(end.seen).to.deep.equal([1]);
    expect(pulled).to.deep.equal([1]);
    release();
    await settle();
    expect(end.seen).to.deep.equal([1, 2, 3]);
  });

  it("reports an error thrown downstream and goes on with the next item", async () => {
    const caught: SourceError[] = [];
    const source = fromIterable([1, 2, 3], { onError: (error) => caught.push(error) });
    const end = new Recorder(source, (x) => {
      if (x === 2) throw new Error("bad 2");
    });
    await settle();
    expect(end.seen).to.deep.equal([1, 2, 3]);
    expect(caught.map((c) => c.value)).to.deep.equal([2]);
  });

  it("reports an error thrown by the iterator and stops", async () => {
    const caught: unknown[] = [];
    function* failing(): Generator<number> {
      yield 1;
      throw new Error("iterator broke");
    }
    const source = fromIterable(failing(), { onError: ({ error }) => caught.push((error as Error).message) });
    const end = new Recorder(source);
    await settle();
    expect(end.seen).to.deep.equal([1]);
    expect(caught).to.deep.equal(["iterator broke"]);
    expect(source.started).to.equal(false);
  });

  it("returns the iterator on stop, so a generator's finally runs", async () => {
    let cleanedUp = false;
    function* numbers(): Generator<number> {
      try {
        yield 1;
        yield 2;
      } finally {
        cleanedUp = true;
      }
    }
    const source = fromIterable(numbers());
    const end = new Recorder(source, () => source.stop());
    await settle();
    expect(end.seen).to.deep.equal([1]);
    expect(cleanedUp).to.equal(true);
  });

  it("replays an array from its first item after a restart", async () => {
    const source = fromIterable([1, 2, 3]);
    const end = new Recorder(source, (x) => (x === 2 ? source.stop() : undefined));
    await settle();
    expect(end.seen).to.deep.equal([1, 2]);
    source.start();
    await settle();
    expect(end.seen).to.deep.equal([1, 2, 1, 2]);
  });

  it("emits nothing after a restart when given a used-up generator object", async () => {
    function* numbers(): Generator<number> {
      yield 1;
      yield 2;
    }
    const source = fromIterable(numbers());
    const end = new Recorder(source, () => source.stop());
    await settle();
    source.start();
    await settle();
    expect(end.seen).to.deep.equal([1]);
  });

  it("does not start when stopped before its automatic start", async () => {
    const source = fromIterable([1]);
    const end = new Recorder(source);
    source.stop();
    await settle();
    expect(end.seen).to.deep.equal([]);
    expect(source.started).to.equal(false);
  });
});
