// Waits on a condition the load run can observe (a count, a broker's report), polled, with a hang guard that names
// what never became true.

/** Pause between two checks of a condition. */
const pollIntervalMs = 20;

/**
 * Resolves once `condition()` (sync or async) is true; rejects after `timeoutMs` with an error naming `what`.
 *
 * @example
 * await waitUntil(() => tally.unique >= 500, "the consumer received 500 samples", 30_000);
 */
export async function waitUntil(condition, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) {
      throw new Error(
        `nats-load: still not true after ${timeoutMs} ms: ${what}; the machine may be overloaded, try fewer --pages or a lower --rate`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
  }
}
