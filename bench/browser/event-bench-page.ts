// The page side of the per-event cost benchmark: times serializeEvent alone for each event family, and a DOM
// dispatch through a ReactiveHTML binding into a queue, without and with a rate policy, in nanoseconds per event.
import { AsyncQueue, ReactiveHTML, serializeEvent, type EventSample } from "../../index.js";

/** Median nanoseconds per event of each measurement, over the rounds. */
export type EventCosts = Record<string, number>;

class BenchPad extends ReactiveHTML {
  static override template = '<div id="pad"><span id="inner">x</span></div>';
  static override domEvents = { pad: ["pointermove"] };
}
customElements.define("bench-pad", BenchPad);

/** The same template without declared events, for the onEvent measurements. */
class BenchBare extends ReactiveHTML {
  static override template = BenchPad.template;
}
customElements.define("bench-bare", BenchBare);

async function mount<T extends ReactiveHTML>(tag: string): Promise<T> {
  const view = document.createElement(tag) as T;
  document.body.append(view);
  await view.updateComplete;
  return view;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Nanoseconds per call of `body(i)`, the median of `rounds` rounds of `count` calls after one warm-up round. */
function timePerCall(count: number, rounds: number, body: (i: number) => void): number {
  const times: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    const start = performance.now();
    for (let i = 0; i < count; i += 1) body(i);
    if (round > 0) times.push(((performance.now() - start) * 1e6) / count);
  }
  return median(times);
}

/** Runs every measurement; `count` events per round. */
export async function runEventBench(count: number, rounds: number): Promise<EventCosts> {
  const view = await mount<BenchPad>("bench-pad");
  const bare = await mount<BenchBare>("bench-bare");
  const pad = view.shadowRoot?.getElementById("pad") as HTMLElement;
  const barePad = bare.shadowRoot?.getElementById("pad") as HTMLElement;
  const inner = bare.shadowRoot?.getElementById("inner") as HTMLElement;
  const box = { left: 10, top: 20 };
  const move = new PointerEvent("pointermove", { clientX: 15, clientY: 25, pointerId: 1, isPrimary: true });
  const key = new KeyboardEvent("keydown", { key: "a", code: "KeyA" });
  const pick = new CustomEvent("pick", { detail: { item: 3, label: "three" } });
  let sink: EventSample | undefined;
  const costs: EventCosts = {};
  costs["serialize pointermove (box given)"] = timePerCall(count, rounds, () => {
    sink = serializeEvent(move, "pad", pad, box);
  });
  costs["serialize keydown"] = timePerCall(count, rounds, () => {
    sink = serializeEvent(key, "pad", pad);
  });
  costs["serialize CustomEvent with detail"] = timePerCall(count, rounds, () => {
    sink = serializeEvent(pick, "pad", pad);
  });

  const queue = new AsyncQueue<EventSample>({ capacity: count + 1 });
  view.queue = queue;
  const drain = () => {
    while (queue.size > 0) queue.getNowait();
  };
  // A dispatched event can be dispatched again once its dispatch is over; each is a full trip through the DOM.
  const dispatchAll = (target: HTMLElement) => (i: number) => {
    target.dispatchEvent(move);
    if (i === count - 1) drain();
  };
  costs["dispatch -> domEvents -> queue + riv-event"] = timePerCall(count, rounds, dispatchAll(pad));
  const stop = bare.onEvent("pad", "pointermove", queue.put);
  costs["dispatch -> onEvent -> queue"] = timePerCall(count, rounds, dispatchAll(barePad));
  stop();
  const nested = bare.onEvent("pad", "pointermove", queue.put);
  costs["dispatch on a child -> onEvent -> queue (target path)"] = timePerCall(count, rounds, (i) => {
    inner.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: 15, clientY: 25 }));
    if (i === count - 1) drain();
  });
  nested();
  const throttled = bare.onEvent("pad", "pointermove", queue.put, { throttle: "frame" });
  costs['dispatch -> onEvent { throttle: "frame" } (dropped)'] = timePerCall(count, rounds, dispatchAll(barePad));
  throttled();
  view.remove();
  bare.remove();
  if (sink === undefined) throw new Error("event-bench: nothing was serialized");
  return costs;
}

Object.assign(window, { runEventBench });
