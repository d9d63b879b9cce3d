// RxJS's pipelines for the benchmark: a Subject as the head, pushed to with `next` in a loop.
import { Subject, zip } from "rxjs";
import { bufferCount, filter, map, scan } from "rxjs/operators";
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

function pushAll(head: Subject<Point>, points: readonly Point[]): void {
  for (let i = 0; i < points.length; i += 1) head.next(points[i] as Point);
}

export const rxjs: Contender = {
  name: "RxJS",
  chain(points: readonly Point[]): number {
    const head = new Subject<Point>();
    let last = 0;
    const subscription = head
      .pipe(map(sumOfCoordinates), filter(notMultipleOfThree), scan(addModulo, 0))
      .subscribe((total) => (last = total));
    pushAll(head, points);
    subscription.unsubscribe();
    return last;
  },
  window(points: readonly Point[]): number {
    const head = new Subject<Point>();
    let sum = 0;
    const subscription = head.pipe(map(xOf), bufferCount(windowLength, 1), map(mean)).subscribe((m) => (sum += m));
    pushAll(head, points);
    subscription.unsubscribe();
    return sum;
  },
  fanOut(points: readonly Point[]): number {
    const head = new Subject<Point>();
    let total = 0;
    const subscription = zip(head.pipe(map(doubledX)), head.pipe(map(shiftedY)))
      .pipe(map(addPair))
      .subscribe((v) => (total = addModulo(total, v)));
    pushAll(head, points);
    subscription.unsubscribe();
    return total;
  },
};
