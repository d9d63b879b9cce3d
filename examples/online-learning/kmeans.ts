// A rivulet plugin in one file: an online k-means stream node, added to every stream as `.kmeans(...)` with
// `Stream.registerApi`, and typed for TypeScript users by module augmentation.
// `rivulet/plugin` is the module that declares `Stream`: TypeScript merges an augmentation only into that module.
import { Stream, type Emitted } from "rivulet/plugin";

/** A point in the plane, such as a pointer sample in data coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A centroid: where it is, and how many points it has learnt from. */
export interface Centroid extends Point {
  readonly count: number;
}

/** Options of `.kmeans(...)`. */
export interface KMeansOptions {
  /** How many centroids to learn, 1 or more. */
  readonly k: number;
  /** The least weight a new point gets, 0 to 1 (default 0.1): above 0 a centroid forgets where it was, so it keeps
   * following a user whose habits change instead of staying the mean of everything it ever saw. */
  readonly minRate?: number;
}

/** `.kmeans(...)` was given an option it cannot use. */
export class KMeansError extends Error {
  override name = "KMeansError";
}

/**
 * Online (sequential) k-means: the first `k` points become the centroids; each later point moves its nearest
 * centroid towards it by `max(1 / count, minRate)`, so a centroid is the running mean of its points while it is
 * young and a moving average later. Emits a snapshot of all centroids after every point.
 *
 * @example
 * import "./kmeans.js"; // registers .kmeans on every stream
 * fromQueue(samples).kmeans({ k: 3 }).sink((centroids) => console.log(centroids)); // [{ x, y, count }, …]
 */
export class KMeans extends Stream<readonly Centroid[]> {
  readonly #k: number;
  readonly #minRate: number;
  readonly #centroids: { x: number; y: number; count: number }[] = [];

  constructor(upstream: Stream<Point>, { k, minRate = 0.1 }: KMeansOptions) {
    if (!Number.isInteger(k) || k < 1)
      throw new KMeansError(`kmeans: k ${String(k)} is not a whole number ≥ 1; use e.g. { k: 3 }`);
    if (!(minRate >= 0 && minRate <= 1)) {
      throw new KMeansError(`kmeans: minRate ${String(minRate)} is not between 0 and 1; use e.g. { minRate: 0.1 }`);
    }
    super({ upstream });
    this.#k = k;
    this.#minRate = minRate;
  }

  override update(point: Point): Emitted {
    const centroids = this.#centroids;
    if (centroids.length < this.#k) {
      centroids.push({ x: point.x, y: point.y, count: 1 });
    } else {
      const nearest = this.nearest(point);
      nearest.count += 1;
      const rate = Math.max(1 / nearest.count, this.#minRate);
      nearest.x += rate * (point.x - nearest.x);
      nearest.y += rate * (point.y - nearest.y);
    }
    // A snapshot, so that a sink may keep what it is given while the learner goes on.
    return this.emit(centroids.map((centroid) => ({ ...centroid })));
  }

  private nearest(point: Point): { x: number; y: number; count: number } {
    let best = this.#centroids[0] as { x: number; y: number; count: number };
    let bestDistance = Infinity;
    for (const centroid of this.#centroids) {
      const distance = (centroid.x - point.x) ** 2 + (centroid.y - point.y) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [centroid, distance];
    }
    return best;
  }
}

Stream.registerApi("kmeans", KMeans);

// What makes `stream.kmeans(...)` type-check: the method added to rivulet's Stream interface.
declare module "rivulet/plugin" {
  interface Stream<T> {
    /** Learns `k` centroids of the points that pass, online; see {@link KMeans}. */
    kmeans(this: Stream<T & Point>, options: KMeansOptions): KMeans;
  }
}
