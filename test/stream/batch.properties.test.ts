// Property tests of the batch path: on random graphs, with errors thrown mid-batch, rejecting and slow async sinks
// and a sink that stops the source, a batch must do exactly what one emit per value does.
import { expect } from "chai";
import fc from "fast-check";
import {
  AsyncQueue,
  fromIterable,
  fromQueue,
  Stream,
  VirtualScheduler,
  type AnySource,
  type AnyStream,
  type Emitted,
  type SourceError,
} from "../../stream/index.js";

const numRuns = 150;

/** One node of a random graph, attached below an earlier node (0 is the head, i + 1 the i-th node). */
type NodeSpec =
  | { kind: "map"; parent: number; factor: number; throwOn: number | undefined }
  | { kind: "filter"; parent: number; divisor: number }
  | { kind: "scan"; parent: number; throwOn: number | undefined }
  | { kind: "window"; parent: number; n: number }
  | { kind: "sink"; parent: number; throwOn: number | undefined }
  | { kind: "asyncSink"; parent: number; rejectOn: number | undefined; busyOn: number }
  | { kind: "stopper"; parent: number; stopOn: number };

const parent = fc.nat({ max: 20 });
const maybeValue = fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined });
const nodeSpec: fc.Arbitrary<NodeSpec> = fc.oneof(
  fc.record({
    kind: fc.constant("map" as const),
    parent,
    factor: fc.integer({ min: -3, max: 3 }),
    throwOn: maybeValue,
  }),
  fc.record({ kind: fc.constant("filter" as const), parent, divisor: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant("scan" as const), parent, throwOn: maybeValue }),
  fc.record({ kind: fc.constant("window" as const), parent, n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("sink" as const), parent, throwOn: maybeValue }),
  fc.record({
    kind: fc.constant("asyncSink" as const),
    parent,
    rejectOn: maybeValue,
    busyOn: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant("stopper" as const), parent, stopOn: fc.integer({ min: -6, max: 6 }) }),
);
const graphSpec = fc.array(nodeSpec, { minLength: 1, maxLength: 8 });
const values = fc.array(fc.integer({ min: -6, max: 6 }), { maxLength: 40 });

/** What a run observed: every call of a node's function, with the virtual time, and every reported error. */
type Log = unknown[];

function failIf(condition: boolean, what: string, x: unknown): void {
  if (condition) throw new Error(`${what} refused ${String(x)}`);
}

/**
 * Builds the graph `specs` below `head`, logging into `log`. `stop` is what a stopper calls; busy async sinks
 * wait for one virtual millisecond.
 */
function build(head: AnyStream, specs: readonly NodeSpec[], log: Log, scheduler: VirtualScheduler, stop: () => void) {
  const nodes: AnyStream[] = [head];
  specs.forEach((spec, index) => {
    const upstream = nodes[spec.parent % nodes.length] as Stream<number>;
    const id = `${spec.kind}${index}`;
    const note = (x: unknown): void => void log.push([id, scheduler.now(), x]);
    let node: AnyStream;
    switch (spec.kind) {
      case "map":
        node = upstream.map((x) => (note(x), failIf(x === spec.throwOn, id, x), x * spec.factor + 1));
        break;
      case "filter":
        node = upstream.filter((x) => (note(x), x % spec.divisor !== 0));
        break;
      case "scan":
        node = upstream.scan((total: number, x) => (note(x), failIf(x === spec.throwOn, id, x), (total + x) % 97), {
          start: 0,
        });
        break;
      case "window":
        node = upstream.slidingWindow(spec.n).map((window) => window.reduce((a, b) => a + b, 0));
        break;
      case "sink":
        node = upstream.sink((x) => (note(x), failIf(x === spec.throwOn, id, x)));
        break;
      case "asyncSink":
        node = upstream.sink((x): Emitted => {
          note(x);
          if (x === spec.rejectOn) return Promise.reject(new Error(`${id} rejected ${x}`));
          if (Math.abs(x) % 4 !== spec.busyOn) return undefined;
          return new Promise<void>((resolve) => scheduler.setTimeout(resolve, 1));
        });
        break;
      case "stopper":
        node = upstream.sink((x) => {
          note(x);
          if (x === spec.stopOn) stop();
        });
        break;
    }
    node.name = id;
    nodes.push(node);
  });
}

/** Runs `values` through the graph below a source made by `makeSource`, and returns everything observed. */
async function runSource(
  specs: readonly NodeSpec[],
  makeSource: (options: { scheduler: VirtualScheduler; onError: (e: SourceError) => void }) => AnySource,
): Promise<Log> {
  const log: Log = [];
  const scheduler = new VirtualScheduler();
  const onError = ({ error, value, node }: SourceError): void =>
    void log.push(["error", scheduler.now(), value, node.name, (error as Error).message]);
  const source = makeSource({ scheduler, onError });
  build(source, specs, log, scheduler, () => source.stop());
  await scheduler.runAll();
  return log;
}

/** Feeds a bare stream with `feed` and returns what was observed, ending with what `feed` threw or rejected. */
async function runBare(specs: readonly NodeSpec[], feed: (head: Stream<number>) => Emitted): Promise<Log> {
  const log: Log = [];
  const scheduler = new VirtualScheduler();
  const head = new Stream<number>({ scheduler });
  build(head, specs, log, scheduler, () => undefined);
  try {
    const busy = feed(head);
    if (busy !== undefined) {
      const settled = busy.then(
        () => log.push(["done", scheduler.now()]),
        (error: unknown) => log.push(["failed", scheduler.now(), (error as Error).message]),
      );
      await scheduler.runAll();
      await settled;
    } else {
      log.push(["done", scheduler.now()]);
    }
  } catch (error) {
    log.push(["threw", scheduler.now(), (error as Error).message]);
  }
  return log;
}

/** One `emit` per value, awaiting each promise: what a batch must be equivalent to. */
function emitEach(head: Stream<number>, xs: readonly number[], from = 0): Emitted {
  for (let i = from; i < xs.length; i += 1) {
    const busy = head.emit(xs[i] as number);
    if (busy !== undefined) return busy.then(() => emitEach(head, xs, i + 1));
  }
  return undefined;
}

describe("batch emission", () => {
  it("fromIterable over an array does what one emit per value does, on random graphs", async () => {
    await fc.assert(
      fc.asyncProperty(graphSpec, values, async (specs, xs) => {
        const perValue = await runSource(specs, (options) =>
          fromIterable<number>(
            {
              *[Symbol.iterator]() {
                yield* xs;
              },
            },
            options,
          ),
        );
        const batch = await runSource(specs, (options) => fromIterable(xs, options));
        expect(batch).to.deep.equal(perValue);
      }),
      { numRuns },
    );
  });

  it("fromQueue draining a backlog does what one emit per value does, on random graphs", async () => {
    await fc.assert(
      fc.asyncProperty(graphSpec, values, async (specs, xs) => {
        const perValue = await runSource(specs, (options) =>
          fromIterable<number>(
            {
              *[Symbol.iterator]() {
                yield* xs;
              },
            },
            options,
          ),
        );
        const drained = await runSource(specs, (options) => {
          const queue = new AsyncQueue<number>({ capacity: 100 });
          for (const x of xs) queue.put(x);
          queue.close();
          return fromQueue(queue, options);
        });
        expect(drained).to.deep.equal(perValue);
      }),
      { numRuns },
    );
  });

  it("Stream.emitBatch does what a loop of awaited emits does, stopping at the first error", async () => {
    await fc.assert(
      fc.asyncProperty(graphSpec, values, fc.nat({ max: 5 }), fc.nat({ max: 5 }), async (specs, xs, cut, trim) => {
        const start = Math.min(cut, xs.length);
        const end = Math.max(start, xs.length - trim);
        const slice = xs.slice(start, end);
        const perValue = await runBare(specs, (head) => emitEach(head, slice));
        const batch = await runBare(specs, (head) => head.emitBatch(xs, start, end));
        expect(batch).to.deep.equal(perValue);
      }),
      { numRuns },
    );
  });
});
