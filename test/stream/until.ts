// Waits for a condition in the stream tests, one macrotask at a time, in Node and in Chromium alike: for what is
// delivered in macrotasks, e.g. MessagePort messages.

/** Waits until `condition()` holds, one macrotask at a time; fails after `rounds` macrotasks, naming it. */
export async function until(condition: () => boolean, rounds = 1000): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  throw new Error(`condition still false after ${rounds} macrotasks: ${condition.toString()}`);
}
