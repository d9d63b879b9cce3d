// rivulet's pipelines for the benchmark, driven two ways: a plain Stream as the head pushed to with `emit` in a
// loop (how UI events arrive), and a `fromIterable` source over the array, which emits it as one batch.
import { fromIterable, Stream } from "../../stream/index.js";
import {
  addModulo,
  addPair,
  doubledX,
  drivenBy,
  mean,
  notMultipleOfThree,
  shiftedY,
  sumOfCoordinates,
  windowLength,
  xOf,
  type Point,
} from "../workload.js";

const pipelines = {
  chain(head: Stream<Point>): () => number {
    let last = 0;
    head
      .map(sumOfCoordinates)
      .filter(notMultipleOfThree)
      .scan(addModulo, { start: 0 })
      .sink((total) => (last = total));
    return () => last;
  },
  window(head: Stream<Point>): () => number {
    let sum = 0;
    head
      .map(xOf)
      .slidingWindow(windowLength, { returnPartial: false })
      .map(mean)
      .sink((m) => (sum += m));
    return () => sum;
  },
  fanOut(head: Stream<Point>): () => number {
    let total = 0;
    head
      .map(doubledX)
      .zip(head.map(shiftedY))
      .map(addPair)
      .sink((v) => (total = addModulo(total, v)));
    return () => total;
  },
};

/** Pushes every point into a plain head synchronously, as a source does while the graph is synchronous. */
export const rivulet = drivenBy(
  "rivulet emit loop",
  (points, build: (head: Stream<Point>) => () => number) => {
    const head = new Stream<Point>();
    const result = build(head);
    for (let i = 0; i < points.length; i += 1) void head.emit(points[i] as Point);
    return result();
  },
  pipelines,
);

/** Emits the array from a `fromIterable` source: the batch path, with the source's error isolation. */
export const rivuletBatch = drivenBy(
  "rivulet fromIterable",
  (points, build: (head: Stream<Point>) => () => number) => {
    const source = fromIterable(points, { start: false });
    const result = build(source);
    source.start(); // an array goes through synchronously while the graph is synchronous
    return result();
  },
  pipelines,
);
