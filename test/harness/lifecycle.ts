// What lifecycle tests measure in Chromium: heap, DOM nodes and listeners through the DevTools Protocol after a
// forced garbage collection, and the animation frames, resize observations and timers still pending, counted by
// wrappers this module installs when it is evaluated. Import it before anything else in a test file, so that the
// code under test calls the wrappers.
import { executeServerCommand } from "@web/test-runner-commands";

/** What is alive in the page after a garbage collection. */
export interface ResourceCounts {
  /** Bytes of JavaScript heap in use. */
  readonly heapBytes: number;
  /** DOM nodes alive, attached or not. */
  readonly nodes: number;
  /** JavaScript event listeners registered on DOM targets. */
  readonly listeners: number;
  /** Documents alive. */
  readonly documents: number;
  /** `requestAnimationFrame` callbacks requested and neither run nor cancelled. */
  readonly animationFrames: number;
  /** Elements observed by some `ResizeObserver`. */
  readonly resizeObservers: number;
  /** `setTimeout` callbacks not yet run or cleared, plus `setInterval`s not cleared. */
  readonly timers: number;
}

const pendingFrames = new Set<number>();
const pendingTimers = new Set<number>();
const observedTargets = new Map<ResizeObserver, Set<Element>>();

function installFrameCounter(): void {
  const request = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    const id = request((time) => {
      pendingFrames.delete(id);
      callback(time);
    });
    pendingFrames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    pendingFrames.delete(id);
    cancel(id);
  };
}

/** Whether the timer being set is the test runner's own (its server-command socket leaves response timeouts). */
function setByTestRunner(): boolean {
  return new Error().stack?.includes("/__web-dev-server__") ?? false;
}

function installTimerCounter(): void {
  const setTimer = window.setTimeout.bind(window);
  const setRepeating = window.setInterval.bind(window);
  const clearTimer = window.clearTimeout.bind(window);
  const clearRepeating = window.clearInterval.bind(window);
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (typeof handler !== "function") return setTimer(handler, ms, ...args); // string handlers: not counted
    const id = setTimer(() => {
      pendingTimers.delete(id);
      (handler as (...values: unknown[]) => void)(...args);
    }, ms);
    if (!setByTestRunner()) pendingTimers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setRepeating(handler, ms, ...args);
    if (!setByTestRunner()) pendingTimers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pendingTimers.delete(id);
    clearTimer(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) pendingTimers.delete(id);
    clearRepeating(id);
  }) as typeof window.clearInterval;
}

function installResizeObserverCounter(): void {
  const prototype = ResizeObserver.prototype;
  const { observe, unobserve, disconnect } = Object.getOwnPropertyDescriptors(prototype);
  prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
    const targets = observedTargets.get(this) ?? new Set<Element>();
    targets.add(target);
    observedTargets.set(this, targets);
    (observe.value as ResizeObserver["observe"]).call(this, target, options);
  };
  prototype.unobserve = function (this: ResizeObserver, target: Element) {
    observedTargets.get(this)?.delete(target);
    (unobserve.value as ResizeObserver["unobserve"]).call(this, target);
  };
  prototype.disconnect = function (this: ResizeObserver) {
    observedTargets.delete(this);
    (disconnect.value as ResizeObserver["disconnect"]).call(this);
  };
}

installFrameCounter();
installTimerCounter();
installResizeObserverCounter();

/** What is pending right now, counted synchronously (no garbage collection, no round trip to the server). */
export type PendingCounts = Pick<ResourceCounts, "animationFrames" | "resizeObservers" | "timers">;

/**
 * Counts pending animation frames, observed elements and timers now, in the same task.
 *
 * @example
 * requestAnimationFrame(draw);
 * expect(countPending().animationFrames).to.equal(1);
 */
export function countPending(): PendingCounts {
  let resizeObservers = 0;
  for (const targets of observedTargets.values()) resizeObservers += targets.size;
  return { animationFrames: pendingFrames.size, resizeObservers, timers: pendingTimers.size };
}

interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/**
 * Forces a full garbage collection in the page (CDP `HeapProfiler.collectGarbage`).
 *
 * @example
 * await collectGarbage();
 */
export async function collectGarbage(): Promise<void> {
  await executeServerCommand("cdp", { method: "HeapProfiler.collectGarbage" });
}

/**
 * Collects garbage, then counts what is still alive and pending.
 *
 * @example
 * const before = await countResources();
 * for (let i = 0; i < 1000; i += 1) { document.body.append(element); element.remove(); }
 * const after = await countResources();
 * expect(after.nodes - before.nodes).to.be.below(50);
 */
export async function countResources(): Promise<ResourceCounts> {
  await collectGarbage();
  const heap = await executeServerCommand<{ usedSize: number }, object>("cdp", { method: "Runtime.getHeapUsage" });
  const dom = await executeServerCommand<DomCounters, object>("cdp", { method: "Memory.getDOMCounters" });
  if (heap === undefined || dom === undefined) throw new Error("lifecycle harness: the cdp command answered nothing");
  return {
    heapBytes: heap.usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    ...countPending(),
  };
}

/** How `countAcross` repeats a cycle. */
export interface CycleCounts {
  /** Cycles run before counting, so that what V8 compiles and the libraries cache once is not counted as growth. */
  readonly warmUp: number;
  /** Cycles run between the two counts. */
  readonly cycles: number;
  /** Called once warmed up, right before the first count, to take readings of one's own. */
  readonly whenWarm?: () => void;
}

/**
 * Runs `cycle(i)` `warmUp` times, counts resources, runs it `cycles` times more and counts again.
 *
 * @example
 * const { before, after } = await countAcross(async () => { document.body.append(el); el.remove(); },
 *   { warmUp: 100, cycles: 1000 });
 * expect(after.nodes - before.nodes).to.be.below(50);
 */
export async function countAcross(
  cycle: (i: number) => Promise<void>,
  { warmUp, cycles, whenWarm }: CycleCounts,
): Promise<{ before: ResourceCounts; after: ResourceCounts }> {
  for (let i = 0; i < warmUp; i += 1) await cycle(i);
  whenWarm?.();
  const before = await countResources();
  for (let i = 0; i < cycles; i += 1) await cycle(i);
  return { before, after: await countResources() };
}
