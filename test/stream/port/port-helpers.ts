// Test helper for the queue bridge: a real MessageChannel whose far side records what arrives.
import type { BridgeMessage } from "../../../stream/port/index.js";

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
