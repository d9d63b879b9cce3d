// xstream's pipelines for the benchmark, driven two ways: `Stream.create()` as the head pushed to with
// `shamefullySendNext`, and `Stream.fromArray`, which emits the array in its own loop once listened to.
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

/** A listener that hands each value to `next` and ignores the end. */
function listener<T>(next: (x: T) => void): { next(x: T): void; error(): void; complete(): void } {
  return { next, error: () => undefined, complete: () => undefined };
}

function chain(head: Stream<Point>): () => number {
  let last = 0;
  head
    .map(sumOfCoordinates)
    .filter(notMultipleOfThree)
    .fold(addModulo, 0)
    .addListener(listener((total: number) => (last = total)));
  return () => last;
}

function window(head: Stream<Point>): () => number {
  let sum = 0;
  head
    .map(xOf)
    .fold(slide, [])
    .filter(isFull)
    .map(mean)
    .addListener(listener((m: number) => (sum += m)));
  return () => sum;
}

function pushed(build: (head: Stream<Point>) => () => number) {
  return (points: readonly Point[]): number => {
    const head = Stream.create<Point>();
    const result = build(head);
    for (let i = 0; i < points.length; i += 1) head.shamefullySendNext(points[i] as Point);
    return result();
  };
}

function fromArray(build: (head: Stream<Point>) => () => number) {
  return (points: readonly Point[]): number => build(Stream.fromArray(points as Point[]))();
}

export const xstream: Contender = { name: "xstream", chain: pushed(chain), window: pushed(window), fanOut: undefined };

export const xstreamFromArray: Contender = {
  name: "xstream fromArray",
  chain: fromArray(chain),
  window: fromArray(window),
  fanOut: undefined,
};
