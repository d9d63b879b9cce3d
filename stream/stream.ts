// The node of a stream graph, as in streamz: `update` receives a value from an upstream, `emit` pushes a value
// to every downstream. `emit` returns nothing when everything downstream finished synchronously and a promise
// when something is busy, which is how backpressure reaches a source without a promise per event.
import { BranchError, StreamError, type BranchFailure } from "./errors.js";
import { realScheduler, type Scheduler } from "./scheduler.js";
import { recordNodeCall } from "./graph-calls.js";
import { countEmitted, countReceived, type NodeCounts } from "./node-counts.js";

/**
 * What `emit` and `update` return: `undefined` when done, a promise when some downstream is still busy.
 *
 * @example
 * const done: Emitted = source.emit(1);
 * if (done) await done; // some node was busy
 */
export type Emitted = void | Promise<void>;

/**
 * Any stream, whatever it carries.
 *
 * @example
 * const nodes: AnyStream[] = [numbers, names]; // streams of different types in one list
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- method parameters are checked per operator
export type AnyStream = Stream<any>;

/**
 * Options of `new Stream()`.
 *
 * @example
 * const source = new Stream<number>({ name: "numbers", scheduler: new VirtualScheduler() });
 */
export interface StreamOptions {
  /** A node to connect to as upstream; the new node inherits its scheduler. */
  upstream?: AnyStream | undefined;
  /** Several upstreams at once (for joining nodes such as `zip`). */
  upstreams?: readonly AnyStream[] | undefined;
  /** Where time comes from; default: the upstream's, else the real clock. */
  scheduler?: Scheduler | undefined;
  /** A name for error messages and debugging. */
  name?: string | undefined;
}

/**
 * A node class that `Stream.registerApi` can turn into a method: constructed with its upstream first.
 *
 * @example
 * const Double: NodeConstructor = class extends MapNode<number, number> {
 *   constructor(upstream: Stream<number>) { super(upstream, (x) => 2 * x); }
 * };
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each plugin declares its own argument types
export type NodeConstructor = new (upstream: AnyStream, ...args: any[]) => AnyStream;

/**
 * Pushes one value into a node and on through everything below it, returning what `emit` would. The graph
 * composes these functions so that a value crosses a chain of nodes without going through `emit` each time.
 *
 * @example
 * const push: Push<number> = (x) => console.log(x);
 * push(1);
 */
export type Push<T> = {
  /** Pushes `x` on; returns what `emit` would. */
  push(x: T): Emitted;
}["push"]; // method syntax keeps Stream covariant in T

const toVoid = (): void => undefined;
const pushNowhere: Push<unknown> = () => undefined;

/**
 * Waits for every promise in `pending`; one promise is returned as it is, to avoid allocating another.
 *
 * @example
 * const pending = [slowSink.update(1, source), otherSink.update(1, source)].filter(Boolean);
 * await settleAll(pending as Promise<void>[]);
 */
export function settleAll(pending: Promise<void>[]): Promise<void> {
  return pending.length === 1 ? (pending[0] as Promise<void>) : Promise.all(pending).then(toVoid);
}

/**
 * A node of a stream graph. Operators are methods that create and connect a new downstream node.
 *
 * @example
 * const source = new Stream<number>();
 * const doubled = source.map((x) => x * 2).sinkToList();
 * source.emit(1); source.emit(2); // doubled: [2, 4]
 */
export class Stream<T = unknown> {
  /** The nodes this one receives from. */
  readonly upstreams: AnyStream[] = [];
  /** The nodes this one emits to, in the order they were connected. */
  readonly downstreams: AnyStream[] = [];
  /** A name for error messages and debugging. */
  name: string;
  #ownScheduler: Scheduler | undefined;
  // What `emit` calls: every downstream's push, composed on the first emit after the graph changed.
  #fusedPush: Push<T> | undefined = undefined;
  #fusing = false;
  // Counters a watcher attached with `observe`; read only when pushes are composed, never per event.
  #counts: NodeCounts | undefined = undefined;

  constructor(options: StreamOptions = {}) {
    this.name = options.name ?? this.constructor.name;
    this.#ownScheduler = options.scheduler;
    if (options.upstream !== undefined) options.upstream.connect(this);
    for (const upstream of options.upstreams ?? []) upstream.connect(this);
  }

  /**
   * Adds a method to every stream: afterwards `stream[name](...args)` returns `new NodeClass(stream, ...args)`.
   * The registry is global, like `customElements`. A plugin adds the method's type by module augmentation:
   *
   * @example
   * class Doubled extends Stream<number> {
   *   constructor(upstream: Stream<number>) { super({ upstream }); }
   *   override update(x: number) { return this.emit(x * 2); }
   * }
   * Stream.registerApi("doubled", Doubled);
   * declare module "rivulet/stream" {
   *   interface Stream<T> { doubled(this: Stream<number>): Doubled; }
   * }
   */
  static registerApi(name: string, NodeClass: NodeConstructor): void {
    if (typeof NodeClass !== "function") {
      throw new StreamError(`Stream.registerApi("${name}"): ${String(NodeClass)} is not a node class`);
    }
    if (name in Stream.prototype) {
      throw new StreamError(
        `Stream.registerApi("${name}"): streams already have a method "${name}"; choose another name`,
      );
    }
    Object.defineProperty(Stream.prototype, name, {
      value: function (this: AnyStream, ...args: unknown[]) {
        const node = new NodeClass(this, ...args);
        recordNodeCall(node, name, args);
        return node;
      },
      writable: true,
      configurable: true,
    });
  }

  /**
   * Attaches `counts` to this node (or detaches with `undefined`): from the next value on, the node adds every
   * value it receives and emits. A node with nothing attached pays nothing per event: the counting is part of the
   * composed pushes, which are rebuilt here.
   *
   * @example
   * const counts = { received: 0, emitted: 0 };
   * evens.observe(counts);
   * source.emit(1); source.emit(2); // counts: { received: 2, emitted: 1 }
   * evens.observe(undefined); // stops counting
   */
  observe(counts: NodeCounts | undefined): void {
    this.#counts = counts;
    this.#fusedPush = undefined;
    for (const upstream of this.upstreams) upstream.#invalidate();
  }

  /** The clock of this graph: its own if given, else its first upstream's, else the real one. */
  get scheduler(): Scheduler {
    return this.#ownScheduler ?? this.upstreams[0]?.scheduler ?? realScheduler;
  }

  /**
   * Pushes `x` to every downstream. Returns `undefined` when all finished synchronously, otherwise a promise
   * that settles when all have: await it to respect backpressure. An error thrown downstream reaches the caller:
   * as it was thrown through a linear chain, and as one `BranchError` where the graph fans out, raised only after
   * every branch has had `x`, so a failing branch never keeps a value from its siblings.
   */
  emit(x: T): Emitted {
    const push = this.#fusedPush;
    return push !== undefined ? push(x) : this.#fuseDownstreams()(x);
  }

  /**
   * Emits `values[start]` up to `values[end - 1]` in one call, with exactly the effect of a loop of `emit` that
   * awaits every promise: in order, each value through the whole graph before the next, and a busy graph pauses
   * the batch at that value until it is done. Returns `undefined` when every value went through synchronously,
   * otherwise a promise that settles once the last one has. An error stops the batch at the value that failed
   * and reaches the caller as from `emit`; a `Source` uses its own batch entry, which reports and goes on.
   * `values` is read as the batch goes, so `end` is clamped to its length at each step. For sources that hold
   * many values at once: an array, a drained buffer, a message carrying a batch from a Worker or a server.
   *
   * @example
   * const source = new Stream<number>();
   * const sums = source.scan((total, x) => total + x, { start: 0 }).sinkToList();
   * source.emitBatch([1, 2, 3, 4], 1, 3); // sums.list: [2, 5]
   */
  emitBatch(values: ArrayLike<T>, start = 0, end = values.length): Emitted {
    for (let i = start; i < end && i < values.length; i += 1) {
      // Read per value: a node connected while the batch runs receives the rest, as it would from `emit`.
      const result = this.downstreamPush()(values[i] as T);
      if (result !== undefined) return result.then(() => this.emitBatch(values, i + 1, end));
    }
    return undefined;
  }

  /**
   * The composed push to every downstream, for a loop that emits many values to call itself: a call site of its
   * own sees only this graph's first nodes, so the compiler can inline the chain into the loop, which it cannot
   * through `emit`, whose one call site every node of every graph shares. Read it afresh for every value.
   */
  protected downstreamPush(): Push<T> {
    return this.#fusedPush ?? this.#fuseDownstreams();
  }

  /** Receives `x` from the upstream `who`. A plain stream passes it on; operators override this. */
  update(x: unknown, _who?: AnyStream): Emitted {
    return this.emit(x as T);
  }

  /**
   * Returns a function with exactly the effect of `this.update(x, from)`, for the graph to compose into its
   * upstream's `emit`. `emit` is this node's own push to its downstreams. Operators on the hot path override
   * this with a closure that does their work and calls `emit` directly, which saves a dynamic dispatch per node
   * and event; the default simply calls `update`.
   */
  protected fuse(emit: Push<T>, from: AnyStream): Push<unknown> {
    // A plain relay node adds nothing: its upstream may push straight to its downstreams.
    if (this.update === Stream.prototype.update) return emit;
    return (x) => this.update(x, from);
  }

  /** Builds and installs this node's composed push to its downstreams. */
  #fuseDownstreams(): Push<T> {
    this.#fusing = true;
    let push: Push<T>;
    try {
      const entries = this.downstreams.map((downstream) => downstream.#entryFrom(this));
      push = composeFanOut(entries, [...this.downstreams]);
      if (this.#counts !== undefined) push = countEmitted(push, this.#counts);
    } finally {
      this.#fusing = false;
    }
    this.#fusedPush = push;
    return push;
  }

  /** The push that a value from `upstream` enters this node through. */
  #entryFrom(upstream: AnyStream): Push<unknown> {
    // In a cycle this node is still being composed: enter through `emit`, which is composed by the time it runs.
    const emit: Push<T> = this.#fusing ? (x) => this.emit(x) : (this.#fusedPush ?? this.#fuseDownstreams());
    const entry = this.fuse(emit, upstream);
    return this.#counts === undefined ? entry : countReceived(entry, this.#counts);
  }

  /** Drops the composed push of this node and of everything upstream, whose pushes include this node's. */
  #invalidate(): void {
    // An upstream whose push is already dropped has had its own upstreams' dropped too.
    if (this.#fusedPush === undefined) return;
    this.#fusedPush = undefined;
    for (const upstream of this.upstreams) upstream.#invalidate();
  }

  /** Makes `downstream` receive what this node emits. Connecting twice is an error. */
  connect(downstream: AnyStream): void {
    if (this.downstreams.includes(downstream)) {
      throw new StreamError(`${this.name}.connect: ${downstream.name} is already connected`);
    }
    this.downstreams.push(downstream);
    downstream.upstreams.push(this);
    this.#invalidate();
    downstream.upstreamsChanged();
  }

  /** Stops `downstream` from receiving what this node emits. */
  disconnect(downstream: AnyStream): void {
    const index = this.downstreams.indexOf(downstream);
    if (index < 0) return;
    this.downstreams.splice(index, 1);
    const upstreamIndex = downstream.upstreams.indexOf(this);
    if (upstreamIndex >= 0) downstream.upstreams.splice(upstreamIndex, 1);
    this.#invalidate();
    downstream.upstreamsChanged();
  }

  /**
   * Removes this node from the graph: disconnects it from all its upstreams and downstreams, and destroys each
   * downstream that is thereby left without any upstream, so destroying a source tears down everything that only
   * it fed (timer-driven nodes stop their timers), while a node another upstream still feeds stays.
   */
  destroy(): void {
    for (const upstream of [...this.upstreams]) upstream.disconnect(this);
    for (const downstream of [...this.downstreams]) {
      this.disconnect(downstream);
      if (downstream.upstreams.length === 0) downstream.destroy();
    }
  }

  /**
   * Called after an upstream was connected to or disconnected from this node. Nodes that own timers override it
   * to stop them when `upstreams` becomes empty (nothing can feed the node any more) and drop what they hold.
   * During construction it runs before the subclass's fields are set.
   */
  protected upstreamsChanged(): void {}
}

/** Adds what one branch threw or rejected with to `failures`, flattening a nested fan-out's BranchError. */
function addFailure(failures: BranchFailure[] | undefined, node: AnyStream, error: unknown): BranchFailure[] {
  const list = failures ?? [];
  if (error instanceof BranchError) list.push(...error.failures);
  else list.push({ node, error });
  return list;
}

/**
 * One push that feeds every entry in order, combining their results as `emit` does. This is the graph's error
 * boundary: a branch that throws or rejects never keeps the value from the branches after it, and its error is
 * raised once all have finished, as one BranchError naming each failing branch (a linear chain has no boundary,
 * so it costs no try/catch).
 */
function composeFanOut<T>(entries: readonly Push<unknown>[], nodes: readonly AnyStream[]): Push<T> {
  if (entries.length === 0) return pushNowhere;
  if (entries.length === 1) return entries[0] as Push<T>;
  return (x) => {
    let pending: Promise<void>[] | undefined;
    let busyNodes: AnyStream[] | undefined;
    let failures: BranchFailure[] | undefined;
    for (let i = 0; i < entries.length; i += 1) {
      let result: Emitted;
      try {
        result = (entries[i] as Push<unknown>)(x);
      } catch (error) {
        failures = addFailure(failures, nodes[i] as AnyStream, error);
        continue;
      }
      if (result === undefined) continue;
      (pending ??= []).push(result);
      (busyNodes ??= []).push(nodes[i] as AnyStream);
    }
    if (pending !== undefined) return settleBranches(x, pending, busyNodes as AnyStream[], failures);
    if (failures !== undefined) throw new BranchError(x, failures);
    return undefined;
  };
}

/**
 * Waits for every busy branch of a fan-out (`pending[i]` from `busyNodes[i]`), even after one rejected, then
 * rejects with one BranchError if any branch threw or rejected. Only a busy fan-out pays for this.
 */
function settleBranches(
  x: unknown,
  pending: readonly Promise<void>[],
  busyNodes: readonly AnyStream[],
  thrown: BranchFailure[] | undefined,
): Promise<void> {
  let failures = thrown;
  const settled = pending.map((result, i) =>
    result.then(undefined, (error: unknown) => {
      failures = addFailure(failures, busyNodes[i] as AnyStream, error);
    }),
  );
  return Promise.all(settled).then(() => {
    if (failures !== undefined) throw new BranchError(x, failures);
  });
}
