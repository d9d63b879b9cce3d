// Per-binding rate policies (`throttle: "frame" | ms`, `debounce: ms`) for domEvents, onEvent and onPlotEvent:
// a gate in front of a callback, built from the stream's own throttle and debounce operators, counting its drops.
import { Stream } from "../stream/stream.js";
import { realScheduler, type Scheduler } from "../stream/scheduler.js";
import { Throttle } from "../stream/operators/throttle.js";
import { Debounce } from "../stream/operators/debounce.js";
import "../stream/operators/sink.js";
import { frameScheduler } from "./frame-scheduler.js";

/**
 * How many samples of a binding reach its callback. Without either field every sample does (lossless).
 *
 * @example
 * view.onEvent("pad", "pointermove", q.put, { throttle: "frame" }); // the latest sample once per frame
 * view.onEvent("search", "input", q.put, { debounce: 250 }); // the last sample of each burst of typing
 */
export interface RatePolicy {
  /**
   * `"frame"`: at most one sample per animation frame, the latest, delivered in the frame. A number of ms: the
   * first sample at once, then at most one per `ms`, the latest of each interval at its end (leading and trailing
   * edges, so the last sample of a gesture always arrives). The others are dropped and counted.
   */
  readonly throttle?: "frame" | number | undefined;
  /** Deliver a sample only once `ms` passed without a newer one; the replaced ones are dropped and counted. */
  readonly debounce?: number | undefined;
}

/** A binding's rate gate: `offer` each sample; what goes through reaches the callback. */
export interface RateGate<T> {
  /** Hands a sample to the gate; it goes to the callback now, later, or is dropped. */
  readonly offer: (sample: T) => void;
  /** How many samples the gate dropped so far. */
  readonly dropped: number;
  /** Stops the gate's timer or frame request and drops (and counts) a held sample; `offer` must wait for `resume`. */
  suspend(): void;
  /** Makes a suspended gate work again; does nothing on a working one. */
  resume(): void;
}

const isPositiveMs = (value: unknown): value is number => Number.isFinite(value) && (value as number) > 0;

/** A policy value as an error message shows it: strings quoted, anything else as JSON would write it. */
const shown = (value: unknown): string =>
  typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));

/**
 * What is wrong with `policy`, in words for an error message, or `undefined` when it is good.
 *
 * @example
 * ratePolicyProblem({ debounce: 0 }); // "debounce 0 is not a positive number of milliseconds; use e.g. ..."
 */
export function ratePolicyProblem(policy: RatePolicy): string | undefined {
  // Read as unknown: the policy may come from plain JavaScript or a static field typed loosely.
  const { throttle, debounce } = policy as { readonly throttle?: unknown; readonly debounce?: unknown };
  if (throttle !== undefined && throttle !== "frame" && !isPositiveMs(throttle)) {
    return `throttle ${shown(throttle)} is not "frame" or a positive number of milliseconds; use e.g. { throttle: "frame" } or { throttle: 100 }`;
  }
  if (debounce !== undefined && !isPositiveMs(debounce)) {
    return `debounce ${shown(debounce)} is not a positive number of milliseconds; use e.g. { debounce: 250 }`;
  }
  if (throttle !== undefined && debounce !== undefined) {
    return `throttle and debounce are both set; choose one: { throttle: ${shown(throttle)} } or { debounce: ${shown(debounce)} }`;
  }
  return undefined;
}

/**
 * The gate `policy` asks for in front of `deliver`, or `undefined` when it asks for none (then call `deliver`
 * directly: nothing is dropped and nothing is spent). `name` names the gate's nodes in error messages, e.g. what
 * a callback throws from a timer. `scheduler` times the ms policies (tests pass a `VirtualScheduler`); `"frame"`
 * always uses animation frames. Check the policy with `ratePolicyProblem` first.
 *
 * @example
 * const gate = rateGate(queue.put, { throttle: "frame" }, "<my-pad>#pad pointermove");
 * pad.addEventListener("pointermove", (event) => (gate ?? direct).offer(serializeEvent(event, "pad", pad)));
 */
export function rateGate<T>(
  deliver: (sample: T) => void,
  policy: RatePolicy,
  name: string,
  scheduler: Scheduler = realScheduler,
): RateGate<T> | undefined {
  const { throttle, debounce } = policy;
  if (throttle === undefined && debounce === undefined) return undefined;
  const input = new Stream<T>({ scheduler: throttle === "frame" ? frameScheduler : scheduler, name });
  // Nominal 16 ms for "frame": the frame scheduler fires at the next frame whatever the delay.
  const gate =
    throttle === "frame"
      ? new Throttle(input, 16, { leading: false, trailing: true })
      : throttle !== undefined
        ? new Throttle(input, throttle, { leading: true, trailing: true })
        : new Debounce(input, debounce as number);
  gate.name = `${name} ${throttle !== undefined ? `throttle ${String(throttle)}` : `debounce ${String(debounce)}`}`;
  gate.sink(deliver);
  return {
    offer: (sample) => void input.emit(sample),
    get dropped() {
      return gate.dropped;
    },
    suspend: () => {
      if (gate.upstreams.length > 0) input.disconnect(gate);
    },
    resume: () => {
      if (gate.upstreams.length === 0) input.connect(gate);
    },
  };
}

/**
 * A rate policy given at run time (`onEvent`, `onPlotEvent`) is not one rivulet understands.
 *
 * @example
 * try { view.onEvent("img", "pointermove", queue.put, { throttle: -1 }); } catch (error) { console.assert(error instanceof RatePolicyError); }
 */
export class RatePolicyError extends Error {
  override name = "RatePolicyError";
}

/**
 * What `onEvent` and `onPlotEvent` return: call it to remove the binding; `dropped` counts what its policy dropped.
 *
 * @example
 * const binding: EventBinding = view.onEvent("img", "pointermove", queue.put, { throttle: 16 });
 * console.log(binding.dropped); // samples the policy dropped so far
 * binding(); // remove it
 */
export interface EventBinding {
  (): void;
  /** How many samples the binding's rate policy dropped; always 0 without a policy. */
  readonly dropped: number;
}

/**
 * The `EventBinding` of a binding removed by `remove`, whose drops `gate` counts (none without a gate). Removing
 * the binding also suspends the gate, so that no timer or frame request outlives it.
 *
 * @example
 * return eventBinding(() => target.removeEventListener("pointermove", listener), gate);
 */
export function eventBinding(remove: () => void, gate: RateGate<never> | undefined): EventBinding {
  const binding = () => {
    gate?.suspend();
    remove();
  };
  return Object.defineProperty(binding, "dropped", { get: () => gate?.dropped ?? 0 }) as EventBinding;
}
