// The hand-written loop: the same scenarios with no library at all, the lower bound of what they cost.
import {
  addModulo,
  doubledX,
  notMultipleOfThree,
  shiftedY,
  sumOfCoordinates,
  windowLength,
  xOf,
  type Contender,
  type Point,
} from "../workload.js";

export const loop: Contender = {
  name: "hand-written loop",
  chain(points: readonly Point[]): number {
    let total = 0;
    for (const p of points) {
      const v = sumOfCoordinates(p);
      if (notMultipleOfThree(v)) total = addModulo(total, v);
    }
    return total;
  },
  window(points: readonly Point[]): number {
    const ring = new Array<number>(windowLength).fill(0);
    let sum = 0;
    for (let i = 0; i < points.length; i += 1) {
      ring[i % windowLength] = xOf(points[i] as Point);
      if (i + 1 < windowLength) continue;
      let windowSum = 0;
      for (let j = 0; j < windowLength; j += 1) windowSum += ring[j] as number;
      sum += windowSum / windowLength;
    }
    return sum;
  },
  fanOut(points: readonly Point[]): number {
    let total = 0;
    for (const p of points) total = addModulo(total, doubledX(p) + shiftedY(p));
    return total;
  },
};
