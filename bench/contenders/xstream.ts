// xstream's pipelines for the benchmark: `Stream.create()` as the head, pushed to with `shamefullySendNext`.
// xstream has no sliding-window operator (a `fold` builds the windows) and no zip (scenario C is left out).
import { Stream } from "xstream";
import {
  addModulo,
  isFull,
  mean,
  notMultipleOfThree,
  slide,
  sumOfCoordinates,
  xOf,
  type Contender,
  type Point,
} from "../workload.js";

function pushAll(head: Stream<Point>, points: readonly Point[]): void {
  for (let i = 0; i < points.length; i += 1) head.shamefullySendNext(points[i] as Point);
}

/** A listener that hands each value to `next` and ignores the end. */
function listener<T>(next: (x: T) => void): { next(x: T): void; error(): void; complete(): void } {
  return { next, error: () => undefined, complete: () => undefined };
}

export const xstream: Contender = {
  name: "xstream",
  chain(points: readonly Point[]): number {
    const head = Stream.create<Point>();
    let last = 0;
    head
      .map(sumOfCoordinates)
      .filter(notMultipleOfThree)
      .fold(addModulo, 0)
      .addListener(listener((total: number) => (last = total)));
    pushAll(head, points);
    return last;
  },
  window(points: readonly Point[]): number {
    const head = Stream.create<Point>();
    let sum = 0;
    head
      .map(xOf)
      .fold(slide, [])
      .filter(isFull)
      .map(mean)
      .addListener(listener((m: number) => (sum += m)));
    pushAll(head, points);
    return sum;
  },
  fanOut: undefined,
};
