// The benchmark's input and the functions every contender applies, shared so that each does the same work.

/** One small input object, like a serialized pointer sample. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Builds `n` points; built once and reused so that no contender pays for the input. */
export function makePoints(n: number): Point[] {
  return Array.from({ length: n }, (_, i) => ({ x: i % 1000, y: (i * 7) % 1000 }));
}

/** A contender runs one scenario over `points` with a freshly built pipeline and returns a checksum. */
export type Scenario = (points: readonly Point[]) => number;

/**
 * What one library or the hand-written loop offers, driven one way (values pushed one at a time, or a batch from
 * an array): a run per scenario, or none when it lacks an operator.
 */
export interface Contender {
  readonly name: string;
  /** (A) map > filter > scan. */
  readonly chain: Scenario;
  /** (B) slidingWindow(10) > mean. */
  readonly window: Scenario;
  /** (C) fan-out into two maps, zipped back. */
  readonly fanOut: Scenario | undefined;
}

/** Builds a contender whose three scenarios share one way of driving a pipeline's head with the points. */
export function drivenBy<Head>(
  name: string,
  drive: (points: readonly Point[], build: (head: Head) => () => number) => number,
  pipelines: { readonly [K in "chain" | "window" | "fanOut"]: (head: Head) => () => number },
): Contender {
  return {
    name,
    chain: (points) => drive(points, pipelines.chain),
    window: (points) => drive(points, pipelines.window),
    fanOut: (points) => drive(points, pipelines.fanOut),
  };
}

/** The window length of scenario B. */
export const windowLength = 10;

// Sums are kept modulo a prime so they stay small integers, which V8 stores without allocating.
const modulus = 65_521;

export const sumOfCoordinates = (p: Point): number => p.x + p.y;
export const notMultipleOfThree = (v: number): boolean => v % 3 !== 0;
export const addModulo = (total: number, v: number): number => (total + v) % modulus;
export const xOf = (p: Point): number => p.x;
export const doubledX = (p: Point): number => p.x * 2;
export const shiftedY = (p: Point): number => p.y + 1;
export const addPair = (pair: readonly [number, number]): number => pair[0] + pair[1];

/** The mean of a window. */
export function mean(window: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < window.length; i += 1) sum += window[i] as number;
  return sum / window.length;
}

/** The next sliding window as a new array, for libraries without a sliding-window operator (one allocation). */
export function slide(window: readonly number[], x: number): number[] {
  const keep = window.length < windowLength ? window.length : windowLength - 1;
  const next = new Array<number>(keep + 1);
  for (let i = 0; i < keep; i += 1) next[i] = window[window.length - keep + i] as number;
  next[keep] = x;
  return next;
}

export const isFull = (window: readonly number[]): boolean => window.length === windowLength;
