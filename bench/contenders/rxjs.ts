// RxJS's pipelines for the benchmark, driven two ways: a Subject as the head pushed to with `next` in a loop, and
// `from(array)`, which emits the array in its own loop once connected.
import { connectable, from, Subject, zip, type Observable } from "rxjs";
import { bufferCount, filter, map, scan } from "rxjs/operators";
import {
  addModulo,
  addPair,
  doubledX,
  drivenBy,
  isFull,
  mean,
  notMultipleOfThree,
  shiftedY,
  sumOfCoordinates,
  windowLength,
  xOf,
  type Point,
} from "../workload.js";

const pipelines = {
  chain(head: Observable<Point>): () => number {
    let last = 0;
    const subscription = head
      .pipe(map(sumOfCoordinates), filter(notMultipleOfThree), scan(addModulo, 0))
      .subscribe((total) => (last = total));
    return () => (subscription.unsubscribe(), last);
  },
  // `bufferCount` flushes its partial windows when the source completes (from(array) does): `isFull` skips them.
  window(head: Observable<Point>): () => number {
    let sum = 0;
    const subscription = head
      .pipe(map(xOf), bufferCount(windowLength, 1), filter(isFull), map(mean))
      .subscribe((m) => (sum += m));
    return () => (subscription.unsubscribe(), sum);
  },
  fanOut(head: Observable<Point>): () => number {
    let total = 0;
    const subscription = zip(head.pipe(map(doubledX)), head.pipe(map(shiftedY)))
      .pipe(map(addPair))
      .subscribe((v) => (total = addModulo(total, v)));
    return () => (subscription.unsubscribe(), total);
  },
};

export const rxjs = drivenBy(
  "RxJS",
  (points, build: (head: Observable<Point>) => () => number) => {
    const head = new Subject<Point>();
    const result = build(head);
    for (let i = 0; i < points.length; i += 1) head.next(points[i] as Point);
    return result();
  },
  pipelines,
);

/** `from(points)` made hot with `connectable`, so that both inputs of the fan-out share one pass over the array. */
export const rxjsFrom = drivenBy(
  "RxJS from",
  (points, build: (head: Observable<Point>) => () => number) => {
    const head = connectable(from(points));
    const result = build(head);
    head.connect();
    return result();
  },
  pipelines,
);
