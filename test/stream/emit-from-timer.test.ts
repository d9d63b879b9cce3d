// Tests of how errors below timer-driven nodes are reported: to the source upstream, as synchronous errors are,
// and to the console only when no source feeds the node.
import { expect } from "chai";
import { capturingConsoleErrors } from "./console-errors.js";
import {
  AsyncQueue,
  fromQueue,
  Stream,
  VirtualScheduler,
  type AnyStream,
  type SourceError,
} from "../../stream/index.js";

/** A source on a virtual clock whose caught errors, from `onError` and from its `errors` stream, are recorded. */
function recordedSource(scheduler: VirtualScheduler, name: string) {
  const queue = new AsyncQueue<number>();
  const caught: SourceError[] = [];
  const source = fromQueue(queue, { scheduler, name, onError: (error) => caught.push(error) });
  const streamed = source.errors.sinkToList();
  return { queue, source, caught, streamed: streamed.list };
}

/** A sink named "refuser" that throws on every value. */
function refuser<T>(upstream: Stream<T>): AnyStream {
  const node = upstream.sink(() => {
    throw new Error("refused");
  });
  node.name = "refuser";
  return node;
}

const summary = (caught: SourceError): [string, string, string] => [
  caught.source.name,
  caught.node.name,
  (caught.error as Error).message,
];

describe("errors below timer-driven nodes", () => {
  const cases: [string, (upstream: Stream<number>) => Stream<unknown>, unknown][] = [
    ["timedWindow", (upstream) => upstream.timedWindow(100), [1]],
    ["delay", (upstream) => upstream.delay(100), 1],
    ["a partition timeout", (upstream) => upstream.partition(5, { timeout: 100 }), [1]],
  ];
  for (const [what, build, value] of cases) {
    it(`reach the onError and errors stream of the source above ${what}, naming the branch`, async () => {
      await capturingConsoleErrors(async (logged) => {
        const scheduler = new VirtualScheduler();
        const { queue, source, caught, streamed } = recordedSource(scheduler, "pointer");
        refuser(build(source));
        queue.put(1);
        await scheduler.advanceBy(100);
        expect(caught.map(summary)).to.deep.equal([["pointer", "refuser", "refused"]]);
        expect(caught[0]?.value).to.deep.equal(value);
        expect(streamed).to.deep.equal(caught);
        expect(logged).to.deep.equal([]);
        source.destroy();
      });
    });
  }

  // A rateLimit emits a waiting value from the promise its update returned to the source, so the source itself
  // catches the error and names the first node below it.
  it("reach the source above a rateLimit, also from a value that waited for its turn", async () => {
    const scheduler = new VirtualScheduler();
    const { queue, source, caught } = recordedSource(scheduler, "pointer");
    refuser(source.rateLimit(100));
    queue.put(1);
    queue.put(2);
    await scheduler.advanceBy(100);
    expect(caught.map((c) => [...summary(c), c.value])).to.deep.equal([
      ["pointer", "RateLimit", "refused", 1],
      ["pointer", "RateLimit", "refused", 2],
    ]);
    source.destroy();
  });

  it("reach each failing branch once, through a fan-out below the timer node", async () => {
    const scheduler = new VirtualScheduler();
    const { queue, source, caught } = recordedSource(scheduler, "pointer");
    const windows = source.timedWindow(100);
    refuser(windows);
    const counts = windows.map((batch) => batch.length).sinkToList();
    queue.put(1);
    await scheduler.advanceBy(100);
    expect(counts.list).to.deep.equal([1]);
    expect(caught.map(summary)).to.deep.equal([["pointer", "refuser", "refused"]]);
    source.destroy();
  });

  it("reach only the first source upstream, in connection order, when several feed the node", async () => {
    const scheduler = new VirtualScheduler();
    const first = recordedSource(scheduler, "first");
    const second = recordedSource(scheduler, "second");
    refuser(
      first.source
        .map((x) => x)
        .union(second.source)
        .timedWindow(100),
    );
    second.queue.put(1);
    await scheduler.advanceBy(100);
    expect(first.caught.map(summary)).to.deep.equal([["first", "refuser", "refused"]]);
    expect(second.caught).to.deep.equal([]);
    first.source.destroy();
    second.source.destroy();
  });

  it("go to console.error naming the node when no source feeds it", async () => {
    await capturingConsoleErrors(async (logged) => {
      const scheduler = new VirtualScheduler();
      const root = new Stream<number>({ scheduler });
      const windows = root.timedWindow(100);
      windows.name = "rate window";
      refuser(windows);
      void root.emit(1);
      await scheduler.advanceBy(100);
      expect(logged.map((args) => String(args[0]))).to.deep.equal([
        'rivulet: "rate window" caught an error while emitting a window from its timer, and no source above it ' +
          "takes errors; it goes on with its next value",
      ]);
      expect((logged[0]?.[1] as Error).message).to.equal("refused");
      windows.destroy();
    });
  });
});
