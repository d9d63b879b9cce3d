// `partition(n, { timeout, key })`: groups a stream into arrays of n values (streamz `partition`), optionally per key
// and flushing a group that waited too long.
import { requirePositiveInteger, requirePositiveMs } from "../arguments.js";
import { emitFromTimer } from "../emit-from-timer.js";
import { StreamError } from "../errors.js";
import type { Scheduler, TimerHandle } from "../scheduler.js";
import { Stream, type Emitted } from "../stream.js";

/**
 * Options of `partition`.
 *
 * @example
 * samples.partition(10, { timeout: 500, key: (s) => s.node }); // groups of 10 per node, or what came in 500 ms
 */
export interface PartitionOptions<T> {
  /** Emit a group that is not full this many milliseconds after its first value arrived; default: never. */
  timeout?: number | undefined;
  /** Group values with the same key separately: a function of the value, or the name of a property. */
  key?: ((x: T) => unknown) | keyof T | undefined;
}

/**
 * Emits an array of `n` values each time `n` have arrived. With `key`, values are grouped by key and each group is
 * emitted when it holds `n`. With `timeout`, a group that is not full is emitted `timeout` milliseconds after its
 * first value arrived, from a timer on the graph's scheduler; errors thrown downstream of such an emission have no
 * caller to reach and go to the source upstream (see `emitFromTimer`). When the node is left without an upstream
 * (disconnected, destroyed, or its source destroyed) it cancels the timers and drops the groups that are not full.
 *
 * @example
 * const source = new Stream<number>();
 * const pairs = source.partition(2, { key: (x) => x % 2 }).sinkToList();
 * for (const x of [0, 1, 2, 3]) source.emit(x); // pairs.list: [[0, 2], [1, 3]]
 */
export class Partition<T> extends Stream<T[]> {
  /** How many values make a group. */
  readonly n: number;
  /** How long a group that is not full may wait, in milliseconds, if at all. */
  readonly timeout: number | undefined;
  // Typed on `unknown` so that the node stays covariant in T, as streams are: a Partition<number[]> must be
  // usable where a Partition<Iterable<number>> is expected. Only values of type T ever reach it.
  private readonly keyOf: ((x: unknown) => unknown) | undefined;
  private readonly clock: Scheduler;
  private readonly groups = new Map<unknown, T[]>();
  private readonly timers = new Map<unknown, TimerHandle>();

  constructor(upstream: Stream<T>, n: number, options: PartitionOptions<T> = {}) {
    const { timeout, key } = options;
    requirePositiveInteger("partition", "n", n, "partition(10)");
    if (timeout !== undefined) requirePositiveMs("partition", "timeout", timeout, `partition(${n}, { timeout: 1000 })`);
    if (key !== undefined && !["function", "string", "number", "symbol"].includes(typeof key)) {
      throw new StreamError(
        `partition: key ${String(key)} is neither a function nor a property name; use e.g. { key: (x) => x.id }`,
      );
    }
    super({ upstream });
    this.n = n;
    this.timeout = timeout;
    this.keyOf =
      key === undefined || typeof key === "function"
        ? (key as ((x: unknown) => unknown) | undefined)
        : (x: unknown) => (x as T)[key];
    // Kept apart from `this.scheduler`, which changes when the upstream is disconnected.
    this.clock = this.scheduler;
  }

  override update(x: T): Emitted {
    const key = this.keyOf === undefined ? undefined : this.keyOf(x);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = [];
      this.groups.set(key, group);
    }
    group.push(x);
    if (group.length === this.n) return this.emitGroup(key, group);
    if (group.length === 1 && this.timeout !== undefined) {
      this.timers.set(
        key,
        this.clock.setTimeout(() => this.flushOnTimeout(key), this.timeout),
      );
    }
    return undefined;
  }

  /** With no upstream left, cancels the timers and drops the groups that are not full. */
  protected override upstreamsChanged(): void {
    if (this.upstreams.length > 0) return;
    for (const timer of this.timers.values()) this.clock.clearTimeout(timer);
    this.timers.clear();
    this.groups.clear();
  }

  private emitGroup(key: unknown, group: T[]): Emitted {
    this.groups.delete(key);
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      this.clock.clearTimeout(timer);
      this.timers.delete(key);
    }
    return this.emit(group);
  }

  private flushOnTimeout(key: unknown): void {
    this.timers.delete(key);
    const group = this.groups.get(key);
    if (group === undefined) return;
    this.groups.delete(key);
    void emitFromTimer(this, group, "a group on timeout");
  }
}

Stream.registerApi("partition", Partition);

declare module "../stream.js" {
  interface Stream<T> {
    /**
     * Emits arrays of `n` values, per key if `key` is given, flushing after `timeout` ms if given (streamz `partition`).
     *
     * @example
     * source.partition(100, { timeout: 1000 }); // batches of 100, or what came within a second
     */
    partition(n: number, options?: PartitionOptions<T>): Partition<T>;
  }
}
