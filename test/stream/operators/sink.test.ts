// Tests of the sink operator: calling fn, waiting on its promises, errors and disconnecting.
import { expect } from "chai";
import { Stream, StreamError } from "../../../stream/index.js";

describe("sink", () => {
  it("calls fn with every value and returns undefined when fn returns no promise", () => {
    const source = new Stream<number>();
    const seen: number[] = [];
    source.sink((x) => seen.push(x));
    expect(source.emit(1)).to.equal(undefined);
    void source.emit(2);
    expect(seen).to.deep.equal([1, 2]);
  });

  it("returns fn's promise, so a source awaits it", async () => {
    const source = new Stream<number>();
    let release = (): void => undefined;
    const pending = new Promise<void>((resolve) => (release = resolve));
    source.sink(() => pending);
    const result = source.emit(1);
    expect(result).to.equal(pending);
    release();
    await result;
  });

  it("turns any thenable into a promise that settles with it", async () => {
    const source = new Stream<number>();
    let callback = (_value: number): void => undefined;
    const thenable = { then: (onFulfilled: (value: number) => void) => void (callback = onFulfilled) };
    source.sink(() => thenable);
    const result = source.emit(1);
    expect(result).to.be.instanceOf(Promise);
    let settled = false;
    void (result as Promise<void>).then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).to.equal(false);
    callback(42);
    await result;
    expect(settled).to.equal(true);
  });

  it("lets a throw reach the caller of emit, and a rejection reach whoever awaits", async () => {
    const source = new Stream<number>();
    source.sink((x) => {
      if (x === 1) throw new Error("sync");
      return Promise.reject(new Error("async"));
    });
    expect(() => source.emit(1)).to.throw("sync");
    let caught: unknown;
    await (source.emit(2) as Promise<void>).catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(Error).with.property("message", "async");
  });

  it("is not called after it is destroyed", () => {
    const source = new Stream<number>();
    const seen: number[] = [];
    const node = source.sink((x) => seen.push(x));
    void source.emit(1);
    node.destroy();
    void source.emit(2);
    expect(seen).to.deep.equal([1]);
  });

  it("rejects a fn that is not a function", () => {
    const source = new Stream<number>();
    // @ts-expect-error -- an array is not a function
    expect(() => source.sink([])).to.throw(StreamError, "sink: fn is not a function");
  });
});
