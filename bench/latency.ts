// Scenario D: the hand-off from `put` to a sink at 1,000 events/s, rivulet's `fromQueue` (wakes on `put`)
// against a consumer that polls and sleeps 10 ms when the queue is empty, as the seed's Python plugin does.
// Also counts, over an idle second, the timers each consumer sets and the times it wakes up.
import { AsyncQueue, fromQueue } from "../stream/index.js";
import { formatTable, median } from "./measure.js";

/** A consumer under test: started on a queue, it hands each item to `sink` until `stop()`. */
interface Consumer {
  readonly name: string;
  start(queue: AsyncQueue<number>, sink: (putTime: number) => void, wakeUp: () => void): () => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const rivuletConsumer: Consumer = {
  name: "rivulet fromQueue",
  start(queue, sink, wakeUp) {
    // Every wake-up of fromQueue is one call of `get`, so counting those counts its wake-ups.
    const get = queue.get.bind(queue);
    queue.get = (signal) => {
      wakeUp();
      return get(signal);
    };
    const source = fromQueue(queue);
    source.sink(sink);
    return () => source.destroy();
  },
};

const pollingConsumer: Consumer = {
  name: "polling, 10 ms sleep",
  start(queue, sink, wakeUp) {
    let running = true;
    void (async () => {
      while (running) {
        wakeUp();
        if (queue.size === 0) {
          await sleep(10);
          continue;
        }
        while (queue.size > 0) sink(queue.getNowait());
      }
    })();
    return () => (running = false);
  },
};

/** Puts the current time into `queue` about every millisecond for `ms` milliseconds. */
async function produce(queue: AsyncQueue<number>, ms: number): Promise<number> {
  let puts = 0;
  const interval = setInterval(() => {
    queue.put(performance.now());
    puts += 1;
  }, 1);
  await sleep(ms);
  clearInterval(interval);
  return puts;
}

/** Counts the timers set through the global timer functions while `during` runs. */
async function countTimers(during: () => Promise<void>): Promise<number> {
  const { setTimeout: originalSetTimeout, setInterval: originalSetInterval } = globalThis;
  let timers = 0;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    timers += 1;
    return originalSetTimeout(...args);
  }) as typeof setTimeout;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    timers += 1;
    return originalSetInterval(...args);
  }) as typeof setInterval;
  try {
    await during();
  } finally {
    globalThis.setTimeout = originalSetTimeout;
    globalThis.setInterval = originalSetInterval;
  }
  return timers;
}

interface Tally {
  latencies: number[];
  puts: number;
  idleTimers: number;
  idleWakeUps: number;
}

/** One round of one consumer: `busyMs` of events, then `idleMs` with none, counting timers and wake-ups. */
async function round(consumer: Consumer, tally: Tally, busyMs: number, idleMs: number): Promise<void> {
  const queue = new AsyncQueue<number>();
  let wakeUps = 0;
  const stop = consumer.start(
    queue,
    (putTime) => tally.latencies.push(performance.now() - putTime),
    () => (wakeUps += 1),
  );
  tally.puts += await produce(queue, busyMs);
  await sleep(20);
  const wakeUpsBefore = wakeUps;
  const idleStart = performance.now();
  let idleTimers = await countTimers(async () => {
    // The benchmark's own wait is the one timer set on purpose; every other one belongs to the consumer.
    await sleep(idleMs);
  });
  idleTimers -= 1;
  tally.idleTimers += (idleTimers * 1000) / (performance.now() - idleStart);
  tally.idleWakeUps += wakeUps - wakeUpsBefore;
  stop();
}

/** Runs scenario D in interleaved rounds and returns the printed table. */
export async function runLatency(rounds: number, busyMs: number, idleMs: number): Promise<string> {
  const consumers = [rivuletConsumer, pollingConsumer];
  const tallies = new Map<Consumer, Tally>(
    consumers.map((c) => [c, { latencies: [], puts: 0, idleTimers: 0, idleWakeUps: 0 }]),
  );
  for (let r = 0; r < rounds; r += 1) {
    for (let k = 0; k < consumers.length; k += 1) {
      const consumer = consumers[(k + r) % consumers.length] as Consumer;
      await round(consumer, tallies.get(consumer) as Tally, busyMs, idleMs);
    }
  }
  const rows = consumers.map((consumer) => {
    const { latencies, puts, idleTimers, idleWakeUps } = tallies.get(consumer) as Tally;
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? Number.NaN;
    const idleSeconds = (rounds * idleMs) / 1000;
    return [
      consumer.name,
      String(puts),
      ((puts * 1000) / (rounds * busyMs)).toFixed(0),
      median(latencies).toFixed(4),
      p99.toFixed(3),
      (idleTimers / rounds).toFixed(1),
      (idleWakeUps / idleSeconds).toFixed(1),
    ];
  });
  const header = ["consumer", "events", "events/s", "median ms", "p99 ms", "idle timers/s", "idle wake-ups/s"];
  return formatTable(header, rows);
}
