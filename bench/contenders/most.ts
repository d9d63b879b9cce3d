// @most/core's pipelines for the benchmark. @most/core has no push source, so a minimal one (the way its users
// adapt DOM events) is the head; events carry time 0 because the scenarios are not about time.
import { filter, map, scan, zip } from "@most/core";
import { newDefaultScheduler } from "@most/scheduler";
import type { Disposable, Sink, Stream } from "@most/types";
import {
  addModulo,
  doubledX,
  isFull,
  mean,
  notMultipleOfThree,
  shiftedY,
  slide,
  sumOfCoordinates,
  xOf,
  type Contender,
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

function pushAll(head: PushStream<Point>, points: readonly Point[]): void {
  for (let i = 0; i < points.length; i += 1) head.push(points[i] as Point);
}

const scheduler = newDefaultScheduler();

export const most: Contender = {
  name: "@most/core",
  chain(points: readonly Point[]): number {
    const head = new PushStream<Point>();
    let last = 0;
    const stream = scan(addModulo, 0, filter(notMultipleOfThree, map(sumOfCoordinates, head)));
    const running = stream.run(
      sink((total: number) => (last = total)),
      scheduler,
    );
    pushAll(head, points);
    running.dispose();
    return last;
  },
  window(points: readonly Point[]): number {
    const head = new PushStream<Point>();
    let sum = 0;
    const windows = filter(isFull, scan(slide, [] as number[], map(xOf, head)));
    const running = map(mean, windows).run(
      sink((m: number) => (sum += m)),
      scheduler,
    );
    pushAll(head, points);
    running.dispose();
    return sum;
  },
  fanOut(points: readonly Point[]): number {
    const head = new PushStream<Point>();
    let total = 0;
    const sums = zip((a: number, b: number) => a + b, map(doubledX, head), map(shiftedY, head));
    const running = sums.run(
      sink((v: number) => (total = addModulo(total, v))),
      scheduler,
    );
    pushAll(head, points);
    running.dispose();
    return total;
  },
};
