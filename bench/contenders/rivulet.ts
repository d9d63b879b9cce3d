// rivulet's pipelines for the benchmark: a plain Stream as the head, pushed to with `emit` in a loop.
import { Stream } from "../../stream/index.js";
import {
  addModulo,
  addPair,
  doubledX,
  mean,
  notMultipleOfThree,
  shiftedY,
  sumOfCoordinates,
  windowLength,
  xOf,
  type Contender,
  type Point,
} from "../workload.js";

/** Pushes every point into `head` synchronously, as a source does while the graph is synchronous. */
function pushAll(head: Stream<Point>, points: readonly Point[]): void {
  for (let i = 0; i < points.length; i += 1) void head.emit(points[i] as Point);
}

export const rivulet: Contender = {
  name: "rivulet",
  chain(points: readonly Point[]): number {
    const head = new Stream<Point>();
    let last = 0;
    head
      .map(sumOfCoordinates)
      .filter(notMultipleOfThree)
      .scan(addModulo, { start: 0 })
      .sink((total) => (last = total));
    pushAll(head, points);
    return last;
  },
  window(points: readonly Point[]): number {
    const head = new Stream<Point>();
    let sum = 0;
    head
      .map(xOf)
      .slidingWindow(windowLength, { returnPartial: false })
      .map(mean)
      .sink((m) => (sum += m));
    pushAll(head, points);
    return sum;
  },
  fanOut(points: readonly Point[]): number {
    const head = new Stream<Point>();
    let total = 0;
    head
      .map(doubledX)
      .zip(head.map(shiftedY))
      .map(addPair)
      .sink((v) => (total = addModulo(total, v)));
    pushAll(head, points);
    return total;
  },
};
