// @most/core's pipelines for the benchmark, driven two ways: its best case, a minimal push source looping over
// the array straight into the sinks (as a task of its scheduler would), and its own `@most/adapter`. Events carry
// time 0 in the best case because the scenarios are not about time.
import { createAdapter } from "@most/adapter";
import { filter, map, scan, zip } from "@most/core";
import { newDefaultScheduler } from "@most/scheduler";
import type { Disposable, Sink, Stream } from "@most/types";
import {
  addModulo,
  doubledX,
  drivenBy,
  isFull,
  mean,
  notMultipleOfThree,
  shiftedY,
  slide,
  sumOfCoordinates,
  xOf,
  type Point,
} from "../workload.js";

/** A stream that any number of sinks observe and that the program pushes to. */
class PushStream<A> implements Stream<A> {
  private sinks: Sink<A>[] = [];
  run(sink: Sink<A>): Disposable {
    this.sinks.push(sink);
    return { dispose: () => (this.sinks = this.sinks.filter((s) => s !== sink)) };
  }
  push(x: A): void {
    const sinks = this.sinks;
    for (let i = 0; i < sinks.length; i += 1) (sinks[i] as Sink<A>).event(0, x);
  }
}

/** A sink that hands each value to `next`. */
function sink<A>(next: (x: A) => void): Sink<A> {
  return { event: (_time, x) => next(x), end: () => undefined, error: () => undefined };
}

const scheduler = newDefaultScheduler();

/** Each pipeline runs below `head` and returns what reads its result and releases it. */
const pipelines = {
  chain(head: Stream<Point>): () => number {
    let last = 0;
    const stream = scan(addModulo, 0, filter(notMultipleOfThree, map(sumOfCoordinates, head)));
    const running = stream.run(
      sink((total: number) => (last = total)),
      scheduler,
    );
    return () => (running.dispose(), last);
  },
  window(head: Stream<Point>): () => number {
    let sum = 0;
    const windows = filter(isFull, scan(slide, [] as number[], map(xOf, head)));
    const running = map(mean, windows).run(
      sink((m: number) => (sum += m)),
      scheduler,
    );
    return () => (running.dispose(), sum);
  },
  fanOut(head: Stream<Point>): () => number {
    let total = 0;
    const sums = zip((a: number, b: number) => a + b, map(doubledX, head), map(shiftedY, head));
    const running = sums.run(
      sink((v: number) => (total = addModulo(total, v))),
      scheduler,
    );
    return () => (running.dispose(), total);
  },
};

/** @most/core's best case: a loop over the array pushing straight into the sinks. */
export const most = drivenBy(
  "@most/core",
  (points, build: (head: Stream<Point>) => () => number) => {
    const head = new PushStream<Point>();
    const result = build(head);
    for (let i = 0; i < points.length; i += 1) head.push(points[i] as Point);
    return result();
  },
  pipelines,
);

/** @most/core fed through its own adapter, as its users feed it events from outside. */
export const mostAdapter = drivenBy(
  "@most/adapter",
  (points, build: (head: Stream<Point>) => () => number) => {
    const [induce, head] = createAdapter<Point>();
    const result = build(head);
    for (let i = 0; i < points.length; i += 1) induce(points[i] as Point);
    return result();
  },
  pipelines,
);
