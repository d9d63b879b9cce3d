// Tests of the fault isolation contract: a throw or rejection in one branch is reported once, naming the branch,
// and never keeps a value from its sibling branches or stops the source.
import { expect } from "chai";
import {
  AsyncQueue,
  BranchError,
  fromIterable,
  fromQueue,
  Stream,
  VirtualScheduler,
  type AnyStream,
  type SourceError,
} from "../../stream/index.js";

/** A sink named `name` that throws on `bad` and records everything else. */
function throwingSink<T>(upstream: Stream<T>, name: string, bad: (x: T) => boolean): AnyStream {
  const node = upstream.sink((x) => {
    if (bad(x)) throw new Error(`${name} refused ${String(x)}`);
  });
  node.name = name;
  return node;
}

/** What a test needs to see of a reported error: the value, the branch's name and the message. */
function summary(caught: SourceError): [unknown, string, string] {
  return [caught.value, caught.node.name, (caught.error as Error).message];
}

const settle = (): Promise<void> => new VirtualScheduler().advanceBy(0);

describe("fault isolation", () => {
  it("gives every value to the siblings of a throwing branch and reports the error once, naming it", async () => {
    const caught: SourceError[] = [];
    const source = fromIterable([1, 2, 3, 4], { onError: (error) => caught.push(error) });
    throwingSink(source, "throwsOn3", (x) => x === 3);
    const collected = source.sinkToList();
    await settle();
    expect(collected.list).to.deep.equal([1, 2, 3, 4]);
    expect(caught.map(summary)).to.deep.equal([[3, "throwsOn3", "throwsOn3 refused 3"]]);
  });

  it("reports each of several branches that throw for one value once, in connection order", async () => {
    const caught: SourceError[] = [];
    const source = fromIterable([1, 2], { onError: (error) => caught.push(error) });
    throwingSink(source, "first", (x) => x === 2);
    const collected = source.sinkToList();
    throwingSink(source, "second", (x) => x === 2);
    await settle();
    expect(collected.list).to.deep.equal([1, 2]);
    expect(caught.map(summary)).to.deep.equal([
      [2, "first", "first refused 2"],
      [2, "second", "second refused 2"],
    ]);
  });

  it("reports an error from a nested fan-out once, naming the branch below it", async () => {
    const caught: SourceError[] = [];
    const source = fromIterable([1, 2], { onError: (error) => caught.push(error) });
    const doubled = source.map((x) => x * 2);
    throwingSink(doubled, "inner", (x) => x === 4);
    const inner = doubled.sinkToList();
    const outer = source.sinkToList();
    await settle();
    expect([inner.list, outer.list]).to.deep.equal([
      [2, 4],
      [1, 2],
    ]);
    expect(caught.map(summary)).to.deep.equal([[2, "inner", "inner refused 4"]]);
  });

  it("waits for the siblings of a rejecting branch and reports the rejection once, naming it", async () => {
    const caught: SourceError[] = [];
    const source = fromIterable([1, 2, 3], { onError: (error) => caught.push(error) });
    const failing = source.sink((x) => (x === 2 ? Promise.reject(new Error("async refused 2")) : undefined));
    failing.name = "rejectsOn2";
    let release: () => void = () => undefined;
    const slow = source.sink((x) => (x === 2 ? new Promise<void>((resolve) => (release = resolve)) : undefined));
    const collected = source.sinkToList();
    await settle();
    expect(collected.list).to.deep.equal([1, 2]); // the source waits for the slow branch
    expect(caught).to.have.length(0);
    release();
    await settle();
    expect(collected.list).to.deep.equal([1, 2, 3]);
    expect(caught.map(summary)).to.deep.equal([[2, "rejectsOn2", "async refused 2"]]);
    expect(slow.upstreams).to.deep.equal([source]);
  });

  it("still throws to the caller of a bare emit, after the siblings had the value", () => {
    const stream = new Stream<number>();
    const throwing = throwingSink(stream, "throwsOn3", (x) => x === 3);
    const collected = stream.sinkToList();
    let thrown: unknown;
    for (const x of [1, 2, 3, 4]) {
      try {
        void stream.emit(x);
      } catch (error) {
        thrown = error;
      }
    }
    expect(collected.list).to.deep.equal([1, 2, 3, 4]);
    expect(thrown).to.be.instanceOf(BranchError);
    const branchError = thrown as BranchError;
    expect(branchError.failures.map((f) => [f.node, (f.error as Error).message])).to.deep.equal([
      [throwing, "throwsOn3 refused 3"],
    ]);
    expect((branchError.cause as Error).message).to.equal("throwsOn3 refused 3");
    expect(branchError.message).to.contain('"throwsOn3"').and.to.contain("throwsOn3 refused 3");
  });

  it("counts in the README's pipeline the rows that the plot's sink refused", async () => {
    const scheduler = new VirtualScheduler();
    const caught: SourceError[] = [];
    const moves = new AsyncQueue<number>();
    const samples = fromQueue(moves, { scheduler, onError: (error) => caught.push(error) });
    throwingSink(samples, "plot", () => true);
    const rates = samples
      .timedWindow(1000)
      .map((batch) => batch.length)
      .sinkToList();
    for (let i = 0; i < 5; i += 1) moves.put(i);
    await scheduler.advanceBy(1000);
    expect(rates.list).to.deep.equal([5]);
    expect(caught.map((c) => c.node.name)).to.deep.equal(["plot", "plot", "plot", "plot", "plot"]);
    samples.destroy();
  });
});
