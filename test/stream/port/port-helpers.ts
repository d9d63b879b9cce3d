// Test helpers for the queue bridge: a real MessageChannel whose far side records what arrives, and a wait for
// message delivery, which happens in macrotasks.
import type { BridgeMessage } from "../../../stream/port/index.js";

/** Waits, one macrotask at a time, until `condition()` holds; fails after `rounds` macrotasks. */
export async function until(condition: () => boolean, rounds = 1000): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`condition still false after ${rounds} macrotasks: ${condition.toString()}`);
}

/** A MessageChannel whose `port2` records every message posted on `port1`; `close()` closes both ports. */
export function recordedChannel(): { port1: MessagePort; port2: MessagePort; seen: BridgeMessage[]; close(): void } {
  const { port1, port2 } = new MessageChannel();
  const seen: BridgeMessage[] = [];
  port2.onmessage = (event: MessageEvent<BridgeMessage>) => seen.push(event.data);
  return {
    port1,
    port2,
    seen,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}
